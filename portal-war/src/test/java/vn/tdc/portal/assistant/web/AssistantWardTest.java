package vn.tdc.portal.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;
import vn.tdc.portal.unit.web.CurrentWard;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The ward a page's assistant answers for: the {@code ward} parameter, else the page's own ward. */
class AssistantWardTest {

    private static final UnitView DONG_CUU = ward(101, "xa-dong-cuu", "xã Đông Cứu");
    private static final UnitView DUC_PHO = ward(301, "phuong-duc-pho", "phường Đức Phổ");
    private static final UnitView THANH_DONG = ward(202, "phuong-thanh-dong", "phường Thành Đông");
    private static final UnitView BAC_NINH = new UnitView(10, "bac-ninh", "bac-ninh", "tỉnh Bắc Ninh", UnitLevel.TINH, "tinh", 1L,
            "/bac-ninh/", "", "", "", "", null, null, null, "", true);

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "phuong-duc-pho, xa-dong-cuu, phuong-duc-pho",
            "-, phuong-thanh-dong, phuong-thanh-dong",
            "' ', phuong-duc-pho, phuong-duc-pho",
            "phuong-khong-co, xa-dong-cuu, xa-dong-cuu",
            "bac-ninh, phuong-thanh-dong, phuong-thanh-dong",
    })
    void should_answer_for_the_ward_asked_for_or_else_the_pages_own(String parameter, String pageWard,
                                                                     String expected) {
        // given
        AssistantWard ward = assistantWard(parameter, pageWard);

        // when
        String slug = ward.getSlug();

        // then
        assertThat(slug).isEqualTo(expected);
    }

    @Test
    void should_ask_example_questions_about_the_ward() {
        // when
        var examples = assistantWard(null, "phuong-thanh-dong").getExamples();

        // then
        assertThat(examples).hasSize(3);
        assertThat(examples.get(0)).startsWith("Phường Thành Đông ");
        assertThat(examples.get(1)).startsWith("Ở đây ");
        assertThat(examples.get(2)).contains("phường Thành Đông");
    }

    private static AssistantWard assistantWard(String parameter, String pageWard) {
        Map<String, UnitView> bySlug = Map.of("xa-dong-cuu", DONG_CUU, "phuong-duc-pho", DUC_PHO,
                "phuong-thanh-dong", THANH_DONG, "bac-ninh", BAC_NINH);
        AssistantWard ward = new AssistantWard();
        ward.request = (HttpServletRequest) Proxy.newProxyInstance(AssistantWardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getParameter") ? parameter : null);
        ward.units = new UnitDirectory() {
            @Override
            public Optional<UnitView> bySlug(String slug) {
                return Optional.ofNullable(bySlug.get(slug));
            }
        };
        ward.currentWard = new CurrentWard() {
            @Override
            public UnitView getWard() {
                return bySlug.get(pageWard);
            }
        };
        return ward;
    }

    private static UnitView ward(long id, String slug, String name) {
        return new UnitView(id, slug, slug, name, UnitLevel.XA, "xa", 10L, "/" + slug + "/", "", "", "", "", null, null, null,
                "", true);
    }
}
