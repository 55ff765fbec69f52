package vn.tdc.portal.open311.application;

import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.report.application.KindAttribute;
import vn.tdc.portal.report.application.NewReport;
import vn.tdc.portal.report.application.ReportKindView;
import vn.tdc.portal.report.application.ReportSubmissionService;
import vn.tdc.portal.report.application.SubmissionRateLimit;
import vn.tdc.portal.report.application.SubmittedReport;
import vn.tdc.portal.report.domain.ReportChannel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** POST requests, up to the shared submission service (replaced here by a recorder). */
class Open311SubmissionsTest {

    private final Open311Submissions submissions = new Open311Submissions();
    private final ApiKeyService keys = new ApiKeyService();
    private final RecordingSubmissions shared = new RecordingSubmissions();
    private final RecordingRateLimit rateLimit = new RecordingRateLimit();
    private String key;

    @BeforeEach
    void wire() {
        keys.keys = new InMemoryApiKeys();
        submissions.apiKeys = keys;
        submissions.rateLimit = rateLimit;
        submissions.services = new OneService();
        submissions.submissions = shared;
        key = keys.issue("Ứng dụng thử", "admin").key();
    }

    @Test
    void should_submit_through_the_shared_service_on_the_open311_channel_and_answer_id_and_tracking_code() {
        // given
        Map<String, List<String>> form = form("api_key", key, "service_code", "can-thieu", "lat", "21.0285",
                "long", "105.8542", "place_name", "Chợ Đông Cứu", "address_string", "Thôn Đông Cứu",
                "description", "Cân thiếu 2 lạng", "attribute[khoi-luong-ghi]", "2", "first_name", "An",
                "last_name", "Nguyễn", "phone", "0912345678", "email", "an@example.vn");

        // when
        PostedRequest posted = submissions.submit(ServiceRequestForm.of(form));

        // then
        assertThat(posted.serviceRequestId()).isEqualTo("1");
        assertThat(posted.trackingCode()).isEqualTo("PA-2026-7KQ3XZ4M");
        assertThat(posted.serviceNotice()).contains("04/12/2026");
        NewReport report = shared.received.get(0);
        assertThat(report.channel()).isEqualTo(ReportChannel.OPEN311);
        assertThat(report.photos()).isEmpty();
        assertThat(report.kindCode()).isEqualTo("can-thieu");
        assertThat(report.place().name()).isEqualTo("Chợ Đông Cứu");
        assertThat(report.place().address()).isEqualTo("Thôn Đông Cứu");
        assertThat(report.place().latitude()).isEqualByComparingTo(new BigDecimal("21.0285"));
        assertThat(report.attributes()).containsEntry("khoi-luong-ghi", "2");
        assertThat(report.contact().anonymous()).isFalse();
        assertThat(report.contact().name()).isEqualTo("Nguyễn An");
        assertThat(report.contact().phone()).isEqualTo("0912345678");
        assertThat(report.contact().email()).isEqualTo("an@example.vn");
    }

    @Test
    void should_name_the_place_after_the_address_when_no_place_name_is_given() {
        // when
        submissions.submit(ServiceRequestForm.of(form("api_key", key, "service_code", "can-thieu",
                "address_string", "Chợ Đông Cứu, thôn Đông Cứu", "description", "Cân thiếu")));

        // then
        NewReport report = shared.received.get(0);
        assertThat(report.place().name()).isEqualTo("Chợ Đông Cứu, thôn Đông Cứu");
        assertThat(report.place().address()).isEmpty();
        assertThat(report.contact().anonymous()).isTrue();
    }

    @Test
    void should_name_the_place_after_the_point_when_a_client_sends_only_lat_and_long_as_fixmystreet_does() {
        // when FixMyStreet forwards a report: a point, no address, no place name
        submissions.submit(ServiceRequestForm.of(form("api_key", key, "jurisdiction_id", "dong-cuu",
                "service_code", "can-thieu", "lat", "21.0333", "long", "106.05",
                "description", "Cân thiếu\n\nhttps://fms.example/report/12", "first_name", "Lan",
                "last_name", "Trần", "email", "lan@example.vn")));

        // then the report is filed with a readable place made from the point
        NewReport report = shared.received.get(0);
        assertThat(report.place().name()).isEqualTo("Vị trí 21.03330, 106.05000");
        assertThat(report.place().address()).isEmpty();
        assertThat(report.place().latitude()).isEqualByComparingTo("21.0333");
        assertThat(report.place().longitude()).isEqualByComparingTo("106.05");
        assertThat(report.description()).startsWith("Cân thiếu");
    }

