-- Which programme list entries changed, and in which transaction, so the entries a programme's
-- figures are computed from (18,000 at province scale) are kept in memory and brought up to
-- date by re-reading the few that changed, instead of read again after every monthly report
-- (memoEntryRows in src/server/db/entry-rows-memo.ts). Written by a row trigger in the
-- writer's transaction: a record is visible exactly when its change is. Like
-- matter_fact_changes (0018) it gets no count_changes trigger and is pruned with count_changes.
CREATE TABLE "programme_entry_changes" (
  "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
  "workspace_id" uuid,
  "programme_id" uuid,
  -- null: the table was truncated (every remembered entry set is read again).
  "id" uuid
);
--> statement-breakpoint
CREATE INDEX "programme_entry_changes_xid_idx" ON "programme_entry_changes" ("xid");
--> statement-breakpoint
-- An entry added, changed (a project's facts are pushed onto its entries by 0017's triggers)
-- or removed, under the programme it was in and the one it is in now.
CREATE FUNCTION "note_programme_entry_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO programme_entry_changes (workspace_id, programme_id, id)
      VALUES (OLD.workspace_id, OLD.programme_id, OLD.id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE'
      AND (OLD.workspace_id, OLD.programme_id, OLD.id)
        IS DISTINCT FROM (NEW.workspace_id, NEW.programme_id, NEW.id)) THEN
    INSERT INTO programme_entry_changes (workspace_id, programme_id, id)
      VALUES (NEW.workspace_id, NEW.programme_id, NEW.id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "note_programme_entries_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO programme_entry_changes (id) VALUES (NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "programme_entries_noted" AFTER INSERT OR UPDATE OR DELETE ON "programme_entries"
  FOR EACH ROW EXECUTE FUNCTION note_programme_entry_change();
--> statement-breakpoint
CREATE TRIGGER "programme_entries_truncated" AFTER TRUNCATE ON "programme_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION note_programme_entries_truncated();
--> statement-breakpoint
-- As in 0019, with programme_entry_changes left out too.
CREATE OR REPLACE FUNCTION ensure_count_change_triggers() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  t text;
  n integer := 0;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
    WHERE ns.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT LIKE 'count\_change%'
      AND c.relname NOT IN ('matter_fact_changes', 'programme_entry_changes', 'sessions',
        'notifications', 'audit_events', 'audit_heads', 'export_jobs')
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g
        WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_count_change')
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION note_count_change()', t || '_count_change', t);
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;
