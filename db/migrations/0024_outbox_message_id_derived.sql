-- The Message-ID is derived from the dedupe key when each attempt is sent (lib/mail/outbox.ts
-- messageIdFor), so new rows leave it empty; nullable rather than dropped so that an instance of
-- the previous release, still inserting it during a rolling upgrade, keeps working. A worker of
-- the previous release would send the new rows with a Message-ID of nodemailer's own: upgrade
-- the workers together with (or before) the app instances.
ALTER TABLE "email_outbox" ALTER COLUMN "message_id" DROP NOT NULL;