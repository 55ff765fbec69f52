-- Administrative units: one install serves a province's wards and communes (issue "Province platform").
--
-- Since the 2025 reform local government has two tiers: province (tỉnh / thành phố) → ward / commune (phường / xã /
-- đặc khu). admin_unit holds that tree under one root, the platform itself (level NEN_TANG, path '/'). `path` is the
-- chain of slugs from the root ('/bac-ninh/xa-dong-cuu/'): a staff account sees the rows of its unit and of the
-- units below it (path LIKE '<its path>%'), which is how a ward officer sees one ward, a province officer every ward of
-- the province and a platform ADMIN everything (vn.tdc.portal.unit.domain.UnitScope).
--
-- Every owned row (report, article, legal_document, app_user) gets unit_id. An install of the single-ward version
-- keeps all of its data: it is moved into the default ward, xã Đông Cứu (setting portal.ward.default), except the
-- ADMIN accounts, which become platform administrators.
--
-- Seeded: the five localities of the customer's plans and their provinces. `code` is the unit's code for programs
-- (Open311 jurisdiction_id); the seeded codes are the slugs until the official codes of the national list are
-- imported. Centre points are approximate (the unit's seat), used to infer a report's ward from its coordinates
-- within `radius_km`.

CREATE TABLE admin_unit (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(40)   NOT NULL,
    slug           VARCHAR(80)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    level          VARCHAR(10)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    parent_id      BIGINT        NULL,
    path           VARCHAR(400)  NOT NULL,
    name_folded    VARCHAR(200)  NOT NULL,
    address        VARCHAR(300)  NOT NULL DEFAULT '',
    hotline        VARCHAR(20)   NOT NULL DEFAULT '',
    email          VARCHAR(254)  NOT NULL DEFAULT '',
    working_hours  VARCHAR(200)  NOT NULL DEFAULT '',
    latitude       DECIMAL(9, 6) NULL,
    longitude      DECIMAL(9, 6) NULL,
    radius_km      DECIMAL(6, 2) NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    sort_order     INT           NOT NULL DEFAULT 0,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_admin_unit_code (code),
    UNIQUE KEY uq_admin_unit_slug (slug),
    UNIQUE KEY uq_admin_unit_path (path),
    KEY ix_admin_unit_parent (parent_id, sort_order),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_admin_unit_level CHECK (level IN ('NEN_TANG', 'TINH', 'XA')),
    CONSTRAINT ck_admin_unit_kind CHECK (kind IN ('nen-tang', 'tinh', 'thanh-pho', 'phuong', 'xa', 'dac-khu'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO admin_unit (id, code, slug, name, level, kind, parent_id, path, name_folded, sort_order) VALUES
    (1, 'vn', 'toan-quoc', 'Toàn quốc', 'NEN_TANG', 'nen-tang', NULL, '/', 'toan quoc', 0);

INSERT INTO admin_unit (id, code, slug, name, level, kind, parent_id, path, name_folded, latitude, longitude,
                        radius_km, address, sort_order) VALUES
    (10, 'bac-ninh', 'bac-ninh', 'tỉnh Bắc Ninh', 'TINH', 'tinh', 1, '/bac-ninh/', 'tinh bac ninh',
        21.186000, 106.076300, 60.00, 'Trung tâm hành chính tỉnh Bắc Ninh', 10),
    (20, 'hai-phong', 'hai-phong', 'thành phố Hải Phòng', 'TINH', 'thanh-pho', 1, '/hai-phong/',
        'thanh pho hai phong', 20.844900, 106.688100, 60.00, 'Trung tâm hành chính thành phố Hải Phòng', 20),
    (30, 'quang-ngai', 'quang-ngai', 'tỉnh Quảng Ngãi', 'TINH', 'tinh', 1, '/quang-ngai/', 'tinh quang ngai',
        15.120500, 108.792300, 80.00, 'Trung tâm hành chính tỉnh Quảng Ngãi', 30),
    (40, 'tien-giang', 'tien-giang', 'tỉnh Tiền Giang', 'TINH', 'tinh', 1, '/tien-giang/', 'tinh tien giang',
        10.360000, 106.360000, 60.00, 'Tỉnh ủy Tiền Giang', 40);

INSERT INTO admin_unit (id, code, slug, name, level, kind, parent_id, path, name_folded, latitude, longitude,
                        radius_km, address, working_hours, sort_order) VALUES
    (101, 'xa-dong-cuu', 'xa-dong-cuu', 'xã Đông Cứu', 'XA', 'xa', 10, '/bac-ninh/xa-dong-cuu/', 'xa dong cuu',
        21.070000, 106.180000, 6.00, 'Trụ sở UBND xã Đông Cứu, tỉnh Bắc Ninh',
        'Thứ Hai – Thứ Sáu, 7:30 – 11:30 và 13:30 – 17:00', 101),
    (201, 'phuong-hai-duong', 'phuong-hai-duong', 'phường Hải Dương', 'XA', 'phuong', 20,
        '/hai-phong/phuong-hai-duong/', 'phuong hai duong', 20.940000, 106.330000, 3.00,
        'Trụ sở UBND phường Hải Dương, thành phố Hải Phòng',
        'Thứ Hai – Thứ Sáu, 7:30 – 11:30 và 13:30 – 17:00', 201),
    (202, 'phuong-thanh-dong', 'phuong-thanh-dong', 'phường Thành Đông', 'XA', 'phuong', 20,
        '/hai-phong/phuong-thanh-dong/', 'phuong thanh dong', 20.925000, 106.350000, 3.00,
        'Trụ sở UBND phường Thành Đông, thành phố Hải Phòng',
        'Thứ Hai – Thứ Sáu, 7:30 – 11:30 và 13:30 – 17:00', 202),
    (301, 'phuong-duc-pho', 'phuong-duc-pho', 'phường Đức Phổ', 'XA', 'phuong', 30,
        '/quang-ngai/phuong-duc-pho/', 'phuong duc pho', 14.810000, 108.960000, 6.00,
        'Trụ sở UBND phường Đức Phổ, tỉnh Quảng Ngãi',
        'Thứ Hai – Thứ Sáu, 7:00 – 11:30 và 13:30 – 17:00', 301);

-- Owned rows. Existing rows move into the default ward (101, xã Đông Cứu); ADMIN accounts become platform ADMINs.

ALTER TABLE report ADD COLUMN unit_id BIGINT NULL AFTER id;
UPDATE report SET unit_id = 101;
ALTER TABLE report MODIFY unit_id BIGINT NOT NULL,
    ADD KEY ix_report_unit (unit_id, submitted_at),
    ADD CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id);

ALTER TABLE article ADD COLUMN unit_id BIGINT NULL AFTER id;
UPDATE article SET unit_id = 101;
ALTER TABLE article MODIFY unit_id BIGINT NOT NULL,
    ADD KEY ix_article_unit (unit_id, status, published_at),
    ADD CONSTRAINT fk_article_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id);

ALTER TABLE legal_document ADD COLUMN unit_id BIGINT NULL AFTER id;
UPDATE legal_document SET unit_id = 101;
ALTER TABLE legal_document MODIFY unit_id BIGINT NOT NULL,
    ADD KEY ix_legal_document_unit (unit_id),
    ADD CONSTRAINT fk_legal_document_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id);

ALTER TABLE app_user ADD COLUMN unit_id BIGINT NULL AFTER id;
UPDATE app_user SET unit_id = 101;
UPDATE app_user SET unit_id = 1 WHERE id IN (SELECT user_id FROM app_user_role WHERE role = 'ADMIN');
ALTER TABLE app_user MODIFY unit_id BIGINT NOT NULL,
    ADD KEY ix_app_user_unit (unit_id),
    ADD CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id);

-- A report moved to another ward keeps the move in its audit trail (event type TRANSFERRED, the reason public).
ALTER TABLE report_event ADD COLUMN from_unit_id BIGINT NULL, ADD COLUMN to_unit_id BIGINT NULL;
