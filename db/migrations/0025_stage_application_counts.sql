CREATE TABLE "stage_application_counts" (
	"stage_id" integer PRIMARY KEY NOT NULL,
	"applications" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stage_application_counts" ADD CONSTRAINT "stage_application_counts_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Adds each stage's change in applications, in stage order: two statements that move people in
-- opposite directions lock the same counter rows in the same order, so they cannot deadlock.
CREATE OR REPLACE FUNCTION stage_application_counts_add(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO stage_application_counts AS c (stage_id, applications)
  SELECT (d->>'stage')::int, (d->>'delta')::int FROM jsonb_array_elements(deltas) d
  ORDER BY (d->>'stage')::int
  ON CONFLICT (stage_id) DO UPDATE SET applications = c.applications + excluded.applications;
$$;
--> statement-breakpoint
-- Set-based, once per statement: an import, a bulk move or a seed of 100,000 rows is one pass.
CREATE OR REPLACE FUNCTION stage_application_counts_from_applications() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('stage', stage_id, 'delta', n)) INTO deltas
    FROM (SELECT stage_id, count(*) AS n FROM new_rows GROUP BY stage_id) x;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT jsonb_agg(jsonb_build_object('stage', stage_id, 'delta', n)) INTO deltas
    FROM (
      SELECT stage_id, sum(delta) AS n FROM (
        SELECT o.stage_id, -1 AS delta FROM old_rows o JOIN new_rows n USING (id) WHERE o.stage_id IS DISTINCT FROM n.stage_id
        UNION ALL
        SELECT n.stage_id, 1 FROM old_rows o JOIN new_rows n USING (id) WHERE o.stage_id IS DISTINCT FROM n.stage_id
      ) moves GROUP BY stage_id HAVING sum(delta) <> 0
    ) x;
  ELSE
    -- A job deleted with its stages cascades here after the counter rows went with the stages:
    -- only update, never insert a row for a stage that no longer exists.
    -- Locked in stage order first, like the inserts above.
    PERFORM 1 FROM stage_application_counts WHERE stage_id IN (SELECT stage_id FROM old_rows) ORDER BY stage_id FOR UPDATE;
    UPDATE stage_application_counts c SET applications = c.applications - x.n
    FROM (SELECT stage_id, count(*) AS n FROM old_rows GROUP BY stage_id) x
    WHERE c.stage_id = x.stage_id;
    RETURN NULL;
  END IF;
  IF deltas IS NOT NULL THEN PERFORM stage_application_counts_add(deltas); END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER applications_stage_counts_insert AFTER INSERT ON applications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_application_counts_from_applications();
--> statement-breakpoint
CREATE TRIGGER applications_stage_counts_update AFTER UPDATE ON applications
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_application_counts_from_applications();
--> statement-breakpoint
CREATE TRIGGER applications_stage_counts_delete AFTER DELETE ON applications
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_application_counts_from_applications();
--> statement-breakpoint
-- The triggers exist (and hold their lock on applications) before the backfill, so no application
-- written meanwhile is missed or counted twice.
INSERT INTO stage_application_counts (stage_id, applications)
SELECT stage_id, count(*)::int FROM applications GROUP BY stage_id;
