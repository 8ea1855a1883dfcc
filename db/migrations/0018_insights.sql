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
CREATE TABLE "report_daily" (
	"job_id" integer NOT NULL,
	"day" date NOT NULL,
	"source" text NOT NULL,
	"applications" integer DEFAULT 0 NOT NULL,
	"reached_screening" integer DEFAULT 0 NOT NULL,
	"reached_interview" integer DEFAULT 0 NOT NULL,
	"reached_offer" integer DEFAULT 0 NOT NULL,
	"reached_hired" integer DEFAULT 0 NOT NULL,
	"rejected_now" integer DEFAULT 0 NOT NULL,
	"hired_now" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_daily_job_id_day_source_pk" PRIMARY KEY("job_id","day","source")
);
--> statement-breakpoint
CREATE TABLE "report_daily_reasons" (
	"job_id" integer NOT NULL,
	"day" date NOT NULL,
	"reason_id" integer NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_daily_reasons_job_id_day_reason_id_pk" PRIMARY KEY("job_id","day","reason_id")
);
--> statement-breakpoint
CREATE TABLE "report_durations" (
	"job_id" integer NOT NULL,
	"day" date NOT NULL,
	"measure" text NOT NULL,
	"tenths" integer NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_durations_job_id_day_measure_tenths_pk" PRIMARY KEY("job_id","day","measure","tenths")
);
--> statement-breakpoint
CREATE TABLE "report_durations_monthly" (
	"job_id" integer NOT NULL,
	"month" date NOT NULL,
	"measure" text NOT NULL,
	"tenths" integer NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_durations_monthly_job_id_month_measure_tenths_pk" PRIMARY KEY("job_id","month","measure","tenths")
);
--> statement-breakpoint
CREATE TABLE "report_monthly" (
	"job_id" integer NOT NULL,
	"month" date NOT NULL,
	"source" text NOT NULL,
	"applications" integer DEFAULT 0 NOT NULL,
	"reached_screening" integer DEFAULT 0 NOT NULL,
	"reached_interview" integer DEFAULT 0 NOT NULL,
	"reached_offer" integer DEFAULT 0 NOT NULL,
	"reached_hired" integer DEFAULT 0 NOT NULL,
	"rejected_now" integer DEFAULT 0 NOT NULL,
	"hired_now" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_monthly_job_id_month_source_pk" PRIMARY KEY("job_id","month","source")
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
CREATE TABLE "eeo_responses" (
	"application_id" integer PRIMARY KEY NOT NULL,
	"gender" text,
	"race" text,
	"veteran_status" text,
	"disability_status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eeo_responses_gender_valid" CHECK (gender is null or gender in ('male', 'female', 'decline')),
	CONSTRAINT "eeo_responses_race_valid" CHECK (race is null or race in ('hispanic_latino', 'white', 'black', 'native_hawaiian_pacific_islander', 'asian', 'american_indian_alaska_native', 'two_or_more', 'decline')),
	CONSTRAINT "eeo_responses_veteran_valid" CHECK (veteran_status is null or veteran_status in ('protected', 'not_protected', 'decline')),
	CONSTRAINT "eeo_responses_disability_valid" CHECK (disability_status is null or disability_status in ('yes', 'no', 'decline'))
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "eeo_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "application_report_facts" ADD CONSTRAINT "application_report_facts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_stays" ADD CONSTRAINT "report_stays_stage_event_id_stage_events_id_fk" FOREIGN KEY ("stage_event_id") REFERENCES "public"."stage_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_stays" ADD CONSTRAINT "report_stays_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eeo_responses" ADD CONSTRAINT "eeo_responses_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_report_facts_job_submitted_idx" ON "application_report_facts" USING btree ("job_id","submitted_at");--> statement-breakpoint
CREATE INDEX "application_report_facts_submitted_idx" ON "application_report_facts" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "report_daily_day_idx" ON "report_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "report_stays_job_submitted_idx" ON "report_stays" USING btree ("job_id","submitted_at");--> statement-breakpoint
CREATE INDEX "report_stays_application_idx" ON "report_stays" USING btree ("application_id");--> statement-breakpoint
-- The facts behind the reports and their rollups, kept by triggers (db/schema/reports.ts says why).
CREATE OR REPLACE FUNCTION report_tenths(days double precision) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT greatest(round(days * 10), 0)::integer
$$;
--> statement-breakpoint
-- One function
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
  -- The rollups' row triggers stand aside for the bulk pass (a custom setting, local to the
  -- transaction); the rollups are then summed from the facts in one go at the end.
  PERFORM set_config('portico.report_bulk', 'on', true);
  TRUNCATE report_stays, application_report_facts, report_daily, report_daily_reasons, report_durations, report_monthly, report_durations_monthly;
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
  INSERT INTO report_daily (job_id, day, source, applications, reached_screening, reached_interview, reached_offer, reached_hired, rejected_now, hired_now)
  SELECT job_id, (submitted_at AT TIME ZONE 'UTC')::date, coalesce(source, ''), count(*),
    count(*) FILTER (WHERE furthest_rank >= 1), count(*) FILTER (WHERE furthest_rank >= 2), count(*) FILTER (WHERE furthest_rank >= 3),
    count(*) FILTER (WHERE furthest_rank >= 4), count(*) FILTER (WHERE current_kind = 'rejected'), count(*) FILTER (WHERE current_kind = 'hired')
  FROM application_report_facts GROUP BY 1, 2, 3;
  INSERT INTO report_daily_reasons (job_id, day, reason_id, count)
  SELECT job_id, (submitted_at AT TIME ZONE 'UTC')::date, coalesce(rejection_reason_id, 0), count(*)
  FROM application_report_facts WHERE current_kind = 'rejected' GROUP BY 1, 2, 3;
  INSERT INTO report_durations (job_id, day, measure, tenths, count)
  SELECT job_id, (submitted_at AT TIME ZONE 'UTC')::date, kind::text, report_tenths(days), count(*) FROM report_stays GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT job_id, (submitted_at AT TIME ZONE 'UTC')::date, 'hire', report_tenths(extract(epoch FROM hired_at - submitted_at) / 86400), count(*)
  FROM application_report_facts WHERE hired_at IS NOT NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO report_monthly (job_id, month, source, applications, reached_screening, reached_interview, reached_offer, reached_hired, rejected_now, hired_now)
  SELECT job_id, date_trunc('month', day)::date, source, sum(applications), sum(reached_screening), sum(reached_interview), sum(reached_offer),
    sum(reached_hired), sum(rejected_now), sum(hired_now)
  FROM report_daily GROUP BY 1, 2, 3;
  INSERT INTO report_durations_monthly (job_id, month, measure, tenths, count)
  SELECT job_id, date_trunc('month', day)::date, measure, tenths, sum(count) FROM report_durations GROUP BY 1, 2, 3, 4;
  PERFORM set_config('portico.report_bulk', 'off', true);
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
-- New applications by statement, set-based: a bulk insert (an import, a seed) costs one pass,
-- not a function call per row. A row just inserted can have no stage events yet.
CREATE OR REPLACE FUNCTION report_facts_from_new_applications() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO application_report_facts (application_id, job_id, submitted_at, source, current_kind, furthest_rank, hired_at, rejection_reason_id)
  SELECT i.id, i.job_id, i.submitted_at, i.source, cur.kind, coalesce(report_funnel_rank(cur.kind), 0), NULL, NULL
  FROM inserted i JOIN stages cur ON cur.id = i.stage_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER applications_report_facts_insert AFTER INSERT ON applications
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION report_facts_from_new_applications();
--> statement-breakpoint
CREATE TRIGGER applications_report_facts AFTER UPDATE OF stage_id, source, submitted_at, job_id ON applications
  FOR EACH ROW EXECUTE FUNCTION report_facts_from_application();
--> statement-breakpoint
CREATE TRIGGER stage_events_report_facts AFTER INSERT OR UPDATE OF created_at, to_stage_id, from_stage_id, rejection_reason_id ON stage_events
  FOR EACH ROW EXECUTE FUNCTION report_facts_from_stage_event();
--> statement-breakpoint
-- A stage whose kind changes (Screening turned into Interview) changes the facts of everyone who
-- is or was in it. Rare, and an admin's edit: a refresh per such application is fine.
CREATE OR REPLACE FUNCTION report_facts_from_stage_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_report_facts(x.id) FROM (
    SELECT a.id FROM applications a WHERE a.stage_id = NEW.id
    UNION SELECT e.application_id FROM stage_events e WHERE e.to_stage_id = NEW.id OR e.from_stage_id = NEW.id
  ) x;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER stages_report_facts AFTER UPDATE OF kind ON stages
  FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION report_facts_from_stage_kind();
--> statement-breakpoint
-- One fact row's share of the rollups, added (sign 1) or taken back (sign -1).
CREATE OR REPLACE FUNCTION report_rollup_fact(f application_report_facts, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d date := (f.submitted_at AT TIME ZONE 'UTC')::date;
BEGIN
  INSERT INTO report_daily AS r (job_id, day, source, applications, reached_screening, reached_interview, reached_offer, reached_hired, rejected_now, hired_now)
  VALUES (f.job_id, d, coalesce(f.source, ''), sign, sign * (f.furthest_rank >= 1)::int, sign * (f.furthest_rank >= 2)::int,
    sign * (f.furthest_rank >= 3)::int, sign * (f.furthest_rank >= 4)::int, sign * (f.current_kind = 'rejected')::int, sign * (f.current_kind = 'hired')::int)
  ON CONFLICT (job_id, day, source) DO UPDATE SET
    applications = r.applications + excluded.applications, reached_screening = r.reached_screening + excluded.reached_screening,
    reached_interview = r.reached_interview + excluded.reached_interview, reached_offer = r.reached_offer + excluded.reached_offer,
    reached_hired = r.reached_hired + excluded.reached_hired, rejected_now = r.rejected_now + excluded.rejected_now, hired_now = r.hired_now + excluded.hired_now;
  INSERT INTO report_monthly AS r (job_id, month, source, applications, reached_screening, reached_interview, reached_offer, reached_hired, rejected_now, hired_now)
  VALUES (f.job_id, date_trunc('month', d)::date, coalesce(f.source, ''), sign, sign * (f.furthest_rank >= 1)::int, sign * (f.furthest_rank >= 2)::int,
    sign * (f.furthest_rank >= 3)::int, sign * (f.furthest_rank >= 4)::int, sign * (f.current_kind = 'rejected')::int, sign * (f.current_kind = 'hired')::int)
  ON CONFLICT (job_id, month, source) DO UPDATE SET
    applications = r.applications + excluded.applications, reached_screening = r.reached_screening + excluded.reached_screening,
    reached_interview = r.reached_interview + excluded.reached_interview, reached_offer = r.reached_offer + excluded.reached_offer,
    reached_hired = r.reached_hired + excluded.reached_hired, rejected_now = r.rejected_now + excluded.rejected_now, hired_now = r.hired_now + excluded.hired_now;
  IF f.current_kind = 'rejected' THEN
    INSERT INTO report_daily_reasons AS r (job_id, day, reason_id, count) VALUES (f.job_id, d, coalesce(f.rejection_reason_id, 0), sign)
    ON CONFLICT (job_id, day, reason_id) DO UPDATE SET count = r.count + excluded.count;
  END IF;
  IF f.hired_at IS NOT NULL THEN
    INSERT INTO report_durations AS r (job_id, day, measure, tenths, count)
    VALUES (f.job_id, d, 'hire', report_tenths(extract(epoch FROM f.hired_at - f.submitted_at) / 86400), sign)
    ON CONFLICT (job_id, day, measure, tenths) DO UPDATE SET count = r.count + excluded.count;
    INSERT INTO report_durations_monthly AS r (job_id, month, measure, tenths, count)
    VALUES (f.job_id, date_trunc('month', d)::date, 'hire', report_tenths(extract(epoch FROM f.hired_at - f.submitted_at) / 86400), sign)
    ON CONFLICT (job_id, month, measure, tenths) DO UPDATE SET count = r.count + excluded.count;
  END IF;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION report_rollup_from_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('portico.report_bulk', true) = 'on' THEN RETURN NULL; END IF;
  -- An unchanged row (a refresh that found nothing new) leaves the rollups alone: no row locks.
  IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM report_rollup_fact(OLD, -1); END IF;
  IF TG_OP = 'UPDATE' THEN PERFORM report_rollup_fact(NEW, 1); END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION report_rollup_from_stays() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s report_stays := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF current_setting('portico.report_bulk', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO report_durations AS r (job_id, day, measure, tenths, count)
  VALUES (s.job_id, (s.submitted_at AT TIME ZONE 'UTC')::date, s.kind::text, report_tenths(s.days), CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END)
  ON CONFLICT (job_id, day, measure, tenths) DO UPDATE SET count = r.count + excluded.count;
  INSERT INTO report_durations_monthly AS r (job_id, month, measure, tenths, count)
  VALUES (s.job_id, date_trunc('month', s.submitted_at AT TIME ZONE 'UTC')::date, s.kind::text, report_tenths(s.days), CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END)
  ON CONFLICT (job_id, month, measure, tenths) DO UPDATE SET count = r.count + excluded.count;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- New fact rows by statement: their shares summed per rollup row first, one upsert each.
CREATE OR REPLACE FUNCTION report_rollup_new_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('portico.report_bulk', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO report_daily AS r (job_id, day, source, applications, reached_screening, reached_interview, reached_offer, reached_hired, rejected_now, hired_now)
  SELECT job_id, (submitted_at AT TIME ZONE 'UTC')::date, coalesce(source, ''), count(*),
    count(*) FILTER (WHERE furthest_rank >= 1), count(*) FILTER (WHERE furthest_rank >= 2), count(*) FILTER (WHERE furthest_rank >= 3),
    count(*) FILTER (WHERE furthest_rank >= 4), count(*) FILTER (WHERE current_kind = 'rejected'), count(*) FILTER (WHERE current_kind = 'hired')
  FROM inserted GROUP BY 1, 2, 3
  ON CONFLICT (job_id, day, source) DO UPDATE SET
    applications = r.applications + excluded.applications, reached_screening = r.reached_screening + excluded.reached_screening,
    reached_interview = r.reached_interview + excluded.reached_interview, reached_offer = r.reached_offer + excluded.reached_offer,
    reached_hired = r.reached_hired + excluded.reached_hired, rejected_now = r.rejected_now + excluded.rejected_now, hired_now = r.hired_now + excluded.hired_now;
  INSERT INTO report_monthly AS r (job_id, month, source, applications, reached_screening, reached_interview, reached_offer, reached_hired, rejected_now, hired_now)
  SELECT job_id, date_trunc('month', submitted_at AT TIME ZONE 'UTC')::date, coalesce(source, ''), count(*),
    count(*) FILTER (WHERE furthest_rank >= 1), count(*) FILTER (WHERE furthest_rank >= 2), count(*) FILTER (WHERE furthest_rank >= 3),
    count(*) FILTER (WHERE furthest_rank >= 4), count(*) FILTER (WHERE current_kind = 'rejected'), count(*) FILTER (WHERE current_kind = 'hired')
  FROM inserted GROUP BY 1, 2, 3
  ON CONFLICT (job_id, month, source) DO UPDATE SET
    applications = r.applications + excluded.applications, reached_screening = r.reached_screening + excluded.reached_screening,
    reached_interview = r.reached_interview + excluded.reached_interview, reached_offer = r.reached_offer + excluded.reached_offer,
    reached_hired = r.reached_hired + excluded.reached_hired, rejected_now = r.rejected_now + excluded.rejected_now, hired_now = r.hired_now + excluded.hired_now;
  INSERT INTO report_daily_reasons AS r (job_id, day, reason_id, count)
  SELECT job_id, (submitted_at AT TIME ZONE 'UTC')::date, coalesce(rejection_reason_id, 0), count(*) FROM inserted WHERE current_kind = 'rejected' GROUP BY 1, 2, 3
  ON CONFLICT (job_id, day, reason_id) DO UPDATE SET count = r.count + excluded.count;
  INSERT INTO report_durations AS r (job_id, day, measure, tenths, count)
  SELECT job_id, (submitted_at AT TIME ZONE 'UTC')::date, 'hire', report_tenths(extract(epoch FROM hired_at - submitted_at) / 86400), count(*)
  FROM inserted WHERE hired_at IS NOT NULL GROUP BY 1, 2, 3, 4
  ON CONFLICT (job_id, day, measure, tenths) DO UPDATE SET count = r.count + excluded.count;
  INSERT INTO report_durations_monthly AS r (job_id, month, measure, tenths, count)
  SELECT job_id, date_trunc('month', submitted_at AT TIME ZONE 'UTC')::date, 'hire', report_tenths(extract(epoch FROM hired_at - submitted_at) / 86400), count(*)
  FROM inserted WHERE hired_at IS NOT NULL GROUP BY 1, 2, 3, 4
  ON CONFLICT (job_id, month, measure, tenths) DO UPDATE SET count = r.count + excluded.count;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER application_report_facts_rollup_insert AFTER INSERT ON application_report_facts
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_new_facts();
--> statement-breakpoint
CREATE TRIGGER application_report_facts_rollup AFTER UPDATE OR DELETE ON application_report_facts
  FOR EACH ROW EXECUTE FUNCTION report_rollup_from_facts();
--> statement-breakpoint
CREATE TRIGGER report_stays_rollup AFTER INSERT OR DELETE ON report_stays
  FOR EACH ROW EXECUTE FUNCTION report_rollup_from_stays();
--> statement-breakpoint
SELECT rebuild_report_facts();
