package vn.tdc.portal.platform.ratelimit;

import vn.tdc.portal.platform.problem.ProblemKind;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.assistant.api.ChatResource;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.report.api.ReportResource;
import vn.tdc.portal.report.application.SubmissionRateLimit;
import vn.tdc.portal.report.application.TrackingLookupRateLimit;
import vn.tdc.portal.search.api.SearchResource;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitFilterTest {

    /** Allowances by type, each recording the clients it counted and refusing once told to. */
    private final Map<Class<? extends ClientLimit>, Recording> recorded = new HashMap<>();
    private final RateLimitFilter filter = new RateLimitFilter() {
        @Override
        ClientLimit limit(Class<? extends ClientLimit> type) {
            return recorded.computeIfAbsent(type, t -> new Recording());
        }
    };

    @RateLimited(RateLimits.class)
    static class Limited {
        public void inherited() {
        }

        @RateLimited({SubmissionRateLimit.class, TrackingLookupRateLimit.class})
        public void both() {
        }
    }

    @Test
    void should_count_the_client_against_each_allowance_the_method_names() throws Exception {
        filter.check(Limited.class.getMethod("both"), Limited.class, "203.0.113.7");

        assertThat(recorded.get(SubmissionRateLimit.class).clients).containsExactly("203.0.113.7");
        assertThat(recorded.get(TrackingLookupRateLimit.class).clients).containsExactly("203.0.113.7");
        assertThat(recorded).doesNotContainKey(RateLimits.class);
    }

    @Test
    void should_take_the_allowance_of_the_class_when_the_method_names_none() throws Exception {
        filter.check(Limited.class.getMethod("inherited"), Limited.class, "203.0.113.8");

        assertThat(recorded.get(RateLimits.class).clients).containsExactly("203.0.113.8");
    }

    @Test
    void should_refuse_with_the_allowances_429_and_count_no_further() throws Exception {
        Recording submissions = new Recording();
        submissions.refuse = true;
        recorded.put(SubmissionRateLimit.class, submissions);

        assertThatThrownBy(() -> filter.check(Limited.class.getMethod("both"), Limited.class, "203.0.113.9"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED));
        assertThat(recorded).doesNotContainKey(TrackingLookupRateLimit.class);
    }

    @Test
    void should_limit_the_assistant_and_search_by_the_common_allowance() {
        assertThat(allowances(ChatResource.class, "ask"))
                .containsExactly(RateLimits.class);
        assertThat(allowances(SearchResource.class, "search")).containsExactly(RateLimits.class);
    }

    @Test
    void should_limit_filing_and_adding_to_reports_by_submissions_and_using_a_code_by_lookups() {
        Map<String, List<Class<? extends ClientLimit>>> byMethod = new HashMap<>();
        for (Method method : ReportResource.class.getDeclaredMethods()) {
            boolean endpoint = Arrays.stream(method.getAnnotations())
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
            if (endpoint) {
                byMethod.computeIfAbsent(method.getName(), n -> new ArrayList<>()).addAll(allowances(method));
            }
        }

        assertThat(byMethod.get("submit")).containsExactly(SubmissionRateLimit.class);
        assertThat(byMethod.get("submitWithPhotos")).containsExactly(SubmissionRateLimit.class);
        assertThat(byMethod.get("addInformation")).containsExactly(SubmissionRateLimit.class);
        assertThat(byMethod.get("addInformationWithPhotos")).containsExactly(SubmissionRateLimit.class);
        assertThat(byMethod.get("track")).containsExactly(TrackingLookupRateLimit.class);
        assertThat(byMethod.get("feedback")).containsExactly(TrackingLookupRateLimit.class);
        assertThat(byMethod.get("kinds")).isEmpty();
        assertThat(byMethod.get("statistics")).isEmpty();
    }

    private static List<Class<? extends ClientLimit>> allowances(Class<?> resource, String name) {
        return Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .flatMap(m -> allowances(m).stream()).toList();
    }

    private static List<Class<? extends ClientLimit>> allowances(Method method) {
        RateLimited declared = method.getAnnotation(RateLimited.class);
        return declared == null ? List.of() : List.of(declared.value());
    }

    private static final class Recording implements ClientLimit {
        private final List<String> clients = new ArrayList<>();
        private boolean refuse;

        @Override
        public void check(String client) {
            if (refuse) {
                throw ProblemException.text(ProblemKind.RATE_LIMITED, "quá nhiều", java.util.List.of());
            }
            clients.add(client);
        }
    }
}
