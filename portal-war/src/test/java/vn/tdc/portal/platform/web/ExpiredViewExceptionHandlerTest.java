package vn.tdc.portal.platform.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiredViewExceptionHandlerTest {

    @Test
    void should_recognise_an_expired_view_however_deeply_it_is_wrapped() {
        ViewExpiredException expired = new ViewExpiredException("/dang-nhap.xhtml");

        assertThat(ExpiredViewExceptionHandler.isExpiredView(expired)).isTrue();
        assertThat(ExpiredViewExceptionHandler.isExpiredView(new FacesException(new ELException(expired)))).isTrue();
    }

    @Test
    void should_leave_other_failures_to_the_default_handling() {
        assertThat(ExpiredViewExceptionHandler.isExpiredView(new FacesException(new IllegalStateException()))).isFalse();
    }
}
