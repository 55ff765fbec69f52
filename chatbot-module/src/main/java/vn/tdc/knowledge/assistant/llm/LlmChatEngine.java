package vn.tdc.knowledge.assistant.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.knowledge.assistant.llm.CitationMarkers.CitedAnswer;
import vn.tdc.knowledge.search.application.PassageIndex;
import vn.tdc.knowledge.search.infrastructure.DocumentIndexContentRetriever;

/**
 * Answers with a language model, grounded in the passages of the index and guarded by the offline pipeline.
 *
 * <p>Order of decisions for a message:
 * <ol>
 *   <li>the offline {@link AssistantService} answers first. Its answer is returned as it is, without
 *       asking the model, whenever it is not grounded: prompt injections, greetings, places or names the
 *       documents do not know, questions outside the documents. The model is only asked about messages
 *       for which the offline pipeline found passages that answer them; this keeps every offline guard
 *       in force and costs no model call for what the documents cannot answer;</li>
 *   <li>the model gets the Vietnamese rules of {@link GroundingPrompt} as system message, the
 *       conversation's earlier messages (a window of {@link Limits#messagesPerConversation()} messages
 *       per conversation; the conversations together take at most {@link Limits#conversationBytes()}, idle ones
 *       are forgotten after 30 minutes: {@link ConversationWindow}) and the message preceded
 *       by the numbered passages that {@link DocumentIndexContentRetriever} finds for the
 *       {@link RetrievalQuery} of the message (follow-ups completed as the offline pipeline does);</li>
 *   <li>the reply's markers {@code [n]} select the citations ({@link CitationMarkers}): only the passages
 *       the reply cites; a reply citing nothing, or saying that the documents do not cover the question,
 *       is not grounded;</li>
 *   <li>the report intent ({@link ChatAnswer#reportKind()}) and the conversation id are the offline
 *       answer's; a reported problem gets the same first line pointing to the report form;</li>
 *   <li>when the model fails (timeout, HTTP error, refused connection, empty reply) the offline answer is
 *       returned with mode {@link #FALLBACK_MODE}; the failure is logged as a warning.</li>
 * </ol>
 * Successful answers carry the provider as mode ({@code "openai"}, {@code "ollama"}). Thread-safe.
 */
public final class LlmChatEngine implements ChatEngine {

    /** Mode of an offline answer given because the model failed. */
    public static final String FALLBACK_MODE = "offline-fallback";

    private static final System.Logger LOG = System.getLogger(LlmChatEngine.class.getName());

    /**
     * Sizes of the engine.
     *
     * @param passages                passages retrieved and numbered for the model per message
     * @param messagesPerConversation chat memory window per conversation (system message, questions, replies)
     * @param conversationBytes       approximate bytes the remembered conversations' messages may take together;
     *                                less used conversations are forgotten first
     */
    public record Limits(int passages, int messagesPerConversation, long conversationBytes) {

