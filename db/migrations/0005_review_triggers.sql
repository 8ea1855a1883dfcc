-- Keep the sort and search copies on applications in step with their sources, inside the
-- same transaction as the change, so the applicant list can sort by an index on one table.

CREATE FUNCTION applications_fill_copies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT lower(c.last_name || ' ' || c.first_name),
         lower(c.first_name || ' ' || c.last_name || ' ' || c.email)
    INTO NEW.sort_name, NEW.search_text
    FROM public.candidates c WHERE c.id = NEW.candidate_id;
  SELECT s.position INTO NEW.stage_position FROM public.stages s WHERE s.id = NEW.stage_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER applications_fill_copies BEFORE INSERT OR UPDATE OF candidate_id, stage_id ON applications
  FOR EACH ROW EXECUTE FUNCTION applications_fill_copies();
--> statement-breakpoint
CREATE FUNCTION candidates_propagate_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.applications
     SET sort_name = lower(NEW.last_name || ' ' || NEW.first_name),
         search_text = lower(NEW.first_name || ' ' || NEW.last_name || ' ' || NEW.email)
   WHERE candidate_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER candidates_propagate_names AFTER UPDATE OF first_name, last_name, email ON candidates
  FOR EACH ROW WHEN ((OLD.first_name, OLD.last_name, OLD.email) IS DISTINCT FROM (NEW.first_name, NEW.last_name, NEW.email))
  EXECUTE FUNCTION candidates_propagate_names();
--> statement-breakpoint
CREATE FUNCTION stages_propagate_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.applications SET stage_position = NEW.position WHERE stage_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER stages_propagate_position AFTER UPDATE OF position ON stages
  FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position) EXECUTE FUNCTION stages_propagate_position();
--> statement-breakpoint
-- The application row is locked first, so concurrent ratings recompute one after another,
-- each seeing the other's committed row (plpgsql takes a fresh snapshot per statement).
CREATE FUNCTION ratings_refresh_average() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target integer := COALESCE(NEW.application_id, OLD.application_id);
BEGIN
  PERFORM 1 FROM public.applications WHERE id = target FOR UPDATE;
  UPDATE public.applications a
     SET rating_average = r.average, rating_count = r.count
    FROM (SELECT round(avg(score)::numeric, 2) AS average, count(*)::int AS count
            FROM public.ratings WHERE application_id = target) r
   WHERE a.id = target;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER ratings_refresh_average AFTER INSERT OR UPDATE OR DELETE ON ratings
  FOR EACH ROW EXECUTE FUNCTION ratings_refresh_average();
--> statement-breakpoint
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
-- Existing rows get their copies once.
UPDATE applications SET candidate_id = candidate_id;
