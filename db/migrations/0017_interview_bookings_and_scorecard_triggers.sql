-- btree_gist lets one GiST index compare the user id (=) and the time range (&&) together:
-- the exclusion constraint below refuses two overlapping bookings of one interviewer, in any
-- transaction, however the rows arrive. (A trusted extension: the database owner may create it.)
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE interviewer_bookings
  ADD CONSTRAINT interviewer_bookings_no_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&);
--> statement-breakpoint
ALTER TABLE interviewer_bookings
  ADD CONSTRAINT interviewer_bookings_during_bounded CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during));
--> statement-breakpoint
-- The applicant table sorts by the average recommendation: a copy on applications, kept in the
-- scorecard's own transaction (as ratings_refresh_average does for ratings, migration 0005).
CREATE FUNCTION scorecards_refresh_average() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target integer := COALESCE(NEW.application_id, OLD.application_id);
BEGIN
  PERFORM 1 FROM public.applications WHERE id = target FOR UPDATE;
  UPDATE public.applications a
     SET scorecard_average = s.average, scorecard_count = s.count
    FROM (SELECT round(avg(CASE recommendation WHEN 'strong_no' THEN 1 WHEN 'no' THEN 2 WHEN 'yes' THEN 3 ELSE 4 END)::numeric, 2) AS average,
                 count(*)::int AS count
            FROM public.scorecards WHERE application_id = target) s
   WHERE a.id = target;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER scorecards_refresh_average AFTER INSERT OR UPDATE OF recommendation OR DELETE ON scorecards
  FOR EACH ROW EXECUTE FUNCTION scorecards_refresh_average();
--> statement-breakpoint
-- The reasons every install starts with; admins edit the list at /admin/rejection-reasons.
INSERT INTO rejection_reasons (label, position) VALUES
  ('Not enough relevant experience', 0),
  ('Skills do not match the role', 1),
  ('Another candidate was a better fit', 2),
  ('Pay expectations do not match', 3),
  ('Location or work authorisation', 4),
  ('Did not respond', 5),
  ('Position filled or closed', 6),
  ('Other', 7)
ON CONFLICT DO NOTHING;
