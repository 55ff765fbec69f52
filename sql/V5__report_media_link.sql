-- Open311 clients (FixMyStreet and others) send `media_url`: the address of a photo they keep of the case. The
-- portal stores it as a link for officers only (detail page, officer API): it never fetches it and never publishes
-- it (GET requests publishes the portal's own photos). An absolute http(s) address of at most 2000 characters,
-- checked by the submission service (report.domain.MediaLink); NULL when the client sent none.
ALTER TABLE report ADD COLUMN media_url VARCHAR(2000) NULL AFTER description;
