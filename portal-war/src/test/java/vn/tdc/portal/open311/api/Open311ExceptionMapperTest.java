package vn.tdc.portal.open311.api;

import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.open311.application.Open311Queries;
import vn.tdc.portal.platform.problem.ProblemException;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class Open311ExceptionMapperTest {

    @Test
    void should_answer_a_failure_with_the_specifications_error_list_in_the_format_of_the_path() {
        Response xml = mapper("GET", "services/o-ga.xml").toResponse(ProblemException.text(ProblemKind.INVALID, "Dữ liệu chưa hợp lệ", List.of(FieldProblem.text("lat", "Tọa độ phải là số"))));

        assertThat(xml.getStatus()).isEqualTo(400);
        assertThat(xml.getMediaType().toString()).startsWith("text/xml");
        assertThat(body(xml)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>400</code>"
                + "<description>lat: Tọa độ phải là số</description></error></errors>");
    }

    @Test
    void should_answer_an_unknown_path_with_404_in_json_when_its_format_is_unknown() {
        Response unknown = mapper("GET", "services.yaml").toResponse(new NotFoundException());

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getMediaType().toString()).startsWith("application/json");
        assertThat(body(unknown)).startsWith("[{\"code\":404,\"description\":\"Không có tài nguyên này.")
                .doesNotContain("\"error\"");
    }

    @Test
    void should_explain_why_updates_cannot_be_posted_and_name_the_methods_allowed() {
        Response refused = mapper("POST", "servicerequestupdates.json")
                .toResponse(new NotAllowedException(Response.status(405).allow("GET", "HEAD", "OPTIONS").build()));

        assertThat(refused.getStatus()).isEqualTo(405);
        assertThat(refused.getHeaderString("Allow")).contains("GET", "HEAD", "OPTIONS");
        assertThat(body(refused)).contains("servicerequestupdates chỉ để đọc", "http://localhost:8080/tra-cuu");
        assertThat(body(mapper("DELETE", "services.json").toResponse(new NotAllowedException("GET"))))
                .contains("Phương thức HTTP này không được hỗ trợ").doesNotContain("chỉ để đọc");
    }

    @Test
    void should_answer_an_unexpected_failure_with_500_and_a_reference_but_no_stack_trace() {
        Response failed = mapper("GET", "requests.json").toResponse(new IllegalStateException("hỏng ở vn.tdc.x"));

        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(body(failed)).matches("\\[\\{\"code\":500,\"description\":\".*[A-Z0-9]{8}.*\"}]")
                .doesNotContain("IllegalStateException", "vn.tdc.x");
    }

    private static String body(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }

    /** The mapper answering a request of {@code method} to {@code path} below {@code /open311/v2/}, without a body. */
    private static Open311ExceptionMapper mapper(String method, String path) {
        Open311ExceptionMapper mapper = new Open311ExceptionMapper();
        mapper.uri = fake(UriInfo.class, Map.of("getPath", path));
        mapper.http = fake(HttpServletRequest.class, Map.of("getMethod", method, "getContentLengthLong", -1L,
                "getProtocol", "HTTP/1.1"));
        mapper.queries = new Open311Queries() {
            @Override
            public String publicUrl() {
                return "http://localhost:8080";
            }
        };
        return mapper;
    }

    /** An interface answering the named methods with the given values and anything else with null. */
    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> answers.get(method.getName())));
    }
}
