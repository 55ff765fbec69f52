-- Search index on several nodes (issue 11). Every node keeps its own Lucene index on local disk; the database says
-- what is indexed. Every transaction that changes what the public may search (an article published, edited while
-- published, unpublished, archived, published by the schedule, seeded; a document uploaded, replaced, deleted) also
-- writes one row here, so the change and its row commit together or not at all. Each node's SearchIndexFollower reads
-- the rows after the last one it applied (every portal.search.follow-millis), reads the article or document again and
-- puts it in or takes it out of its own index: the row only says what to look at again, never what the index should hold.
--
-- `kind` is 'article' (entity_id: article.id) or 'document' (entity_id: legal_document.id); `action` is what the change
-- did as the writer saw it ('upsert': searchable after it, 'delete': not), kept for reading the log. Rows older than a
-- day are deleted by the nodes (a node that starts rebuilds its index from the tables, not from this log).
CREATE TABLE search_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(16)  NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    action      VARCHAR(8)   NOT NULL,
    changed_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY ix_search_change_changed_at (changed_at),
    CONSTRAINT ck_search_change_kind CHECK (kind IN ('article', 'document')),
    CONSTRAINT ck_search_change_action CHECK (action IN ('upsert', 'delete'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
