-- Memoised counts (src/server/db/count-memo.ts): one row per transaction that changed a
-- table the matter counts read. A count remembered at database snapshot S stays exact while
-- no transaction invisible to S has committed a row here; the backlog and overdue totals are
-- then answered without re-counting tens of thousands of index entries per request.
-- Insert-only (no hot row): concurrent writers never wait on each other here.
CREATE TABLE "count_changes" (
  "xid" xid8 PRIMARY KEY,
  -- Set by the pruner once the transaction has ended (committed or not): rows are deleted
  -- a fixed time after that, never before a remembered count could still need them.
  "finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "count_changes_finished_idx" ON "count_changes" ("finished_at");
--> statement-breakpoint
CREATE FUNCTION "note_count_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO count_changes (xid) VALUES (pg_current_xact_id()) ON CONFLICT (xid) DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "matters_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "matters"
  FOR EACH STATEMENT EXECUTE FUNCTION note_count_change();
--> statement-breakpoint
CREATE TRIGGER "matter_cooperators_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "matter_cooperators"
  FOR EACH STATEMENT EXECUTE FUNCTION note_count_change();
--> statement-breakpoint
CREATE TRIGGER "units_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION note_count_change();
--> statement-breakpoint
CREATE TRIGGER "matter_nodes_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "matter_nodes"
  FOR EACH STATEMENT EXECUTE FUNCTION note_count_change();