    @Test
    void should_prefer_the_place_name_then_the_address_to_the_point() {
        submissions.submit(ServiceRequestForm.of(form("api_key", key, "service_code", "can-thieu",
                "lat", "21.0333", "long", "106.05", "address_string", "Chợ Đông Cứu")));

        assertThat(shared.received.get(0).place().name()).isEqualTo("Chợ Đông Cứu");
    }

    @Test
    void should_describe_a_request_sent_without_description_by_its_kind() {
        // when a client leaves out the description, which the specification makes optional
        submissions.submit(ServiceRequestForm.of(form("api_key", key, "service_code", "can-thieu",
                "address_string", "Chợ Đông Cứu", "email", "foo@bar.com")));
        submissions.submit(ServiceRequestForm.of(form("api_key", key, "service_code", "can-thieu",
                "address_string", "Chợ Đông Cứu", "description", "  ")));

        // then the report says what kind it is and that the client sent no description
        assertThat(shared.received).extracting(NewReport::description).containsOnly(
                "Cân thiếu (ứng dụng gửi qua Open311 không kèm mô tả)");
    }

    @Test
    void should_pass_the_first_media_url_on_as_a_link_for_officers() {
        // given FixMyStreet with several photos sends one media_url per photo
        Map<String, List<String>> form = form("api_key", key, "service_code", "can-thieu", "lat", "21.0333",
                "long", "106.05", "description", "Cân thiếu");
        form.put("media_url", List.of("https://fms.example/photo/12.0.full.jpeg",
                "https://fms.example/photo/12.1.full.jpeg"));

        // when
        submissions.submit(ServiceRequestForm.of(form));

        // then the first is kept (by the shared service, which checks it) and no photo is fetched
        NewReport report = shared.received.get(0);
        assertThat(report.mediaUrl()).isEqualTo("https://fms.example/photo/12.0.full.jpeg");
        assertThat(report.photos()).isEmpty();
    }

    @Test
    void should_say_that_address_id_is_not_supported_when_it_is_the_only_location() {
        assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", key,
                "service_code", "can-thieu", "address_id", "#NOTPINPOINTED#", "description", "Cân thiếu"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(ErrorCode.of(e.kind()).status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(FieldProblem::field).containsExactly("address_id");
                    assertThat(e.fields().get(0).message()).contains("không hỗ trợ address_id", "lat", "long",
                            "address_string");
                });
        assertThat(shared.received).isEmpty();

