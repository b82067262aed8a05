-- The touchpoint log is append-only: a correction is a new touchpoint that voids an earlier one.
-- The rule is held by the database itself, so no code path (or hand-typed SQL) can rewrite history.
CREATE FUNCTION touchpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'touchpoints are append-only; record a correction that voids the earlier touchpoint'
    USING ERRCODE = 'raise_exception';
END
$$;
--> statement-breakpoint
CREATE TRIGGER touchpoints_no_update_or_delete BEFORE UPDATE OR DELETE ON touchpoints
  FOR EACH ROW EXECUTE FUNCTION touchpoints_append_only();
--> statement-breakpoint
CREATE TRIGGER touchpoints_no_truncate BEFORE TRUNCATE ON touchpoints
  FOR EACH STATEMENT EXECUTE FUNCTION touchpoints_append_only();
