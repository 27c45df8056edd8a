CREATE TABLE "indicator_reports" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"value" double precision,
	"note" text,
	"current" boolean DEFAULT true NOT NULL,
	"corrects_id" uuid,
	"correction_reason" text,
	"reported_by" uuid,
	"reporter_name" text NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "indicator_reports_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"canonical_name" text NOT NULL,
	"measure_unit" text NOT NULL,
	"kind" text NOT NULL,
	"direction" text NOT NULL,
	"cumulative" boolean NOT NULL,
	"frequency" text NOT NULL,
	"reporting_unit_id" uuid,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "target_judgements" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"target_id" uuid NOT NULL,
	"month" smallint NOT NULL,
	"verdict" text NOT NULL,
	"reason" text NOT NULL,
	"current" boolean DEFAULT true NOT NULL,
	"judged_by" uuid,
	"judge_name" text NOT NULL,
	"judged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "target_judgements_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "target_plans" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"source" text,
	"tolerance" double precision,
	"report_due_day" smallint DEFAULT 10 NOT NULL,
	"yellow_from" double precision DEFAULT 10 NOT NULL,
	"red_from" double precision DEFAULT 30 NOT NULL,
	"not_started_months" smallint DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_plans_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"parent_id" uuid,
	"unit_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"line_no" smallint DEFAULT 1 NOT NULL,
	"wording" text NOT NULL,
	"parsed" jsonb NOT NULL,
	"parsed_auto" jsonb NOT NULL,
	"parsed_by" text DEFAULT 'auto' NOT NULL,
	"override_reason" text,
	"tolerance" double precision,
	"control_value" double precision,
	"reference_values" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_indicator_fk" FOREIGN KEY ("workspace_id","indicator_id") REFERENCES "public"."indicators"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_user_fk" FOREIGN KEY ("workspace_id","reported_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_reporting_unit_fk" FOREIGN KEY ("workspace_id","reporting_unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_judgements" ADD CONSTRAINT "target_judgements_target_fk" FOREIGN KEY ("workspace_id","target_id") REFERENCES "public"."targets"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_plans" ADD CONSTRAINT "target_plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_plans" ADD CONSTRAINT "target_plans_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_plan_fk" FOREIGN KEY ("workspace_id","plan_id") REFERENCES "public"."target_plans"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_parent_fk" FOREIGN KEY ("workspace_id","parent_id") REFERENCES "public"."targets"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_fk" FOREIGN KEY ("workspace_id","indicator_id") REFERENCES "public"."indicators"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_reports_current_uq" ON "indicator_reports" USING btree ("workspace_id","indicator_id","year","month","unit_id") WHERE "indicator_reports"."current";--> statement-breakpoint
CREATE INDEX "indicator_reports_history_idx" ON "indicator_reports" USING btree ("workspace_id","unit_id","indicator_id","year","month");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_canonical_uq" ON "indicators" USING btree ("workspace_id","canonical_name");--> statement-breakpoint
CREATE UNIQUE INDEX "target_judgements_current_uq" ON "target_judgements" USING btree ("workspace_id","target_id","month") WHERE "target_judgements"."current";--> statement-breakpoint
CREATE UNIQUE INDEX "target_plans_uq" ON "target_plans" USING btree ("workspace_id","unit_id","year","title");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_line_uq" ON "targets" USING btree ("workspace_id","plan_id","indicator_id","unit_id");--> statement-breakpoint
CREATE INDEX "targets_parent_idx" ON "targets" USING btree ("workspace_id","parent_id");--> statement-breakpoint
CREATE INDEX "targets_unit_idx" ON "targets" USING btree ("workspace_id","unit_id");