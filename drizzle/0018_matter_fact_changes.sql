-- The counted facts of every changed matter, before (-1) and after (+1) the change, so a
-- remembered count over 300,000 matters is brought up to date from the few rows that changed
-- instead of being counted again (memoMatterCounts in src/server/db/matter-counts-memo.ts).
-- Written by triggers in the writer's transaction: a record is visible exactly when its
-- change is. The table gets no count_changes trigger of its own (0019 leaves it out). Pruned with count_changes: a record goes once
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
-- Row triggers: an update that moves no counted fact (a progress report's text, the
-- reminders sent) is filtered out by the WHEN clause before any function runs, and nothing
-- is captured for the statement (transition tables would copy every updated row).
CREATE FUNCTION "note_matter_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO matter_fact_changes (sign, workspace_id, id, lead_unit_id, list_id, lead_leader,
        status, assigned_on, closed_on, final_due, next_due)
      VALUES (-1, OLD.workspace_id, OLD.id, OLD.lead_unit_id, OLD.list_id, OLD.lead_leader,
        OLD.status, OLD.assigned_on, OLD.closed_on, OLD.final_due, OLD.next_due);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO matter_fact_changes (sign, workspace_id, id, lead_unit_id, list_id, lead_leader,
        status, assigned_on, closed_on, final_due, next_due)
      VALUES (1, NEW.workspace_id, NEW.id, NEW.lead_unit_id, NEW.list_id, NEW.lead_leader,
        NEW.status, NEW.assigned_on, NEW.closed_on, NEW.final_due, NEW.next_due);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "note_matters_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO matter_fact_changes (sign) VALUES (0);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "matters_facts_added_or_removed" AFTER INSERT OR DELETE ON "matters"
  FOR EACH ROW EXECUTE FUNCTION note_matter_facts();
--> statement-breakpoint
CREATE TRIGGER "matters_facts_changed" AFTER UPDATE ON "matters" FOR EACH ROW
  WHEN ((OLD.lead_unit_id, OLD.list_id, OLD.lead_leader, OLD.status, OLD.assigned_on,
      OLD.closed_on, OLD.final_due, OLD.next_due)
    IS DISTINCT FROM (NEW.lead_unit_id, NEW.list_id, NEW.lead_leader, NEW.status,
      NEW.assigned_on, NEW.closed_on, NEW.final_due, NEW.next_due))
  EXECUTE FUNCTION note_matter_facts();
--> statement-breakpoint
CREATE TRIGGER "matters_truncated" AFTER TRUNCATE ON "matters"
  FOR EACH STATEMENT EXECUTE FUNCTION note_matters_truncated();
