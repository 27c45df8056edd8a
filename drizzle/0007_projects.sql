CREATE TABLE "programme_entries" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"round_id" uuid,
	"list" text NOT NULL,
	"project_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	CONSTRAINT "programme_entries_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "programme_rounds" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"held_on" date NOT NULL,
	CONSTRAINT "programme_rounds_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_investments" (
	"workspace_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"month" text NOT NULL,
	"ytd_completed" numeric(14, 2) NOT NULL,
	"reported_by" uuid,
	"reported_by_name" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_investments_workspace_id_project_id_month_pk" PRIMARY KEY("workspace_id","project_id","month")
);
--> statement-breakpoint
CREATE TABLE "project_problems" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"matter_id" uuid NOT NULL,
	"raised_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_problems_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"yellow_after_days" integer DEFAULT 5 NOT NULL,
	"red_after_days" integer DEFAULT 15 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"chain" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"total_investment" numeric(14, 2) DEFAULT 0 NOT NULL,
	"annual_plan" numeric(14, 2) DEFAULT 0 NOT NULL,
	"plan_year" integer NOT NULL,
	"period_start" date,
	"period_end" date,
	"signed_on" date,
	"started_on" date,
	"producing_on" date,
	"performing_on" date,
	"completed_on" date,
	"location" text DEFAULT '' NOT NULL,
	"task_force_leader" text DEFAULT '' NOT NULL,
	"task_force_members" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "programme_entries" ADD CONSTRAINT "programme_entries_programme_fk" FOREIGN KEY ("workspace_id","programme_id") REFERENCES "public"."programmes"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD CONSTRAINT "programme_entries_round_fk" FOREIGN KEY ("workspace_id","round_id") REFERENCES "public"."programme_rounds"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_entries" ADD CONSTRAINT "programme_entries_project_fk" FOREIGN KEY ("workspace_id","project_id") REFERENCES "public"."projects"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_rounds" ADD CONSTRAINT "programme_rounds_programme_fk" FOREIGN KEY ("workspace_id","programme_id") REFERENCES "public"."programmes"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_investments" ADD CONSTRAINT "project_investments_project_fk" FOREIGN KEY ("workspace_id","project_id") REFERENCES "public"."projects"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_problems" ADD CONSTRAINT "project_problems_project_fk" FOREIGN KEY ("workspace_id","project_id") REFERENCES "public"."projects"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_problems" ADD CONSTRAINT "project_problems_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_settings" ADD CONSTRAINT "project_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_entries_uq" ON "programme_entries" USING btree ("workspace_id","programme_id","round_id","list","project_id");--> statement-breakpoint
CREATE INDEX "programme_entries_project_idx" ON "programme_entries" USING btree ("workspace_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_rounds_seq_uq" ON "programme_rounds" USING btree ("workspace_id","programme_id","seq");--> statement-breakpoint
CREATE INDEX "project_problems_project_idx" ON "project_problems" USING btree ("workspace_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_problems_matter_uq" ON "project_problems" USING btree ("workspace_id","matter_id");--> statement-breakpoint
CREATE INDEX "projects_unit_idx" ON "projects" USING btree ("workspace_id","unit_id","level");--> statement-breakpoint
CREATE INDEX "projects_name_trgm_idx" ON "projects" USING gin ("name" gin_trgm_ops);