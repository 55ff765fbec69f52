package vn.tdc.knowledge.assistant.llm;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.memory.ChatMemoryAccess;

/**
 * The LangChain4j AI service: system prompt, retrieval augmentation and per-conversation memory are
 * configured by {@link LlmChatEngine}. {@link ChatMemoryAccess} lets the engine read earlier questions and
 * evict conversations.
 */
interface GroundedAssistant extends ChatMemoryAccess {

    /**
     * @param conversationId the memory of the conversation
     * @param question       the resident's message (the passages are added by the retrieval augmentor)
     * @param parameters     carries {@link RetrievalQuery#PARAMETER}
     * @return the reply and, as {@link Result#sources()}, the passages in the order they were numbered
     */
    Result<String> answer(@MemoryId String conversationId, @UserMessage String question, InvocationParameters parameters);
}
