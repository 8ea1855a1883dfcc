CREATE TABLE "application_report_facts" (
	"application_id" integer PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"source" text,
	"current_kind" "stage_kind" NOT NULL,
	"furthest_rank" smallint NOT NULL,
	"hired_at" timestamp with time zone,
	"rejection_reason_id" integer
);
--> statement-breakpoint
CREATE TABLE "report_stays" (
	"stage_event_id" integer PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"kind" "stage_kind" NOT NULL,
	"days" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_report_facts" ADD CONSTRAINT "application_report_facts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_stays" ADD CONSTRAINT "report_stays_stage_event_id_stage_events_id_fk" FOREIGN KEY ("stage_event_id") REFERENCES "public"."stage_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_stays" ADD CONSTRAINT "report_stays_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_report_facts_job_submitted_idx" ON "application_report_facts" USING btree ("job_id","submitted_at");--> statement-breakpoint
CREATE INDEX "application_report_facts_submitted_idx" ON "application_report_facts" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "report_stays_job_submitted_idx" ON "report_stays" USING btree ("job_id","submitted_at");--> statement-breakpoint
CREATE INDEX "report_stays_application_idx" ON "report_stays" USING btree ("application_id");--> statement-breakpoint
-- The facts behind the reports, kept by triggers (db/schema/reports.ts says why). One function
-- recomputes one application's rows from scratch, so every path (apply, move, bulk move,
-- retention, a hand-edited row) stays right without knowing about the reports.
CREATE OR REPLACE FUNCTION report_funnel_rank(kind stage_kind) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (array_position(array['applied','screening','interview','offer','hired']::stage_kind[], kind) - 1)::smallint
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_report_facts(app_id integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_stays WHERE application_id = app_id;
  INSERT INTO application_report_facts (application_id, job_id, submitted_at, source, current_kind, furthest_rank, hired_at, rejection_reason_id)
  SELECT a.id, a.job_id, a.submitted_at, a.source, cur.kind,
    coalesce(greatest(report_funnel_rank(cur.kind),
      (SELECT max(report_funnel_rank(st.kind)) FROM stage_events e JOIN stages st ON st.id = e.to_stage_id WHERE e.application_id = a.id)), 0),
    (SELECT min(e.created_at) FROM stage_events e JOIN stages st ON st.id = e.to_stage_id WHERE e.application_id = a.id AND st.kind = 'hired'),
    (SELECT e.rejection_reason_id FROM stage_events e WHERE e.application_id = a.id AND e.rejection_reason_id IS NOT NULL ORDER BY e.created_at DESC, e.id DESC LIMIT 1)
  FROM applications a JOIN stages cur ON cur.id = a.stage_id
  WHERE a.id = app_id
  ON CONFLICT (application_id) DO UPDATE SET
    job_id = excluded.job_id, submitted_at = excluded.submitted_at, source = excluded.source, current_kind = excluded.current_kind,
    furthest_rank = excluded.furthest_rank, hired_at = excluded.hired_at, rejection_reason_id = excluded.rejection_reason_id;
  -- Each event ends a stay: in the stage the previous event moved to (or the first event's
  -- "from" stage), since the previous event (or the submission).
  INSERT INTO report_stays (stage_event_id, application_id, job_id, submitted_at, kind, days)
  SELECT x.id, x.application_id, x.job_id, x.submitted_at, st.kind, x.days
  FROM (
    SELECT e.id, e.application_id, a.job_id, a.submitted_at,
      coalesce(lag(e.to_stage_id) OVER w, e.from_stage_id) AS stage_id,
      extract(epoch FROM e.created_at - coalesce(lag(e.created_at) OVER w, a.submitted_at)) / 86400 AS days
    FROM stage_events e JOIN applications a ON a.id = e.application_id
    WHERE e.application_id = app_id
    WINDOW w AS (PARTITION BY e.application_id ORDER BY e.created_at, e.id)
  ) x JOIN stages st ON st.id = x.stage_id;
END
$$;
--> statement-breakpoint
-- The same for every application at once: the backfill below, and bulk loads that ran with triggers off.
CREATE OR REPLACE FUNCTION rebuild_report_facts() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE report_stays, application_report_facts;
  DROP TABLE IF EXISTS report_event_ranks, report_last_reasons;
  CREATE TEMP TABLE report_event_ranks ON COMMIT DROP AS
    SELECT e.application_id, max(report_funnel_rank(st.kind)) AS furthest, min(e.created_at) FILTER (WHERE st.kind = 'hired') AS hired_at
    FROM stage_events e JOIN stages st ON st.id = e.to_stage_id GROUP BY e.application_id;
  CREATE TEMP TABLE report_last_reasons ON COMMIT DROP AS
    SELECT DISTINCT ON (application_id) application_id, rejection_reason_id
    FROM stage_events WHERE rejection_reason_id IS NOT NULL ORDER BY application_id, created_at DESC, id DESC;
  INSERT INTO application_report_facts (application_id, job_id, submitted_at, source, current_kind, furthest_rank, hired_at, rejection_reason_id)
  SELECT a.id, a.job_id, a.submitted_at, a.source, cur.kind, coalesce(greatest(report_funnel_rank(cur.kind), r.furthest), 0), r.hired_at, l.rejection_reason_id
  FROM applications a JOIN stages cur ON cur.id = a.stage_id
  LEFT JOIN report_event_ranks r ON r.application_id = a.id
  LEFT JOIN report_last_reasons l ON l.application_id = a.id;
  INSERT INTO report_stays (stage_event_id, application_id, job_id, submitted_at, kind, days)
  SELECT x.id, x.application_id, x.job_id, x.submitted_at, st.kind, x.days
  FROM (
    SELECT e.id, e.application_id, a.job_id, a.submitted_at,
      coalesce(lag(e.to_stage_id) OVER w, e.from_stage_id) AS stage_id,
      extract(epoch FROM e.created_at - coalesce(lag(e.created_at) OVER w, a.submitted_at)) / 86400 AS days
    FROM stage_events e JOIN applications a ON a.id = e.application_id
    WINDOW w AS (PARTITION BY e.application_id ORDER BY e.created_at, e.id)
  ) x JOIN stages st ON st.id = x.stage_id;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION report_facts_from_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_report_facts(NEW.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION report_facts_from_stage_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_report_facts(NEW.application_id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER applications_report_facts AFTER INSERT OR UPDATE OF stage_id, source, submitted_at, job_id ON applications
  FOR EACH ROW EXECUTE FUNCTION report_facts_from_application();
--> statement-breakpoint
CREATE TRIGGER stage_events_report_facts AFTER INSERT OR UPDATE OF created_at, to_stage_id, from_stage_id, rejection_reason_id ON stage_events
  FOR EACH ROW EXECUTE FUNCTION report_facts_from_stage_event();
--> statement-breakpoint
SELECT rebuild_report_facts();