        // and next to a point it is simply not used
        submissions.submit(ServiceRequestForm.of(form("api_key", key, "service_code", "can-thieu",
                "address_id", "12345", "lat", "21.0333", "long", "106.05")));
        assertThat(shared.received).hasSize(1);
    }

    @Test
    void should_refuse_a_missing_unknown_or_revoked_key_with_403_before_anything_else() {
        // given
        long revoked = keys.list().get(0).id();
        String old = key;
        keys.revoke(revoked);

        // then
        for (String candidate : new String[]{null, "sai-khoa", old}) {
            assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", candidate))))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        }
        assertThat(rateLimit.clients).isEmpty();
        assertThat(shared.received).isEmpty();
    }

    @Test
    void should_count_submissions_per_key_and_stop_at_the_limit() {
        // given
        rateLimit.refuse = true;

        // then
        assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", key,
                "service_code", "can-thieu", "address_string", "Chợ", "description", "Cân thiếu"))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED));
        assertThat(rateLimit.clients).containsExactly("open311-key:" + keys.list().get(0).id());
        assertThat(shared.received).isEmpty();
    }

    @Test
    void should_report_an_unknown_service_code_and_a_missing_location_together() {
        assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", key,
                "service_code", "o-ga", "description", "Cân thiếu"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(ErrorCode.of(e.kind()).status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(FieldProblem::field).containsExactly("service_code", null);
                    assertThat(e.fields().get(1).message()).contains("address_string");
                });
        assertThat(shared.received).isEmpty();
    }

    @Test
    void should_refuse_coordinates_that_are_not_numbers_or_come_alone() {
        assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", key,
                "service_code", "can-thieu", "lat", "21,02", "long", "105.8"))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.fields()).extracting(FieldProblem::field).containsExactly("lat"));
        assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", key,
                "service_code", "can-thieu", "lat", "21.02"))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.fields()).extracting(FieldProblem::field).containsExactly("long"));
    }

    @Test
    void should_report_problems_of_the_shared_service_under_open311_names() {
        // given
        shared.failure = ProblemException.text(ProblemKind.INVALID, "Phản ánh chưa gửi được", List.of(
                FieldProblem.text("placeName", "Nội dung dài quá 200 ký tự."),
                FieldProblem.text("description", "Vui lòng nhập mục này."),
                FieldProblem.text("attributes.khoi-luong-ghi", "Vui lòng nhập một số không âm"),
                FieldProblem.text("contactEmail", "Địa chỉ email chưa đúng."),
                FieldProblem.text("latitude", "Vĩ độ phải nằm trong khoảng −90 đến 90."),
                FieldProblem.text("mediaUrl", "Liên kết ảnh phải là địa chỉ http:// hoặc https:// đầy đủ.")));

        // then
        assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", key,
                "service_code", "can-thieu", "address_string", "x".repeat(250)))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields())
                        .extracting(FieldProblem::field)
                        .containsExactly("address_string", "description", "attribute[khoi-luong-ghi]", "email", "lat",
                                "media_url"));
    }

    @Test
    void should_scope_the_idempotency_key_to_the_api_key() {
        // when
        submissions.submit(ServiceRequestForm.of(form("api_key", key, "service_code", "can-thieu",
                "address_string", "Chợ", "description", "Cân thiếu", "idempotency_key", "don-hang-0001")));

        // then
        assertThat(shared.received.get(0).idempotencyKey())
                .isEqualTo("o311-" + keys.list().get(0).id() + "-don-hang-0001");
    }

    @Test
    void should_refuse_a_malformed_idempotency_key() {
        assertThatThrownBy(() -> submissions.submit(ServiceRequestForm.of(form("api_key", key,
                "service_code", "can-thieu", "address_string", "Chợ", "idempotency_key", "ngắn"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields())
                        .extracting(FieldProblem::field).containsExactly("idempotency_key"));
    }

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                form.put(pairs[i], List.of(pairs[i + 1]));
            }
        }
        return form;
    }

    private static final class RecordingSubmissions extends ReportSubmissionService {
        final List<NewReport> received = new ArrayList<>();
        ProblemException failure;

        @Override
        public SubmittedReport submit(NewReport input) {
            if (failure != null) {
                throw failure;
            }
            received.add(input);
            return new SubmittedReport(1, "PA-2026-7KQ3XZ4M", input.kindCode(), Instant.now(),
                    LocalDate.of(2026, 12, 4), 0, input.contact().email() != null, false, 101);
        }
    }

    private static final class RecordingRateLimit extends SubmissionRateLimit {
        final List<String> clients = new ArrayList<>();
        boolean refuse;

        @Override
        public void check(String clientKey) {
            clients.add(clientKey);
            if (refuse) {
                throw ProblemException.text(ProblemKind.RATE_LIMITED, "Quá nhiều", List.of());
            }
        }
    }

    private static final class OneService extends Open311Queries {
        @Override
        public Optional<ReportKindView> service(String code) {
            return "can-thieu".equals(code) ? Optional.of(new ReportKindView("can-thieu", "Cân thiếu", "", "",
                    "phong-kinh-te", "Phòng Kinh tế", 10, true, 1,
                    List.of(new KindAttribute("khoi-luong-ghi", "Khối lượng", "number", false, "kg"))))
                    : Optional.empty();
        }
    }
}
