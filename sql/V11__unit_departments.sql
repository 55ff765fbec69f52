-- Departments per ward (issue 10: "the department list of that ward"; reports are routed to that ward's departments).
--
-- report_department stays the platform's catalogue of department *types* (Phòng Kinh tế, Công an phường, xã…);
-- unit_department says which of them a ward has, how residents reach them there and in which order they are listed.
-- A report filed in a ward goes to its kind's department when the ward has it active, else to the ward's first active
-- department (by sort_order), else to the kind's department (report.department_code stays NOT NULL and a catalogue
-- code). An officer may move a ward's report only to a department active in that ward; a province's reports may use
-- the whole catalogue (vn.tdc.portal.report.domain.DepartmentRouting).
--
-- Seeded: every active ward (level XA) gets every active catalogue department, in the catalogue's order, without
-- contacts. A ward added later gets the active catalogue the same way (report.application.WardDepartmentSeeding).

CREATE TABLE unit_department (
    unit_id          BIGINT        NOT NULL,
    department_code  VARCHAR(40)   NOT NULL,
    contact_email    VARCHAR(254)  NULL,
    contact_phone    VARCHAR(20)   NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    sort_order       INT           NOT NULL DEFAULT 0,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, department_code),
    KEY ix_unit_department_code (department_code),
    CONSTRAINT fk_unit_department_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_unit_department_department FOREIGN KEY (department_code) REFERENCES report_department (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO unit_department (unit_id, department_code, active, sort_order)
SELECT u.id, d.code, TRUE, d.sort_order
FROM admin_unit u
CROSS JOIN report_department d
WHERE u.level = 'XA' AND u.active = TRUE AND d.active = TRUE;
