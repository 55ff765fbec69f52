-- Metrology at the market (issue 12): the register of measuring instruments used in trade in each ward.
--
-- instrument_type   the kinds of instrument (cân đĩa, cân điện tử, cột đo xăng dầu, …) with their verification cycle
--                   in months (chu kỳ kiểm định); data, edited by administrators, seeded with the common ones.
-- trade_place       places of trade of a ward: markets, shops, fuel stations. The owner (a household business) is
--                   kept for officers only, never shown to residents.
-- measuring_instrument
--                   one instrument at a place (and a stall of it): type, serial, brand, the last verification (date,
--                   certificate or stamp number, passed or not), its next due date (verified_on + the type's cycle,
--                   stored so that overdue lists are one index range), whether officers suspended its use, and
--                   whether it is the market's reference scale (cân đối chứng, with capacity and opening hours).
--                   `code` is the instrument's public code, printed on its QR sticker (/{ward}/phuong-tien-do/{code}).
--
-- Owned rows carry unit_id like every owned table (see V6): an officer sees the register of his own ward.

CREATE TABLE instrument_type (
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    cycle_months  INT          NOT NULL,
    sort_order    INT          NOT NULL DEFAULT 0,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    CONSTRAINT ck_instrument_type_cycle CHECK (cycle_months BETWEEN 1 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cycles of the instruments used in trade (Thông tư 23/2013/TT-BKHCN, danh mục phương tiện đo nhóm 2).
INSERT INTO instrument_type (code, name, cycle_months, sort_order) VALUES
    ('can-dia', 'Cân đĩa', 12, 10),
    ('can-dong-ho-lo-xo', 'Cân đồng hồ lò xo', 12, 20),
    ('can-dien-tu', 'Cân điện tử', 12, 30),
    ('can-ban', 'Cân bàn', 12, 40),
    ('can-o-to', 'Cân ô tô', 12, 50),
    ('cot-do-xang-dau', 'Cột đo xăng dầu', 12, 60),
    ('dong-ho-nuoc', 'Đồng hồ nước lạnh', 60, 70),
    ('cong-to-dien', 'Công tơ điện', 60, 80);

CREATE TABLE trade_place (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    name_folded   VARCHAR(200)  NOT NULL,
    address       VARCHAR(300)  NOT NULL DEFAULT '',
    owner_name    VARCHAR(200)  NULL,
    latitude      DECIMAL(9, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    updated_at    TIMESTAMP(3)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_trade_place_name (unit_id, name_folded),
    CONSTRAINT fk_trade_place_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_trade_place_kind CHECK (kind IN ('cho', 'cua-hang', 'cay-xang', 'khac'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE measuring_instrument (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    code                 VARCHAR(12)   NOT NULL,
    unit_id              BIGINT        NOT NULL,
    place_id             BIGINT        NOT NULL,
    type_code            VARCHAR(40)   NOT NULL,
    stall                VARCHAR(40)   NOT NULL DEFAULT '',
    owner_name           VARCHAR(200)  NULL,
    serial_no            VARCHAR(80)   NOT NULL,
    brand                VARCHAR(120)  NOT NULL DEFAULT '',
    verified_on          DATE          NULL,
    certificate_no       VARCHAR(80)   NOT NULL DEFAULT '',
    verification_passed  BOOLEAN       NOT NULL DEFAULT TRUE,
    due_on               DATE          NULL,
    suspended            BOOLEAN       NOT NULL DEFAULT FALSE,
    reference_scale      BOOLEAN       NOT NULL DEFAULT FALSE,
    capacity             VARCHAR(60)   NOT NULL DEFAULT '',
    opening_hours        VARCHAR(200)  NOT NULL DEFAULT '',
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP(3)  NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMP(3)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_measuring_instrument_code (code),
    UNIQUE KEY uq_measuring_instrument_serial (unit_id, type_code, serial_no),
    KEY ix_measuring_instrument_place (place_id, stall),
    KEY ix_measuring_instrument_due (unit_id, due_on),
    CONSTRAINT fk_measuring_instrument_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_measuring_instrument_place FOREIGN KEY (place_id) REFERENCES trade_place (id),
    CONSTRAINT fk_measuring_instrument_type FOREIGN KEY (type_code) REFERENCES instrument_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
