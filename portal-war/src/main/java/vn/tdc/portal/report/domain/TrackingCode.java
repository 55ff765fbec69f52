package vn.tdc.portal.report.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a resident follows a report with, e.g. {@code PA-2026-7KQ3XZ4M}: the year of submission and eight
 * characters drawn by a cryptographic random generator from an alphabet without look-alikes (no 0/O, 1/I/L), so
 * about 40 bits that cannot be guessed or enumerated. Whoever holds the code can read the public history and add
 * information, so it is never derived from the database id.
 */
public record TrackingCode(String value) {

    /** The characters of the random part: no look-alikes (0/O, 1/I/L). */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int RANDOM_LENGTH = 8;
    private static final Pattern FORMAT = Pattern.compile("PA-\\d{4}-[" + ALPHABET + "]{" + RANDOM_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TrackingCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a tracking code: " + value);
        }
    }

    public static TrackingCode generate(int year) {
        StringBuilder code = new StringBuilder("PA-").append(year).append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /** Reads what a resident typed: spaces trimmed, lower case accepted. */
    public static Optional<TrackingCode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalised = input.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(normalised).matches() ? Optional.of(new TrackingCode(normalised)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
