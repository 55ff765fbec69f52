-- Province platform at scale (issue 10, bench/wards.sh): each report keeps a copy of its unit's path, so that the unit
-- scope of reports (UnitScope.REPORT_CRITERION, "this.unitPath LIKE :unitScope") reads the report's own column instead
-- of joining admin_unit. With the join, MariaDB started from the province's 501 units and sorted the ids of all their
-- 100 000 reports to keep a page of 20 (~80 ms a query on the database); with the column it reads ix_report_submitted
-- backwards and stops after 20 (< 1 ms), and one ward's reports are one range of ix_report_unit_path.
--
-- A unit's path never changes once the unit exists (UnitAdministration: code, slug and parent are fixed), so the copy
-- only changes when a report is transferred to another ward (Report.transferTo), which sets both columns.
ALTER TABLE report ADD COLUMN unit_path VARCHAR(400) NOT NULL DEFAULT '~' AFTER unit_id;

UPDATE report r JOIN admin_unit u ON u.id = r.unit_id SET r.unit_path = u.path;

-- ix_report_published also carries the path: a public listing of every ward (Open311 requests.json, its count of the
-- last 90 days' published reports) names unit_path in its criterion even when the database folds it away, and without
-- the column in the index it read ~40 000 rows instead of their index entries (52 ms → 7 ms a count, bench/wards.sh).
ALTER TABLE report ALTER COLUMN unit_path DROP DEFAULT,
    ADD KEY ix_report_unit_path (unit_path, submitted_at),
    DROP KEY ix_report_published,
    ADD KEY ix_report_published (published, submitted_at, unit_path);
