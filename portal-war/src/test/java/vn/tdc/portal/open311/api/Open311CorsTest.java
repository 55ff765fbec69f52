package vn.tdc.portal.open311.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

class Open311CorsTest {

    @Test
    void should_let_any_origin_read_every_answer_and_its_total_count() {
        Answer answer = new Answer(404, null);

        new Open311Cors().filter(request("GET"), answer.context());

        assertThat(answer.headers.getFirst("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.headers.getFirst("Access-Control-Expose-Headers")).isEqualTo("X-Total-Count");
        assertThat(answer.headers).doesNotContainKeys("Access-Control-Allow-Credentials", "Access-Control-Allow-Methods");
        assertThat(answer.status).isEqualTo(404);
    }

    @Test
    void should_turn_the_options_answer_of_a_resource_into_a_preflight_with_its_methods() {
        Answer answer = new Answer(200, "GET, HEAD, POST, OPTIONS");
        answer.headers.putSingle("Content-Type", "text/plain");
        answer.entity = "GET, HEAD, POST, OPTIONS";

        new Open311Cors().filter(request("OPTIONS"), answer.context());

        assertThat(answer.status).isEqualTo(204);
        assertThat(answer.entity).isNull();
        assertThat(answer.headers).doesNotContainKey("Content-Type");
        assertThat(answer.headers.getFirst("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, POST, OPTIONS");
        assertThat(answer.headers.getFirst("Access-Control-Allow-Headers")).isEqualTo("Accept, Content-Type, X-Requested-With");
        assertThat(answer.headers.getFirst("Access-Control-Max-Age")).isEqualTo("86400");
        assertThat(answer.headers.getFirst("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void should_leave_options_on_an_unknown_path_a_404() {
        Answer answer = new Answer(404, null);

        new Open311Cors().filter(request("OPTIONS"), answer.context());

        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.headers).doesNotContainKey("Access-Control-Allow-Methods");
    }

    private static ContainerRequestContext request(String method) {
        return (ContainerRequestContext) Proxy.newProxyInstance(Open311CorsTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, m, arguments) -> m.getName().equals("getMethod") ? method : null);
    }

    /** A response context over plain fields. */
    private static final class Answer {
        private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        private int status;
        private Object entity;

        Answer(int status, String allow) {
            this.status = status;
            if (allow != null) {
                headers.putSingle("Allow", allow);
            }
        }

        ContainerResponseContext context() {
            return (ContainerResponseContext) Proxy.newProxyInstance(Open311CorsTest.class.getClassLoader(),
                    new Class<?>[] {ContainerResponseContext.class}, (proxy, m, arguments) -> switch (m.getName()) {
                        case "getHeaders" -> headers;
                        case "getStatus" -> status;
                        case "getHeaderString" -> headers.containsKey((String) arguments[0])
                                ? String.valueOf(headers.getFirst((String) arguments[0])) : null;
                        case "setStatus" -> {
                            status = (int) arguments[0];
                            yield null;
                        }
                        case "setEntity" -> {
                            entity = arguments[0];
                            yield null;
                        }
                        default -> null;
                    });
        }
    }
}