        public Limits {
            if (passages <= 0 || messagesPerConversation <= 0 || conversationBytes <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        /** 6 passages, 10 messages (about four exchanges), 32 MB of conversations. */
        public static Limits defaults() {
            return new Limits(6, 10, ConversationWindow.DEFAULT_MAX_BYTES);
        }
    }

    private final AssistantService offline;
    private final String mode;
    private final GroundedAssistant assistant;
    private final RetrievalQuery retrievalQuery;
    private final ConversationWindow conversations;

    /** With {@link Limits#defaults()}. */
    public LlmChatEngine(AssistantService offline, PassageIndex index, ChatModel model, String mode) {
        this(offline, index, model, mode, Limits.defaults(), new InMemoryChatMemoryStore());
    }

    /**
     * @param offline the offline assistant over the same {@code index}
     * @param index   the passages the model may use
     * @param model   the chat model
     * @param mode    mode of the model's answers ("openai", "ollama")
     * @param store   where conversations' messages are kept (shared by the nodes of a cluster)
     */
    public LlmChatEngine(AssistantService offline, PassageIndex index, ChatModel model, String mode, Limits limits,
                         ChatMemoryStore store) {
        this.offline = Objects.requireNonNull(offline, "offline");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.retrievalQuery = new RetrievalQuery(index);
        this.assistant = AiServices.builder(GroundedAssistant.class)
                .chatModel(Objects.requireNonNull(model, "model"))
                .systemMessage(GroundingPrompt.SYSTEM_PROMPT)
                .chatMemoryProvider(id -> MessageWindowChatMemory.builder().id(id)
                        .maxMessages(limits.messagesPerConversation()).chatMemoryStore(store).build())
                .retrievalAugmentor(DefaultRetrievalAugmentor.builder()
                        .queryTransformer(RetrievalQuery.transformer())
                        .contentRetriever(new DocumentIndexContentRetriever(index, limits.passages()))
                        .contentInjector(new GroundingPrompt())
                        .build())
                .storeRetrievedContentInChatMemory(false)
                .build();
        this.conversations = new ConversationWindow(limits.conversationBytes(), ConversationWindow.DEFAULT_IDLE,
                Ticker.systemTicker(), assistant::evictChatMemory);
    }

    @Override
    public ChatAnswer answer(String question, String conversationId) {
        return answer(question, conversationId, WardContext.NONE);
    }

    /**
     * The offline answer on the ward decides what is retrieved for the model: its cited places lead the retrieval
     * query, so a question asked on a ward's pages is answered from the same (nearest) plan.
     */
    @Override
    public ChatAnswer answer(String question, String conversationId, WardContext ward) {
        ChatAnswer offlineAnswer = offline.answer(question, conversationId, ward);
        if (!offlineAnswer.grounded()) {
            return offlineAnswer;
        }
        String id = offlineAnswer.conversationId();
        String message = question.strip();
        String query = retrievalQuery.build(message, earlierQuestions(id), offlineAnswer);
        Result<String> result;
        try {
            result = assistant.answer(id, message, InvocationParameters.from(RetrievalQuery.PARAMETER, query));
        } catch (RuntimeException e) {
            if (!ModelFailure.isModelFailure(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, () -> "language model (" + mode + ") failed, answering offline: " + describe(e));
            LOG.log(Level.DEBUG, "language model failure", e);
            return fallback(offlineAnswer);
        } finally {
            ChatMemory memory = assistant.getChatMemory(id);
            conversations.record(id, memory == null ? 0 : ConversationWindow.bytesOf(memory.messages()));
        }
        if (result.content() == null || result.content().isBlank()) {
            LOG.log(Level.WARNING, () -> "language model (" + mode + ") gave an empty reply, answering offline");
            return fallback(offlineAnswer);
        }
        CitedAnswer cited = CitationMarkers.resolve(result.content(), result.sources() == null ? List.of() : result.sources());
        String text = offlineAnswer.reportKind().map(kind -> offline.reportGuidance(kind) + "\n" + cited.text()).orElse(cited.text());
        return new ChatAnswer(text, cited.grounded(), cited.citations(), id, mode, offlineAnswer.reportKind());
    }

    /** The conversation's earlier messages as the resident typed them, oldest first. */
    private List<String> earlierQuestions(String id) {
        ChatMemory memory = assistant.getChatMemory(id);
        if (memory == null) {
            return List.of();
        }
        return memory.messages().stream()
                .filter(UserMessage.class::isInstance)
                .map(m -> ((UserMessage) m).singleText())
                .toList();
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return e.getClass().getSimpleName() + (cause == e ? "" : " caused by " + cause.getClass().getSimpleName()) + ": " + e.getMessage();
    }

    private static ChatAnswer fallback(ChatAnswer offlineAnswer) {
        return new ChatAnswer(offlineAnswer.answer(), offlineAnswer.grounded(), offlineAnswer.citations(),
                offlineAnswer.conversationId(), FALLBACK_MODE, offlineAnswer.reportKind());
    }
}
