package vn.tdc.portal.user.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.Map;

/** PBKDF2-HMAC-SHA512 with 210 000 iterations and a 32-byte salt (OWASP 2023 guidance). */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        char[] random = new char[32];
        SecureRandom generator = new SecureRandom();
        for (int i = 0; i < random.length; i++) {
            random[i] = (char) ('!' + generator.nextInt(94));
        }
        dummyHash = hash(random);
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /**
     * Checks the password against the hash of a random password nobody knows, made once with the same parameters:
     * the work of {@link #matches} for a user name that has no account, so both take the same time. Always false.
     */
    public boolean matchesNothing(char[] password) {
        hash.verify(password, dummyHash);
        return false;
    }
}
