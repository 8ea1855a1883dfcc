CREATE TABLE "email_outbox_applications" (
	"email_id" integer NOT NULL,
	"application_id" integer NOT NULL,
	"audience" text NOT NULL,
	CONSTRAINT "email_outbox_applications_email_id_application_id_pk" PRIMARY KEY("email_id","application_id"),
	CONSTRAINT "email_outbox_applications_audience_known" CHECK ("email_outbox_applications"."audience" in ('candidate', 'staff'))
);
--> statement-breakpoint
ALTER TABLE "email_outbox_applications" ADD CONSTRAINT "email_outbox_applications_email_id_email_outbox_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."email_outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox_applications" ADD CONSTRAINT "email_outbox_applications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_applications_application_idx" ON "email_outbox_applications" USING btree ("application_id");--> statement-breakpoint
-- Backfill: link the emails already in the outbox to their applications, where the dedupe key
-- says which table its number belongs to (the kind names it; stage emails go through their event).
INSERT INTO "email_outbox_applications" ("email_id", "application_id", "audience")
SELECT o.id, a.id, 'candidate' FROM "email_outbox" o
  JOIN "applications" a ON a.id = substring(o.dedupe_key FROM '^(?:application-confirmation|candidate-message):([0-9]{1,9})(?::|$)')::int
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "email_outbox_applications" ("email_id", "application_id", "audience")
SELECT o.id, a.id, 'staff' FROM "email_outbox" o
  JOIN "applications" a ON a.id = substring(o.dedupe_key FROM '^new-application:([0-9]{1,9}):')::int
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "email_outbox_applications" ("email_id", "application_id", "audience")
SELECT o.id, e.application_id, 'candidate' FROM "email_outbox" o
  JOIN "stage_events" e ON e.id = substring(o.dedupe_key FROM '^stage-email:([0-9]{1,9})$')::int
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "email_outbox_applications" ("email_id", "application_id", "audience")
SELECT o.id, i.application_id, CASE WHEN o.dedupe_key LIKE '%:candidate' THEN 'candidate' ELSE 'staff' END FROM "email_outbox" o
  JOIN "interviews" i ON i.id = substring(o.dedupe_key FROM '^interview-[a-z]+:([0-9]{1,9}):')::int
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- A digest's key names its recipient and day only; the applicants it names are its links.
INSERT INTO "email_outbox_applications" ("email_id", "application_id", "audience")
SELECT DISTINCT o.id, a.id, 'staff' FROM "email_outbox" o
  CROSS JOIN LATERAL regexp_matches(o.text, '/dashboard/applications/([0-9]{1,9})', 'g') AS m(ids)
  JOIN "applications" a ON a.id = m.ids[1]::int
  WHERE o.kind = 'new-application-digest'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Issue 10 item 5: stage moves copied the free-text rejection reason into the append-only audit
-- log. Keep whether there was one, drop the text. The append-only trigger is lifted for this one
-- statement only, inside the migration's transaction (the app's role cannot do this, see db:roles).
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update";
--> statement-breakpoint
UPDATE "audit_log"
   SET "after" = ("after" - 'reason') || jsonb_build_object('withReasonText', coalesce(jsonb_typeof("after" -> 'reason') = 'string', false))
 WHERE "action" = 'application.stage_changed' AND "after" ? 'reason';
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update";
--> statement-breakpoint
-- Issue 10 item 9: the app's role owns no table, and only an owner may refresh a materialized
-- view. This function, owned by the migrating role, refreshes the one view the app keeps fresh
-- and nothing else (a fixed statement, a fixed search_path).
CREATE FUNCTION "refresh_search_lexicon"() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  REFRESH MATERIALIZED VIEW public.search_lexicon;
$$;
