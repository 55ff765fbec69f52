-- Province statistics (issue 10): whether a closed report was closed on time is kept with the report, so that the
-- on-time rate of every ward is one GROUP BY in the database instead of reading every closed report into the JVM.
--
-- closed_on_time: NULL while the report is open; TRUE when it was closed on or before its due date (a day in Vietnam),
-- FALSE when later. The portal sets it when it closes a report (Report.changeStatus) and clears it on reopening.
-- Existing closed reports get it here. Times are written by the portal as UTC wall-clock values (Connector/J with
-- connectionTimeZone=UTC, session zone left as the server's), and Vietnam keeps UTC+7 all year: a report is on time
-- when closed before the next day's midnight in Vietnam, i.e. before 17:00 UTC of its due date.
ALTER TABLE report ADD COLUMN closed_on_time BOOLEAN NULL AFTER closed_at;

UPDATE report SET closed_on_time = (closed_at < TIMESTAMP(due_date, '17:00:00')) WHERE closed_at IS NOT NULL;

-- The figures of a ward or of a province's wards are read from this index alone (bench/wards.sh, 500 wards × 200
-- reports: the province table fell from ~1 s to ~0.1 s a query on the database): it starts like ix_report_unit,
-- which it replaces (and serves the foreign key), and carries every column the counts look at.
ALTER TABLE report
    ADD KEY ix_report_unit_figures (unit_id, submitted_at, closed_at, closed_on_time, satisfied, due_date, status),
    DROP KEY ix_report_unit;
