-- Awareness news written by ward culture centres (issue "Tin tức").
--
-- An article moves draft → review → published → archived (see Article). `scheduled_at` set on an article in
-- review means "publish at that time": the portal's scheduler publishes it then, also after a restart, because
-- the schedule is only here. `slug` is derived from the title, unique, and frozen once the article has been
-- published (`first_published_at`). `body_html` has passed the allow-list sanitizer before it is stored.
-- Every save is kept in article_revision and can be viewed and restored. Seed articles from content/articles
-- carry their file's slug in `seed_key` and are loaded once.

CREATE TABLE article_category (
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    slug                VARCHAR(120)  NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    summary             VARCHAR(1000) NOT NULL,
    body_html           MEDIUMTEXT    NOT NULL,
    category_code       VARCHAR(40)   NOT NULL,
    tags                VARCHAR(500)  NOT NULL DEFAULT '',
    cover_sha256        CHAR(64)      NULL,
    cover_format        VARCHAR(8)    NULL,
    cover_alt           VARCHAR(300)  NOT NULL DEFAULT '',
    author              VARCHAR(200)  NOT NULL,
    featured            BOOLEAN       NOT NULL DEFAULT FALSE,
    status              VARCHAR(12)   NOT NULL,
    scheduled_at        TIMESTAMP(3)  NULL,
    published_at        TIMESTAMP(3)  NULL,
    first_published_at  TIMESTAMP(3)  NULL,
    submitted_by        VARCHAR(64)   NULL,
    published_by        VARCHAR(64)   NULL,
    seed_key            VARCHAR(120)  NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP(3)  NOT NULL,
    revision_count      INT           NOT NULL DEFAULT 0,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_article_slug (slug),
    UNIQUE KEY uq_article_seed (seed_key),
    KEY ix_article_public (status, published_at),
    KEY ix_article_category (category_code, status, published_at),
    KEY ix_article_scheduled (status, scheduled_at),
    CONSTRAINT fk_article_category FOREIGN KEY (category_code) REFERENCES article_category (code),
    CONSTRAINT ck_article_status CHECK (status IN ('draft', 'review', 'published', 'archived')),
    CONSTRAINT ck_article_cover CHECK (cover_format IS NULL OR cover_format IN ('JPEG', 'PNG', 'WEBP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_revision (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    article_id     BIGINT        NOT NULL,
    number         INT           NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    summary        VARCHAR(1000) NOT NULL,
    body_html      MEDIUMTEXT    NOT NULL,
    category_code  VARCHAR(40)   NOT NULL,
    tags           VARCHAR(500)  NOT NULL,
    cover_sha256   CHAR(64)      NULL,
    cover_format   VARCHAR(8)    NULL,
    cover_alt      VARCHAR(300)  NOT NULL,
    author         VARCHAR(200)  NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    saved_by       VARCHAR(64)   NOT NULL,
    saved_at       TIMESTAMP(3)  NOT NULL,
    note           VARCHAR(300)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE KEY uq_article_revision (article_id, number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO article_category (code, name, sort_order) VALUES
    ('tieu-chuan', 'Tiêu chuẩn', 1),
    ('do-luong', 'Đo lường', 2),
    ('chat-luong', 'Chất lượng', 3),
    ('truy-xuat-nguon-goc', 'Truy xuất nguồn gốc', 4),
    ('canh-bao-vi-pham', 'Cảnh báo vi phạm', 5),
    ('hoat-dong-cua-phuong', 'Hoạt động của phường', 6);
