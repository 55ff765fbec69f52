-- Documents uploaded by editors (page /quan-tri/van-ban or POST /api/admin/documents). The plans shipped in
-- content/documents are read-only seeds and are not stored here.
--
-- The original file is kept once per content under portal.data.dir/documents/<file_sha256> (two rows may share one
-- file; it is deleted with the last row that names it). `content` is the cleaned text in the content-file format of
-- content/documents/_FORMAT.md (front matter + body, as ContentFileWriter writes it): the portal indexes it at
-- startup with the same parser as the seeds, without reading PDF or DOCX files again.
--
-- Field lengths follow UploadMetadata (200 characters, the title 1000) and DocumentSlug (ids of at most 100).
-- `kind` is the DocumentKind code, `file_type` the DocumentType recognised from the file's bytes.
CREATE TABLE legal_document (
    id          VARCHAR(100)  NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    number      VARCHAR(200)  NOT NULL DEFAULT '',
    issuer      VARCHAR(200)  NOT NULL,
    place       VARCHAR(200)  NOT NULL DEFAULT '',
    region      VARCHAR(200)  NOT NULL DEFAULT '',
    issued      VARCHAR(200)  NOT NULL DEFAULT '',
    signer      VARCHAR(200)  NOT NULL DEFAULT '',
    signed_for  VARCHAR(200)  NOT NULL DEFAULT '',
    title       VARCHAR(1000) NOT NULL,
    content     LONGTEXT      NOT NULL,
    file_name   VARCHAR(255)  NOT NULL DEFAULT '',
    file_type   VARCHAR(16)   NOT NULL,
    file_size   BIGINT        NOT NULL,
    file_sha256 CHAR(64)      NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by  VARCHAR(64)   NOT NULL,
    updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_legal_document_file (file_sha256),
    CONSTRAINT ck_legal_document_kind CHECK (kind IN ('CHI_THI', 'KE_HOACH', 'QUYET_DINH', 'CONG_VAN')),
    CONSTRAINT ck_legal_document_file_type CHECK (file_type IN ('PDF', 'DOCX', 'TEXT', 'MARKDOWN')),
    CONSTRAINT ck_legal_document_file_size CHECK (file_size > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
