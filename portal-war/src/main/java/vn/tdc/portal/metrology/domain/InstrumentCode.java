package vn.tdc.portal.metrology.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The public code of a measuring instrument, printed under its QR sticker and typed by residents whose phone cannot
 * scan: {@value #LENGTH} characters of an alphabet without look-alikes (no 0/O, 1/I/L, U/V), read without regard to
 * case, spaces or hyphens ({@code "k7m-2q9x"} is {@code K7M2Q9X}…). Random, so codes cannot be guessed in sequence.
 */
public record InstrumentCode(String value) {

    public static final int LENGTH = 8;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final RandomGenerator RANDOM = new SecureRandom();

    public InstrumentCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not an instrument code: " + value);
        }
    }

    /** A new random code. */
    public static InstrumentCode random() {
        return random(RANDOM);
    }

    static InstrumentCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new InstrumentCode(code.toString());
    }

    /** The code a resident typed or a scanner read, if it is one; empty for anything else. */
    public static Optional<InstrumentCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new InstrumentCode(compact));
    }

    /** As printed for people: two groups of four ({@code K7M2-Q9XA}). */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    @Override
    public String toString() {
        return value;
    }
}
