package vn.tdc.portal.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationWindowTest {

    @Test
    void should_forget_the_least_recently_used_conversation_beyond_the_limit() {
        // given
        ConversationWindow window = new ConversationWindow(2);
        window.touch("a");
        window.touch("b");
        window.touch("a");

        // when
        var forgotten = window.touch("c");

        // then
        assertThat(forgotten).containsExactly("b");
        assertThat(window.touch("a")).isEmpty();
        assertThat(window.touch("c")).isEmpty();
    }
}
