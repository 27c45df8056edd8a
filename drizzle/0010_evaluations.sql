CREATE TABLE "evaluation_manual_scores" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"period" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"reason" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"current" boolean DEFAULT true NOT NULL,
	"entered_by" uuid,
	"entered_by_name" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_manual_scores_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_scheme_versions" (
	"workspace_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_scheme_versions_workspace_id_scheme_id_version_pk" PRIMARY KEY("workspace_id","scheme_id","version")
);
--> statement-breakpoint
CREATE TABLE "evaluation_schemes" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"default_period" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_schemes_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_manual_scores" ADD CONSTRAINT "evaluation_manual_scores_scheme_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."evaluation_schemes"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_manual_scores" ADD CONSTRAINT "evaluation_manual_scores_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scheme_versions" ADD CONSTRAINT "evaluation_scheme_versions_scheme_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."evaluation_schemes"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_schemes" ADD CONSTRAINT "evaluation_schemes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_schemes" ADD CONSTRAINT "evaluation_schemes_organiser_fk" FOREIGN KEY ("workspace_id","organiser_unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_manual_scores_current_uq" ON "evaluation_manual_scores" USING btree ("workspace_id","scheme_id","period","item_key","unit_id") WHERE "evaluation_manual_scores"."current";--> statement-breakpoint
CREATE INDEX "evaluation_manual_scores_scheme_idx" ON "evaluation_manual_scores" USING btree ("workspace_id","scheme_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_schemes_code_uq" ON "evaluation_schemes" USING btree ("workspace_id","code");