-- Each application keeps the contact details it was sent with. Until now the candidate row
-- (one per email) held them, and every later application with that address rewrote the name
-- shown on all the earlier ones.
ALTER TABLE "applications" ADD COLUMN "first_name" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "last_name" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "linkedin_url" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "website_url" text;--> statement-breakpoint
UPDATE "applications" a
   SET first_name = c.first_name, last_name = c.last_name, phone = c.phone, linkedin_url = c.linkedin_url, website_url = c.website_url
  FROM "candidates" c WHERE c.id = a.candidate_id;--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "first_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "last_name" SET NOT NULL;--> statement-breakpoint
-- The sort and search copies now come from the application's own names (and the candidate's
-- email). An insert that gives no contact details at all (seed and test data written in SQL)
-- takes the candidate row's.
CREATE OR REPLACE FUNCTION applications_fill_copies() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cand record;
BEGIN
  SELECT c.first_name, c.last_name, c.email, c.phone, c.linkedin_url, c.website_url
    INTO cand FROM public.candidates c WHERE c.id = NEW.candidate_id;
  IF TG_OP = 'INSERT' AND NEW.first_name IS NULL AND NEW.last_name IS NULL THEN
    NEW.first_name := cand.first_name;
    NEW.last_name := cand.last_name;
    NEW.phone := cand.phone;
    NEW.linkedin_url := cand.linkedin_url;
    NEW.website_url := cand.website_url;
  END IF;
  NEW.sort_name := lower(NEW.last_name || ' ' || NEW.first_name);
  NEW.search_text := lower(NEW.first_name || ' ' || NEW.last_name || ' ' || cand.email);
  SELECT s.position INTO NEW.stage_position FROM public.stages s WHERE s.id = NEW.stage_id;
  RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER applications_fill_copies ON applications;--> statement-breakpoint
CREATE TRIGGER applications_fill_copies BEFORE INSERT OR UPDATE OF candidate_id, stage_id, first_name, last_name ON applications
  FOR EACH ROW EXECUTE FUNCTION applications_fill_copies();--> statement-breakpoint
-- A candidate's names no longer reach their applications; a changed email still reaches the search copy.
CREATE OR REPLACE FUNCTION candidates_propagate_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.applications
     SET search_text = lower(first_name || ' ' || last_name || ' ' || NEW.email)
   WHERE candidate_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER candidates_propagate_names ON candidates;--> statement-breakpoint
CREATE TRIGGER candidates_propagate_names AFTER UPDATE OF email ON candidates
  FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION candidates_propagate_names();
