-- An application's emails (and their links to it) are queued before the application's own row,
-- whose insert locks the job's counter rows until commit (db/queries/applications.ts): the link's
-- reference to the application is therefore checked at commit, not at the insert. ON DELETE
-- CASCADE still acts at once (PostgreSQL defers only the check).
ALTER TABLE "email_outbox_applications" ALTER CONSTRAINT "email_outbox_applications_application_id_applications_id_fk" DEFERRABLE INITIALLY DEFERRED;
