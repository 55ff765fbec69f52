package vn.tdc.portal.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The ward a page's assistant answers for: parameter, then address prefix (also when forwarded), then the default. */
class AssistantWardTest {

    private static final UnitView DONG_CUU = ward(101, "xa-dong-cuu", "xã Đông Cứu");
    private static final UnitView DUC_PHO = ward(301, "phuong-duc-pho", "phường Đức Phổ");
    private static final UnitView THANH_DONG = ward(202, "phuong-thanh-dong", "phường Thành Đông");
    private static final UnitView BAC_NINH = new UnitView(10, "bac-ninh", "bac-ninh", "tỉnh Bắc Ninh", UnitLevel.TINH, "tinh", 1L,
            "/bac-ninh/", "", "", "", "", null, null, null, "", true);

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "phuong-duc-pho, /portal/hoi-dap, -, phuong-duc-pho",
            "-, /portal/phuong-thanh-dong/hoi-dap, -, phuong-thanh-dong",
            "-, /portal/hoi-dap.xhtml, /portal/phuong-duc-pho/hoi-dap, phuong-duc-pho",
            "phuong-khong-co, /portal/hoi-dap, -, xa-dong-cuu",
            "bac-ninh, /portal/bac-ninh/hoi-dap, -, xa-dong-cuu",
            "-, /portal/, -, xa-dong-cuu",
            "-, /portal, -, xa-dong-cuu",
    })
    void should_find_the_pages_ward(String parameter, String uri, String forwardedFrom, String expected) {
        // given
        AssistantWard ward = assistantWard(parameter, uri, forwardedFrom);

        // when
        String slug = ward.getSlug();

        // then
        assertThat(slug).isEqualTo(expected);
    }

    @Test
    void should_ask_example_questions_about_the_ward() {
        // when
        var examples = assistantWard("phuong-thanh-dong", "/portal/hoi-dap", null).getExamples();

        // then
        assertThat(examples).hasSize(3);
        assertThat(examples.get(0)).startsWith("Phường Thành Đông ");
        assertThat(examples.get(1)).startsWith("Ở đây ");
        assertThat(examples.get(2)).contains("phường Thành Đông");
    }

    private static AssistantWard assistantWard(String parameter, String uri, String forwardedFrom) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getContextPath", "/portal");
        answers.put("getRequestURI", uri);
        answers.put("getParameter", parameter);
        answers.put("getAttribute", forwardedFrom);
        AssistantWard ward = new AssistantWard();
        ward.request = (HttpServletRequest) Proxy.newProxyInstance(AssistantWardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> answers.get(method.getName()));
        ward.units = new UnitDirectory() {
            private final Map<String, UnitView> bySlug = Map.of("xa-dong-cuu", DONG_CUU, "phuong-duc-pho", DUC_PHO,
                    "phuong-thanh-dong", THANH_DONG, "bac-ninh", BAC_NINH);

            @Override
            public Optional<UnitView> bySlug(String slug) {
                return Optional.ofNullable(bySlug.get(slug));
            }

            @Override
            public UnitView defaultWard() {
                return DONG_CUU;
            }
        };
        return ward;
    }

    private static UnitView ward(long id, String slug, String name) {
        return new UnitView(id, slug, slug, name, UnitLevel.XA, "xa", 10L, "/" + slug + "/", "", "", "", "", null, null, null,
                "", true);
    }
}
