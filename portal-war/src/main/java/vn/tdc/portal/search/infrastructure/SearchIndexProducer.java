package vn.tdc.portal.search.infrastructure;

import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.tdc.knowledge.assistant.application.AnswerPolicy;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.portal.assistant.infrastructure.GridConversationMemory;
import vn.tdc.portal.platform.cluster.DataGrid;
import vn.tdc.portal.platform.config.PortalSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one Lucene index of the portal (under {@code portal.data.dir/index}) and the offline assistant over it,
 * each built once. The chatbot-module classes are final, so they are produced as {@link Singleton}s (no proxy).
 */
@ApplicationScoped
public class SearchIndexProducer {

    @Inject
    PortalSettings settings;

    @Produces
    @Singleton
    DocumentIndex documentIndex() {
        Path directory = settings.dataDirectory().resolve("index");
        try {
            Files.createDirectories(directory);
            return new DocumentIndex(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Không mở được chỉ mục tìm kiếm tại " + directory, e);
        }
    }

    void close(@Disposes DocumentIndex index) throws IOException {
        index.close();
    }

    /** Typed to its class only: the engine chosen by configuration is the one {@code ChatEngine}. */
    @Produces
    @Singleton
    @Typed(AssistantService.class)
    AssistantService offlineAssistant(DocumentIndex index, GridConversationMemory memory) {
        return new AssistantService(index, memory, AnswerPolicy.defaults());
    }

    /** The assistant's conversations, kept in the data grid (see {@link GridConversationMemory}). */
    @Produces
    @Singleton
    GridConversationMemory conversationMemory(DataGrid grid) {
        return new GridConversationMemory(grid);
    }
}
