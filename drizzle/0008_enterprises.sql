CREATE TABLE "criteria_versions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title_kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"effective_from" date NOT NULL,
	"params" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criteria_versions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_cultivation_targets" (
	"workspace_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"metric" text NOT NULL,
	"target" integer NOT NULL,
	CONSTRAINT "enterprise_cultivation_targets_workspace_id_unit_id_year_metric_pk" PRIMARY KEY("workspace_id","unit_id","year","metric")
);
--> statement-breakpoint
CREATE TABLE "enterprise_departments" (
	"workspace_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "enterprise_departments_workspace_id_unit_id_pk" PRIMARY KEY("workspace_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_figure_revisions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_name" text NOT NULL,
	"source" text NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL,
	CONSTRAINT "enterprise_figure_revisions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_figures" (
	"workspace_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"revenue" double precision,
	"main_revenue" double precision,
	"rd_expense" double precision,
	"rd_expense_domestic" double precision,
	"employees" integer,
	"rd_staff" integer,
	"st_staff" integer,
	"debt_ratio" double precision,
	"ip_class_i_high_value" integer,
	"ip_class_i_self" integer,
	"ip_class_i" integer,
	"ip_class_ii" integer,
	"ip_main_product_class_i" integer,
	"equity_financing" double precision,
	"years_in_niche" double precision,
	"market_share" double precision,
	"high_tech_income_share" double precision,
	"zjtx_scores" jsonb,
	"ht_innovation_score" double precision,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_figures_workspace_id_enterprise_id_year_pk" PRIMARY KEY("workspace_id","enterprise_id","year")
);
--> statement-breakpoint
CREATE TABLE "enterprise_matters" (
	"workspace_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_matters_workspace_id_enterprise_id_matter_id_pk" PRIMARY KEY("workspace_id","enterprise_id","matter_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_titles" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"certificate_no" text DEFAULT '' NOT NULL,
	"granted_on" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_titles_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"former_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"unit_id" uuid NOT NULL,
	"industry_code" text DEFAULT '' NOT NULL,
	"chain" text DEFAULT '' NOT NULL,
	"strategic_emerging" boolean DEFAULT false NOT NULL,
	"scale" text DEFAULT 'below' NOT NULL,
	"listing" text DEFAULT 'unlisted' NOT NULL,
	"registered_on" date,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"service_officer" text DEFAULT '' NOT NULL,
	"service_officer_user_id" uuid,
	"synthetic" boolean DEFAULT false NOT NULL,
	"pinyin" text NOT NULL,
	"pinyin_initials" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_ladder_steps" (
	"workspace_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"step" text NOT NULL,
	"reached_on" date NOT NULL,
	CONSTRAINT "enterprise_ladder_steps_workspace_id_enterprise_id_step_pk" PRIMARY KEY("workspace_id","enterprise_id","step")
);
--> statement-breakpoint
CREATE TABLE "enterprise_seed_pool" (
	"workspace_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"target_kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_seed_pool_workspace_id_enterprise_id_year_pk" PRIMARY KEY("workspace_id","enterprise_id","year")
);
--> statement-breakpoint
ALTER TABLE "criteria_versions" ADD CONSTRAINT "criteria_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_cultivation_targets" ADD CONSTRAINT "enterprise_cultivation_targets_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_departments" ADD CONSTRAINT "enterprise_departments_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_figure_revisions" ADD CONSTRAINT "enterprise_figure_revisions_enterprise_fk" FOREIGN KEY ("workspace_id","enterprise_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_figures" ADD CONSTRAINT "enterprise_figures_enterprise_fk" FOREIGN KEY ("workspace_id","enterprise_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_matters" ADD CONSTRAINT "enterprise_matters_enterprise_fk" FOREIGN KEY ("workspace_id","enterprise_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_titles" ADD CONSTRAINT "enterprise_titles_enterprise_fk" FOREIGN KEY ("workspace_id","enterprise_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_ladder_steps" ADD CONSTRAINT "enterprise_ladder_steps_enterprise_fk" FOREIGN KEY ("workspace_id","enterprise_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_seed_pool" ADD CONSTRAINT "enterprise_seed_pool_enterprise_fk" FOREIGN KEY ("workspace_id","enterprise_id") REFERENCES "public"."enterprises"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "criteria_versions_uq" ON "criteria_versions" USING btree ("workspace_id","title_kind","effective_from");--> statement-breakpoint
CREATE INDEX "enterprise_figure_revisions_idx" ON "enterprise_figure_revisions" USING btree ("workspace_id","enterprise_id","year");--> statement-breakpoint
CREATE INDEX "enterprise_figures_year_idx" ON "enterprise_figures" USING btree ("workspace_id","year");--> statement-breakpoint
CREATE INDEX "enterprise_matters_matter_idx" ON "enterprise_matters" USING btree ("workspace_id","matter_id");--> statement-breakpoint
CREATE INDEX "enterprise_titles_enterprise_idx" ON "enterprise_titles" USING btree ("workspace_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_titles_kind_idx" ON "enterprise_titles" USING btree ("workspace_id","kind","granted_on");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_uscc_uq" ON "enterprises" USING btree ("workspace_id","uscc");--> statement-breakpoint
CREATE INDEX "enterprises_unit_idx" ON "enterprises" USING btree ("workspace_id","unit_id");--> statement-breakpoint
CREATE INDEX "enterprises_name_trgm_idx" ON "enterprises" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_initials_idx" ON "enterprises" USING btree ("workspace_id","pinyin_initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprise_ladder_steps_step_idx" ON "enterprise_ladder_steps" USING btree ("workspace_id","step","reached_on");