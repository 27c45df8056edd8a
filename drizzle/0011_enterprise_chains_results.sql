CREATE TABLE "enterprise_evaluation_results" (
	"workspace_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title_kind" text NOT NULL,
	"criteria_version_id" text NOT NULL,
	"outcome" text NOT NULL,
	"score" double precision,
	"gaps" jsonb NOT NULL,
	"job_id" uuid,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_evaluation_results_pk" PRIMARY KEY("workspace_id","year","title_kind","criteria_version_id","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "industry_chains" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"government_leader" text DEFAULT '' NOT NULL,
	"government_leader_post" text DEFAULT '' NOT NULL,
	"alliance_leader_id" uuid,
	"sort_key" integer DEFAULT 0 NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industry_chains_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "enterprise_evaluation_results" ADD CONSTRAINT "enterprise_evaluation_results_enterprise_fk" FOREIGN KEY ("workspace_id","enterprise_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_chains" ADD CONSTRAINT "industry_chains_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_chains" ADD CONSTRAINT "industry_chains_alliance_leader_fk" FOREIGN KEY ("workspace_id","alliance_leader_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_evaluation_results_enterprise_idx" ON "enterprise_evaluation_results" USING btree ("workspace_id","enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "industry_chains_name_uq" ON "industry_chains" USING btree ("workspace_id","name");