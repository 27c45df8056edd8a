CREATE TABLE "calendar_overrides" (
	"workspace_id" uuid NOT NULL,
	"date" date NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	CONSTRAINT "calendar_overrides_workspace_id_date_pk" PRIMARY KEY("workspace_id","date")
);
--> statement-breakpoint
CREATE TABLE "matter_attachments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_attachments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "matter_cooperators" (
	"workspace_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "matter_cooperators_workspace_id_matter_id_unit_id_pk" PRIMARY KEY("workspace_id","matter_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "matter_events" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"on_date" date NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"detail" jsonb,
	CONSTRAINT "matter_events_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "matter_extensions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"requested_by" uuid,
	"requested_by_name" text NOT NULL,
	"requested_on" date NOT NULL,
	"reason" text NOT NULL,
	"requested_due" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_name" text,
	"decided_on" date,
	"decision_reason" text,
	"granted_due" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_extensions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "matter_lists" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_lists_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "matter_nodes" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"due" date NOT NULL,
	"done_on" date,
	CONSTRAINT "matter_nodes_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "matter_reports" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"reported_on" date NOT NULL,
	"content" text NOT NULL,
	"percent" smallint,
	"cooperating" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_reports_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid,
	"seq" integer,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"lead_leader" text DEFAULT '' NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"complexity" text DEFAULT 'ordinary' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"rule_code" text DEFAULT '13710' NOT NULL,
	"day_kind" text DEFAULT 'natural' NOT NULL,
	"deadlines" jsonb,
	"assigned_on" date,
	"deploy_due" date,
	"feedback_due" date,
	"original_final_due" date,
	"final_due" date,
	"next_node_due" date,
	"next_due" date,
	"signed_on" date,
	"feedback_met_on" date,
	"last_report_on" date,
	"closeout_requested_on" date,
	"closed_on" date,
	"rating" text,
	"extension_pending" boolean DEFAULT false NOT NULL,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"warnings_sent" smallint DEFAULT 0 NOT NULL,
	"notices_sent" smallint DEFAULT 0 NOT NULL,
	"notice_suggested" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matters_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "notice_counters" (
	"workspace_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "notice_counters_workspace_id_prefix_year_pk" PRIMARY KEY("workspace_id","prefix","year")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"matter_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by_name" text NOT NULL,
	"requirements" text NOT NULL,
	"reply_due" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_notices_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "calendar_overrides" ADD CONSTRAINT "calendar_overrides_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_attachments" ADD CONSTRAINT "matter_attachments_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_cooperators" ADD CONSTRAINT "matter_cooperators_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_cooperators" ADD CONSTRAINT "matter_cooperators_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_extensions" ADD CONSTRAINT "matter_extensions_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_lists" ADD CONSTRAINT "matter_lists_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_nodes" ADD CONSTRAINT "matter_nodes_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_reports" ADD CONSTRAINT "matter_reports_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_list_fk" FOREIGN KEY ("workspace_id","list_id") REFERENCES "public"."matter_lists"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_lead_unit_fk" FOREIGN KEY ("workspace_id","lead_unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_matter_fk" FOREIGN KEY ("workspace_id","matter_id") REFERENCES "public"."matters"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matter_attachments_matter_idx" ON "matter_attachments" USING btree ("workspace_id","matter_id");--> statement-breakpoint
CREATE INDEX "matter_cooperators_unit_idx" ON "matter_cooperators" USING btree ("workspace_id","unit_id");--> statement-breakpoint
CREATE INDEX "matter_events_matter_idx" ON "matter_events" USING btree ("workspace_id","matter_id","at");--> statement-breakpoint
CREATE INDEX "matter_extensions_matter_idx" ON "matter_extensions" USING btree ("workspace_id","matter_id");--> statement-breakpoint
CREATE INDEX "matter_nodes_matter_idx" ON "matter_nodes" USING btree ("workspace_id","matter_id","seq");--> statement-breakpoint
CREATE INDEX "matter_nodes_due_idx" ON "matter_nodes" USING btree ("workspace_id","due");--> statement-breakpoint
CREATE INDEX "matter_reports_matter_idx" ON "matter_reports" USING btree ("workspace_id","matter_id","created_at");--> statement-breakpoint
CREATE INDEX "matters_list_idx" ON "matters" USING btree ("workspace_id","list_id","seq");--> statement-breakpoint
CREATE INDEX "matters_lead_unit_idx" ON "matters" USING btree ("workspace_id","lead_unit_id","status");--> statement-breakpoint
CREATE INDEX "matters_open_idx" ON "matters" USING btree ("workspace_id","lead_unit_id","next_due","final_due") WHERE status in ('assigned', 'signed_for', 'in_progress', 'closeout_requested', 'reviewed');--> statement-breakpoint
CREATE INDEX "matters_assigned_on_idx" ON "matters" USING btree ("workspace_id","assigned_on");--> statement-breakpoint
CREATE INDEX "matters_closed_on_idx" ON "matters" USING btree ("workspace_id","closed_on");--> statement-breakpoint
CREATE INDEX "matters_title_trgm_idx" ON "matters" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("workspace_id","user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_notices_number_uq" ON "supervision_notices" USING btree ("workspace_id","prefix","year","seq");--> statement-breakpoint
CREATE INDEX "supervision_notices_matter_idx" ON "supervision_notices" USING btree ("workspace_id","matter_id");