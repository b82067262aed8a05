-- When a candidate's or client's segment fields change (or one is created), note it in subject_changes, in the
-- same transaction: the journey engine reads that log in order and keeps its segments current. A trigger, so no
-- code path that writes these records can forget to.
CREATE FUNCTION note_candidate_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT'
     OR NEW.source IS DISTINCT FROM OLD.source
     OR NEW.branch_id IS DISTINCT FROM OLD.branch_id
     OR NEW.owner_id IS DISTINCT FROM OLD.owner_id
     OR NEW.job_category IS DISTINCT FROM OLD.job_category
     OR NEW.first_name IS DISTINCT FROM OLD.first_name
     OR NEW.last_name IS DISTINCT FROM OLD.last_name THEN
    INSERT INTO subject_changes (firm_id, subject_type, subject_id) VALUES (NEW.firm_id, 'candidate', NEW.id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER candidates_note_change AFTER INSERT OR UPDATE ON candidates
  FOR EACH ROW EXECUTE FUNCTION note_candidate_change();
--> statement-breakpoint
CREATE FUNCTION note_client_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT'
     OR NEW.source IS DISTINCT FROM OLD.source
     OR NEW.branch_id IS DISTINCT FROM OLD.branch_id
     OR NEW.owner_id IS DISTINCT FROM OLD.owner_id
     OR NEW.industry IS DISTINCT FROM OLD.industry
     OR NEW.name IS DISTINCT FROM OLD.name THEN
    INSERT INTO subject_changes (firm_id, subject_type, subject_id) VALUES (NEW.firm_id, 'client', NEW.id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER clients_note_change AFTER INSERT OR UPDATE ON clients
  FOR EACH ROW EXECUTE FUNCTION note_client_change();
