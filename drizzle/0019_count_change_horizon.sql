-- The newest transaction whose change records have been pruned. A remembered value whose
-- snapshot's xmin lies above it has lost no record it needs, however long ago it was last
-- confirmed; one below it is computed afresh (src/server/db/count-memo.ts). Before this, a
-- remembered value was trusted for 5 minutes only, so a cockpit opened after a quiet spell
-- counted everything again.
CREATE TABLE "count_change_horizon" (
  "one" boolean PRIMARY KEY DEFAULT true CHECK ("one"),
  "pruned_upto" xid8 NOT NULL
);
--> statement-breakpoint
-- Records may already have been pruned: every transaction that had ended (below the oldest
-- one still running) counts as pruned. A snapshot taken later has an xmin at least that oldest
-- one, so a value computed after this migration is trusted.
INSERT INTO "count_change_horizon" ("pruned_upto")
  VALUES (((pg_snapshot_xmin(pg_current_snapshot())::text::numeric - 1)::text)::xid8);
--> statement-breakpoint
-- As in 0015, with the change logs left out: count_changes and count_change_horizon by
-- name, and matter_fact_changes (0018), written beside the change it records.
CREATE OR REPLACE FUNCTION ensure_count_change_triggers() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  t text;
  n integer := 0;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
    WHERE ns.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT LIKE 'count\_change%'
      AND c.relname NOT IN ('matter_fact_changes', 'sessions', 'notifications', 'audit_events',
        'audit_heads', 'export_jobs')
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g
        WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_count_change')
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION note_count_change()', t || '_count_change', t);
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;
