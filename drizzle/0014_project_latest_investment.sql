ALTER TABLE "projects" ADD COLUMN IF NOT EXISTS "ytd_month" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN IF NOT EXISTS "ytd_completed" numeric(14, 2);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "projects_plan_year_idx" ON "projects" USING btree ("workspace_id","plan_year","ytd_month");--> statement-breakpoint
-- Backfill: each project's latest report within its plan year (months sort as text).
UPDATE "projects" p SET "ytd_month" = l.month, "ytd_completed" = l.ytd_completed
FROM (
  SELECT DISTINCT ON (i.workspace_id, i.project_id) i.workspace_id, i.project_id, i.month, i.ytd_completed
  FROM "project_investments" i
  JOIN "projects" q ON q.workspace_id = i.workspace_id AND q.id = i.project_id
  WHERE i.month LIKE q.plan_year::text || '-%'
  ORDER BY i.workspace_id, i.project_id, i.month DESC
) l
WHERE p.workspace_id = l.workspace_id AND p.id = l.project_id;
