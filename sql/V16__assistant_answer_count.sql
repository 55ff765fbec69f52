-- The assistant's answers counted per unit and day (issue 12): the yearly report says how many questions the
-- assistant answered on a ward's pages ("chuyển đổi số"). One row per unit and day (Vietnam's date), incremented by
-- an upsert when an answer is given: no question text, no conversation, nothing about the person asking is kept.
--
-- answered   replies given on the unit's pages that day
-- grounded   of those, replies that cite the documents (not "I could not find it")
--
-- The row of the platform's root (unit 1) with no answers marks the day counting began, so that a report can tell a
-- year without questions from a year before the portal counted them.

CREATE TABLE assistant_answer_count (
    unit_id   BIGINT NOT NULL,
    day       DATE   NOT NULL,
    answered  INT    NOT NULL DEFAULT 0,
    grounded  INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, day),
    CONSTRAINT fk_assistant_answer_count_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Vietnam's date (UTC+7, no daylight saving), whatever the server's time zone.
INSERT INTO assistant_answer_count (unit_id, day, answered, grounded)
    VALUES (1, DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR), 0, 0);
