-- Residents' reports (phản ánh) of short-weighing, fake or substandard goods and the officers' handling of them.
--
-- report_department and report_kind are data an ADMIN edits (page /quan-tri/phan-anh, API /api/admin/report-*):
-- the kinds are the Open311 service codes; `attributes` is a JSON array of extra questions asked for a kind
-- ([{"code","label","datatype":"string|number|text","required":bool,"unit"}]); `due_working_days` gives a new
-- report its due date; `department_code` is where a report of the kind is routed by default.
--
-- A report is never public until an officer publishes it (`published`); contact details are never public.
-- Every change is a row of report_event (the audit trail); rows with `public_text` form the history a resident
-- sees at /tra-cuu and the Open311 servicerequestupdates.

CREATE TABLE report_department (
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_kind (
    code              VARCHAR(40)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    description       VARCHAR(1000) NOT NULL DEFAULT '',
    keywords          VARCHAR(500)  NOT NULL DEFAULT '',
    attributes        TEXT          NOT NULL,
    department_code   VARCHAR(40)   NOT NULL,
    due_working_days  INT           NOT NULL DEFAULT 10,
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    sort_order        INT           NOT NULL DEFAULT 0,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    CONSTRAINT fk_report_kind_department FOREIGN KEY (department_code) REFERENCES report_department (code),
    CONSTRAINT ck_report_kind_due CHECK (due_working_days BETWEEN 1 AND 90)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    tracking_code     VARCHAR(20)   NOT NULL,
    idempotency_key   VARCHAR(80)   NULL,
    kind_code         VARCHAR(40)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    department_code   VARCHAR(40)   NOT NULL,
    channel           VARCHAR(10)   NOT NULL,
    place_name        VARCHAR(200)  NOT NULL,
    address           VARCHAR(300)  NOT NULL DEFAULT '',
    latitude          DECIMAL(9, 6) NULL,
    longitude         DECIMAL(9, 6) NULL,
    occurred_at       TIMESTAMP(3)  NULL,
    description       TEXT          NOT NULL,
    attribute_values  TEXT          NOT NULL,
    contact_name      VARCHAR(100)  NOT NULL DEFAULT '',
    contact_phone     VARCHAR(20)   NOT NULL DEFAULT '',
    contact_email     VARCHAR(254)  NOT NULL DEFAULT '',
    published         BOOLEAN       NOT NULL DEFAULT FALSE,
    published_at      TIMESTAMP(3)  NULL,
    duplicate_of      BIGINT        NULL,
    closing_reason    VARCHAR(2000) NOT NULL DEFAULT '',
    submitted_at      TIMESTAMP(3)  NOT NULL,
    due_date          DATE          NOT NULL,
    closed_at         TIMESTAMP(3)  NULL,
    satisfied         BOOLEAN       NULL,
    updated_at        TIMESTAMP(3)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_report_tracking_code (tracking_code),
    UNIQUE KEY uq_report_idempotency_key (idempotency_key),
    KEY ix_report_status (status, submitted_at),
    KEY ix_report_kind (kind_code, submitted_at),
    KEY ix_report_published (published, submitted_at),
    KEY ix_report_submitted (submitted_at),
    CONSTRAINT fk_report_kind FOREIGN KEY (kind_code) REFERENCES report_kind (code),
    CONSTRAINT fk_report_department FOREIGN KEY (department_code) REFERENCES report_department (code),
    CONSTRAINT fk_report_duplicate FOREIGN KEY (duplicate_of) REFERENCES report (id),
    CONSTRAINT ck_report_status CHECK (status IN ('moi', 'dang-xac-minh', 'da-chuyen', 'da-xu-ly', 'khong-du-can-cu')),
    CONSTRAINT ck_report_channel CHECK (channel IN ('WEB', 'API', 'OPEN311'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos are stored once per content under portal.data.dir/images (see ImageStore); the row ties them to a report.
CREATE TABLE report_photo (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    report_id     BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    format        VARCHAR(8)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    added_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_report_photo_report (report_id),
    KEY ix_report_photo_sha (sha256),
    CONSTRAINT fk_report_photo_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT ck_report_photo_format CHECK (format IN ('JPEG', 'PNG', 'WEBP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    report_id      BIGINT        NOT NULL,
    occurred_at    TIMESTAMP(3)  NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    type           VARCHAR(30)   NOT NULL,
    from_status    VARCHAR(20)   NULL,
    to_status      VARCHAR(20)   NULL,
    public_text    VARCHAR(4000) NOT NULL DEFAULT '',
    internal_text  VARCHAR(4000) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_report_event_report (report_id, occurred_at),
    CONSTRAINT fk_report_event_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Open311 API keys: only a SHA-256 of the key is kept; the key itself is shown once to the ADMIN who issues it.
CREATE TABLE open311_api_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    key_hash    CHAR(64)     NOT NULL,
    label       VARCHAR(200) NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    revoked_at  TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_open311_api_key_hash (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO report_department (code, name, sort_order) VALUES
    ('phong-kinh-te', 'Phòng Kinh tế', 1),
    ('phong-vh-xh', 'Phòng Văn hóa – Xã hội', 2),
    ('cong-an-phuong', 'Công an phường, xã', 3),
    ('quan-ly-thi-truong', 'Đội Quản lý thị trường', 4);

INSERT INTO report_kind (code, name, description, keywords, attributes, department_code, due_working_days, sort_order) VALUES
    ('can-thieu', 'Cân thiếu, gian lận đo lường',
     'Hàng cân không đủ khối lượng, cân bị chỉnh, đong đếm thiếu tại chợ, cửa hàng.',
     'cân thiếu, cân điêu, gian lận đo lường',
     '[{"code":"khoi-luong-ghi","label":"Khối lượng người bán báo (kg)","datatype":"number","required":false,"unit":"kg"},{"code":"khoi-luong-can-lai","label":"Khối lượng cân lại trên cân đối chứng (kg)","datatype":"number","required":false,"unit":"kg"}]',
     'phong-kinh-te', 10, 1),
    ('hang-gia', 'Hàng giả, hàng nhái',
     'Hàng hóa giả mạo nhãn hiệu, bao bì, tem; hàng nhái sản phẩm chính hãng.',
     'hàng giả, hàng nhái, giả nhãn hiệu',
     '[{"code":"san-pham","label":"Tên sản phẩm, nhãn hiệu","datatype":"string","required":false}]',
     'quan-ly-thi-truong', 10, 2),
    ('kem-chat-luong', 'Hàng kém chất lượng, quá hạn',
     'Hàng hóa không bảo đảm chất lượng, hết hạn sử dụng, hư hỏng, biến chất.',
     'kém chất lượng, quá hạn, hết hạn sử dụng',
     '[{"code":"san-pham","label":"Tên sản phẩm, nhãn hiệu","datatype":"string","required":false},{"code":"han-su-dung","label":"Hạn sử dụng ghi trên bao bì","datatype":"string","required":false}]',
     'quan-ly-thi-truong', 10, 3),
    ('nhan-sai', 'Ghi nhãn sai, không nhãn, không rõ nguồn gốc',
     'Hàng hóa không có nhãn, nhãn thiếu thông tin bắt buộc, ghi sai xuất xứ, không rõ nguồn gốc.',
     'nhãn hàng hóa, không nhãn, nguồn gốc, xuất xứ',
     '[{"code":"san-pham","label":"Tên sản phẩm","datatype":"string","required":false}]',
     'quan-ly-thi-truong', 10, 4),
    ('phuong-tien-do', 'Cân, thiết bị đo chưa kiểm định',
     'Cân, đồng hồ đo, thiết bị đo dùng trong mua bán không có tem kiểm định hoặc tem hết hạn.',
     'kiểm định, tem kiểm định, phương tiện đo',
     '[{"code":"loai-phuong-tien","label":"Loại cân, thiết bị đo","datatype":"string","required":false}]',
     'phong-kinh-te', 10, 5),
    ('xang-dau', 'Bơm xăng dầu thiếu',
     'Cột bơm xăng dầu bơm thiếu so với số hiển thị, niêm phong bị phá.',
     'xăng dầu, cột bơm, bơm thiếu',
     '[{"code":"so-lit-hien-thi","label":"Số lít hiển thị trên cột bơm","datatype":"number","required":false,"unit":"lít"},{"code":"so-lit-do-lai","label":"Số lít đo lại (nếu có)","datatype":"number","required":false,"unit":"lít"}]',
     'phong-kinh-te', 10, 6),
    ('khac', 'Vấn đề khác về tiêu chuẩn, đo lường, chất lượng',
     'Phản ánh khác liên quan đến tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa.',
     'khác',
     '[]',
     'phong-kinh-te', 10, 7);
