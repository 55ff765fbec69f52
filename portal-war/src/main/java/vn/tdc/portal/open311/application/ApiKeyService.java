package vn.tdc.portal.open311.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.open311.domain.ApiKey;
import vn.tdc.portal.open311.domain.ApiKeyRepository;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Open311 API keys, issued and revoked by an administrator. A key is 32 bytes from a cryptographic random generator
 * written in base64url (43 characters); only its SHA-256 is stored, so the key is shown once when it is issued and
 * cannot be recovered afterwards — a lost key is revoked and a new one issued.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    static final int KEY_BYTES = 32;
    static final int LABEL_MAX = 200;
    private static final int KEY_MAX_LENGTH = 100;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiKeyRepository keys;

    public IssuedApiKey issue(String label, String admin) {
        String text = label == null ? "" : label.strip();
        String problem = text.isEmpty() ? "open311.keys.label_required"
                : text.length() > LABEL_MAX ? "open311.keys.label_too_long"
                : CONTROL.matcher(text).find() ? "open311.keys.label_invalid" : null;
        if (problem != null) {
            throw ProblemException.invalid("api.error.validation_failed",
                    List.of(FieldProblem.of("label", problem, LABEL_MAX)));
        }
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        String plaintext = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(hash(plaintext), text, admin, Instant.now());
        keys.add(key);
        return new IssuedApiKey(key.id(), key.label(), key.createdBy(), key.createdAt(), plaintext);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKeyView> list() {
        return keys.all().stream().map(ApiKeyView::of).toList();
    }

    /** Withdraws a key at once: the next request with it is refused. */
    public ApiKeyView revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "open311.keys.not_found", String.valueOf(id)));
        key.revoke(Instant.now());
        return ApiKeyView.of(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isValid(String key) {
        return findActive(key).isPresent();
    }

    /** The key's record when it was issued here and is not revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiKeyView> findActive(String key) {
        if (key == null || key.isBlank() || key.length() > KEY_MAX_LENGTH) {
            return Optional.empty();
        }
        return keys.findByHash(hash(key.strip())).filter(ApiKey::active).map(ApiKeyView::of);
    }

    /** Lower-case hex SHA-256 of the key's UTF-8 bytes, as stored in {@code open311_api_key.key_hash}. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
