package vn.tdc.knowledge.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class ModelFailureTest {

    @Test
    void should_treat_mapped_and_transport_exceptions_as_model_failures() {
        assertThat(ModelFailure.isModelFailure(new TimeoutException(new HttpTimeoutException("request timed out")))).isTrue();
        assertThat(ModelFailure.isModelFailure(new InternalServerException("500"))).isTrue();
        assertThat(ModelFailure.isModelFailure(new RuntimeException(new ConnectException()))).isTrue();
    }

    @Test
    void should_not_hide_programming_errors() {
        assertThat(ModelFailure.isModelFailure(new NullPointerException("bug"))).isFalse();
        assertThat(ModelFailure.isModelFailure(new IllegalStateException(new IllegalArgumentException("bug")))).isFalse();
    }
}
