package vn.tdc.portal.open311.application;

import vn.tdc.portal.platform.problem.ProblemKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyServiceTest {

    private final InMemoryApiKeys repository = new InMemoryApiKeys();
    private final ApiKeyService service = new ApiKeyService();

    @BeforeEach
    void wire() {
        service.keys = repository;
    }

    @Test
    void should_issue_32_random_bytes_in_base64url_and_store_only_their_sha256() throws Exception {
        // when
        IssuedApiKey issued = service.issue("Ứng dụng Đoàn thanh niên", "admin");

        // then
        assertThat(issued.key()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(issued.key())).hasSize(32);
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.key().getBytes(StandardCharsets.UTF_8)));
        assertThat(repository.stored).singleElement().satisfies(key -> {
            assertThat(key.keyHash()).isEqualTo(expectedHash);
            assertThat(key.label()).isEqualTo("Ứng dụng Đoàn thanh niên");
            assertThat(key.createdBy()).isEqualTo("admin");
        });
        assertThat(service.list()).singleElement().satisfies(view -> assertThat(view.toString())
                .doesNotContain(issued.key()).doesNotContain(expectedHash));
    }

    @Test
    void should_issue_a_different_key_each_time() {
        assertThat(service.issue("a", "admin").key()).isNotEqualTo(service.issue("b", "admin").key());
    }

    @Test
    void should_accept_an_issued_key_until_it_is_revoked() {
        // given
        IssuedApiKey issued = service.issue("Ứng dụng", "admin");
        assertThat(service.isValid(issued.key())).isTrue();

        // when
        ApiKeyView revoked = service.revoke(issued.id());

        // then
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(service.isValid(issued.key())).isFalse();
        assertThat(service.list()).singleElement().satisfies(view -> assertThat(view.active()).isFalse());
    }

    @Test
    void should_refuse_unknown_empty_and_oversized_keys() {
        service.issue("Ứng dụng", "admin");

        assertThat(service.isValid("khong-phai-khoa")).isFalse();
        assertThat(service.isValid("")).isFalse();
        assertThat(service.isValid(null)).isFalse();
        assertThat(service.isValid("x".repeat(10_000))).isFalse();
    }

    @Test
    void should_require_a_label() {
        assertThatThrownBy(() -> service.issue("  ", "admin"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(e.fields()).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("label"));
                });
        assertThat(repository.stored).isEmpty();
    }

    @Test
    void should_answer_404_when_revoking_an_unknown_key() {
        assertThatThrownBy(() -> service.revoke(99))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
    }
}
