-- The counted facts of every changed matter, before (-1) and after (+1) the change, so a
-- remembered count over 300,000 matters is brought up to date from the few rows that changed
-- instead of being counted again (memoMatterCounts in src/server/db/matter-counts-memo.ts).
-- Written by statement triggers from the transition tables, in the writer's transaction: a
-- record is visible exactly when its change is. Pruned with count_changes: a record goes once
-- its transaction has ended and count_changes no longer holds a record of it.
CREATE TABLE "matter_fact_changes" (
  "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
  -- +1: the facts after the change (insert, update); -1: before it (update, delete);
  -- 0: the table was truncated (nothing can be brought up to date across it).
  "sign" smallint NOT NULL,
  "workspace_id" uuid,
  "id" uuid,
  "lead_unit_id" uuid,
  "list_id" uuid,
  "lead_leader" text,
  "status" text,
  "assigned_on" date,
  "closed_on" date,
  "final_due" date,
  "next_due" date
);
--> statement-breakpoint
CREATE INDEX "matter_fact_changes_xid_idx" ON "matter_fact_changes" ("xid");
--> statement-breakpoint
CREATE FUNCTION "note_matter_facts_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO matter_fact_changes (sign, workspace_id, id, lead_unit_id, list_id, lead_leader,
      status, assigned_on, closed_on, final_due, next_due)
    SELECT 1, n.workspace_id, n.id, n.lead_unit_id, n.list_id, n.lead_leader, n.status,
      n.assigned_on, n.closed_on, n.final_due, n.next_due
    FROM new_rows n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "note_matter_facts_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO matter_fact_changes (sign, workspace_id, id, lead_unit_id, list_id, lead_leader,
      status, assigned_on, closed_on, final_due, next_due)
    SELECT -1, o.workspace_id, o.id, o.lead_unit_id, o.list_id, o.lead_leader, o.status,
      o.assigned_on, o.closed_on, o.final_due, o.next_due
    FROM old_rows o;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Only rows whose counted facts changed: a progress report that moves no date writes nothing.
CREATE FUNCTION "note_matter_facts_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO matter_fact_changes (sign, workspace_id, id, lead_unit_id, list_id, lead_leader,
      status, assigned_on, closed_on, final_due, next_due)
    SELECT f.*
    FROM old_rows o
    JOIN new_rows n ON n.workspace_id = o.workspace_id AND n.id = o.id
    CROSS JOIN LATERAL (VALUES
      (-1::smallint, o.workspace_id, o.id, o.lead_unit_id, o.list_id, o.lead_leader, o.status,
        o.assigned_on, o.closed_on, o.final_due, o.next_due),
      (1::smallint, n.workspace_id, n.id, n.lead_unit_id, n.list_id, n.lead_leader, n.status,
        n.assigned_on, n.closed_on, n.final_due, n.next_due)) f
    WHERE (o.lead_unit_id, o.list_id, o.lead_leader, o.status, o.assigned_on, o.closed_on,
        o.final_due, o.next_due)
      IS DISTINCT FROM (n.lead_unit_id, n.list_id, n.lead_leader, n.status, n.assigned_on,
        n.closed_on, n.final_due, n.next_due);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "note_matters_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO matter_fact_changes (sign) VALUES (0);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "matters_facts_inserted" AFTER INSERT ON "matters"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_matter_facts_inserted();
--> statement-breakpoint
CREATE TRIGGER "matters_facts_deleted" AFTER DELETE ON "matters"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_matter_facts_deleted();
--> statement-breakpoint
CREATE TRIGGER "matters_facts_updated" AFTER UPDATE ON "matters"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION note_matter_facts_updated();
--> statement-breakpoint
CREATE TRIGGER "matters_truncated" AFTER TRUNCATE ON "matters"
  FOR EACH STATEMENT EXECUTE FUNCTION note_matters_truncated();
--> statement-breakpoint
-- As in 0015, with matter_fact_changes left out: it is a change log itself, written beside
-- the change it records, and feeds no figure directly.
CREATE OR REPLACE FUNCTION ensure_count_change_triggers() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  t text;
  n integer := 0;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
    WHERE ns.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('count_changes', 'matter_fact_changes', 'sessions', 'notifications',
        'audit_events', 'audit_heads', 'export_jobs')
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g
        WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_count_change')
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION note_count_change()', t || '_count_change', t);
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;
