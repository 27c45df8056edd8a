-- Every year-to-date report of a project's plan year, { 'YYYY-MM': 万元 }, on the project row
-- beside the latest one (0014; both kept by investment-latest.ts in the report's transaction)
-- and copied onto its list entries with the other facts (0017). The cockpit's month-by-month
-- investment line is then computed from the remembered entries (row-set-memo.ts) instead of
-- reading 32,000 monthly figures again after every report.
ALTER TABLE "projects" ADD COLUMN "plan_year_reports" jsonb;
--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "plan_year_reports" jsonb;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "programme_entry_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.unit_id, p.level, p.signed_on, p.started_on, p.producing_on, p.performing_on,
      p.completed_on, p.plan_year, p.annual_plan, p.ytd_month, p.ytd_completed,
      p.plan_year_reports
    INTO NEW.unit_id, NEW.level, NEW.signed_on, NEW.started_on, NEW.producing_on,
      NEW.performing_on, NEW.completed_on, NEW.plan_year, NEW.annual_plan, NEW.ytd_month,
      NEW.ytd_completed, NEW.plan_year_reports
    FROM projects p WHERE p.workspace_id = NEW.workspace_id AND p.id = NEW.project_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER "projects_facts_to_entries" ON "projects";
--> statement-breakpoint
CREATE TRIGGER "projects_facts_to_entries" AFTER UPDATE ON "projects"
  FOR EACH ROW WHEN ((OLD.unit_id, OLD.level, OLD.signed_on, OLD.started_on, OLD.producing_on,
      OLD.performing_on, OLD.completed_on, OLD.plan_year, OLD.annual_plan, OLD.ytd_month,
      OLD.ytd_completed, OLD.plan_year_reports)
    IS DISTINCT FROM (NEW.unit_id, NEW.level, NEW.signed_on, NEW.started_on, NEW.producing_on,
      NEW.performing_on, NEW.completed_on, NEW.plan_year, NEW.annual_plan, NEW.ytd_month,
      NEW.ytd_completed, NEW.plan_year_reports))
  EXECUTE FUNCTION project_facts_to_entries();
--> statement-breakpoint
-- The reports already made; the trigger above pushes them onto the entries.
UPDATE "projects" p SET "plan_year_reports" = r.reports
  FROM (SELECT i.workspace_id, i.project_id,
      jsonb_object_agg(i.month, i.ytd_completed ORDER BY i.month) AS reports
    FROM project_investments i JOIN projects q
      ON q.workspace_id = i.workspace_id AND q.id = i.project_id
    WHERE i.month LIKE q.plan_year::text || '-%'
    GROUP BY i.workspace_id, i.project_id) r
  WHERE p.workspace_id = r.workspace_id AND p.id = r.project_id;
