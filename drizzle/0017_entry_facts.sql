ALTER TABLE "programme_entries" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "level" text;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "signed_on" date;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "started_on" date;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "producing_on" date;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "performing_on" date;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "completed_on" date;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "plan_year" integer;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "annual_plan" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "ytd_month" text;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD COLUMN "ytd_completed" numeric(14, 2);--> statement-breakpoint
-- The facts are copied from the project when an entry is written (BEFORE: the row goes in
-- complete) and pushed to its entries whenever one of them changes on the project, by any
-- route or by hand: counting a programme then reads its entries alone.
CREATE FUNCTION "programme_entry_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.unit_id, p.level, p.signed_on, p.started_on, p.producing_on, p.performing_on,
      p.completed_on, p.plan_year, p.annual_plan, p.ytd_month, p.ytd_completed
    INTO NEW.unit_id, NEW.level, NEW.signed_on, NEW.started_on, NEW.producing_on,
      NEW.performing_on, NEW.completed_on, NEW.plan_year, NEW.annual_plan, NEW.ytd_month,
      NEW.ytd_completed
    FROM projects p WHERE p.workspace_id = NEW.workspace_id AND p.id = NEW.project_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "programme_entries_facts" BEFORE INSERT OR UPDATE ON "programme_entries"
  FOR EACH ROW EXECUTE FUNCTION programme_entry_facts();
--> statement-breakpoint
CREATE FUNCTION "project_facts_to_entries"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The entries' own trigger copies the facts again from the project row as it now is.
  UPDATE programme_entries SET project_id = project_id
    WHERE workspace_id = NEW.workspace_id AND project_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "projects_facts_to_entries" AFTER UPDATE ON "projects"
  FOR EACH ROW WHEN ((OLD.unit_id, OLD.level, OLD.signed_on, OLD.started_on, OLD.producing_on,
      OLD.performing_on, OLD.completed_on, OLD.plan_year, OLD.annual_plan, OLD.ytd_month,
      OLD.ytd_completed)
    IS DISTINCT FROM (NEW.unit_id, NEW.level, NEW.signed_on, NEW.started_on, NEW.producing_on,
      NEW.performing_on, NEW.completed_on, NEW.plan_year, NEW.annual_plan, NEW.ytd_month,
      NEW.ytd_completed))
  EXECUTE FUNCTION project_facts_to_entries();
--> statement-breakpoint
UPDATE programme_entries SET project_id = project_id;
