-- Inspections of measuring instruments (issue 12): the officers' đợt kiểm tra, their findings, and the reminders of
-- instruments whose verification is due.
--
-- inspection          one inspection of a ward on a day: the team, what it covered and found (summary), the actions
--                     taken. Owned by the ward (unit_id) like every owned row (see V6).
-- inspection_finding  what the team found at a place (and on one instrument of it, when it checked one): đạt or không
--                     đạt, the error measured (sai số, "-50 g / 2 kg"), the action taken, and the resident's report it
--                     answers, if any (the report then gets a public update with the result).
-- instrument_reminder the reminders mailed to a ward's officers: one row per instrument and due date, so that an
--                     instrument is announced once for each due date (overdue or due within 30 days).
-- app_user.email      where a staff account receives the portal's mail (the reminders); optional.

CREATE TABLE inspection (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT        NOT NULL,
    held_on     DATE          NOT NULL,
    team        VARCHAR(500)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL DEFAULT '',
    actions     VARCHAR(2000) NOT NULL DEFAULT '',
    created_by  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    updated_at  TIMESTAMP(3)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_inspection_unit (unit_id, held_on),
    CONSTRAINT fk_inspection_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_finding (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    inspection_id  BIGINT        NOT NULL,
    position       INT           NOT NULL,
    place_id       BIGINT        NOT NULL,
    instrument_id  BIGINT        NULL,
    result         VARCHAR(10)   NOT NULL,
    error_text     VARCHAR(200)  NOT NULL DEFAULT '',
    action_text    VARCHAR(1000) NOT NULL DEFAULT '',
    report_id      BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_inspection_finding_inspection (inspection_id, position),
    KEY ix_inspection_finding_place (place_id),
    KEY ix_inspection_finding_report (report_id),
    CONSTRAINT fk_inspection_finding_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_inspection_finding_place FOREIGN KEY (place_id) REFERENCES trade_place (id),
    CONSTRAINT fk_inspection_finding_instrument FOREIGN KEY (instrument_id) REFERENCES measuring_instrument (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_inspection_finding_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT ck_inspection_finding_result CHECK (result IN ('dat', 'khong-dat'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE instrument_reminder (
    instrument_id  BIGINT        NOT NULL,
    due_on         DATE          NOT NULL,
    sent_at        TIMESTAMP(3)  NOT NULL,
    recipients     INT           NOT NULL,
    PRIMARY KEY (instrument_id, due_on),
    CONSTRAINT fk_instrument_reminder_instrument FOREIGN KEY (instrument_id) REFERENCES measuring_instrument (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
