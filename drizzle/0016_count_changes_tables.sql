-- Each change record names the table that changed (its oid), so a remembered value is
-- recomputed only when a table it read has changed (memoTracked in src/server/db/count-memo.ts):
-- a progress report on a matter no longer throws away the cockpit's targets or the programme
-- dashboard. Records written before this migration name no table (0) and count as any table.
ALTER TABLE "count_changes" ADD COLUMN "rel" oid NOT NULL DEFAULT 0;
--> statement-breakpoint
ALTER TABLE "count_changes" DROP CONSTRAINT "count_changes_pkey";
--> statement-breakpoint
ALTER TABLE "count_changes" ADD PRIMARY KEY ("xid", "rel");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "note_count_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO count_changes (xid, rel) VALUES (pg_current_xact_id(), TG_RELID)
    ON CONFLICT (xid, rel) DO NOTHING;
  RETURN NULL;
END $$;
