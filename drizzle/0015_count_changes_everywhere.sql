-- Every table a remembered value may read marks its changes in count_changes (see
-- 0012_count_memo and src/server/db/count-memo.ts), not only the matter tables: the cockpit
-- and the programme dashboard are remembered too. Left out: tables that change on reads or
-- bookkeeping and feed no figure (sessions, notifications, the audit trail, export jobs).
-- runMigrations calls the function after every migration run, so a table added later gets
-- its trigger without a migration of its own.
CREATE OR REPLACE FUNCTION ensure_count_change_triggers() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  t text;
  n integer := 0;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
    WHERE ns.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('count_changes', 'sessions', 'notifications', 'audit_events',
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
--> statement-breakpoint
SELECT ensure_count_change_triggers();
