-- Character unigrams and bigrams of an enterprise's name and former names, for the library's
-- search (GIN index; pg_trgm ignores Chinese characters in a C-locale database). Declared
-- immutable: it only cuts text (array_to_string is merely stable in general). Costed high so
-- the planner never computes it row by row as a filter (a page-order scan that did took 5 s
-- at 300,000 enterprises) but reads the index.
CREATE FUNCTION enterprise_name_grams(name text, former text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10000 AS $$
  SELECT coalesce(array_agg(DISTINCT y.g), '{}'::text[]) FROM (
    SELECT substr(s.t, i, v.n) AS g, v.n
    FROM (SELECT $1 || chr(10) || array_to_string($2, chr(10)) AS t) s,
      generate_series(1, char_length(s.t)) i, (VALUES (1), (2)) v(n)) y
  WHERE char_length(y.g) = y.n AND strpos(y.g, chr(10)) = 0
$$;--> statement-breakpoint
CREATE TABLE "enterprise_evaluation_counts" (
	"workspace_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title_kind" text NOT NULL,
	"criteria_version_id" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"n" integer NOT NULL,
	"job_id" uuid,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_evaluation_counts_pk" PRIMARY KEY("workspace_id","year","title_kind","criteria_version_id","unit_id","outcome")
);
--> statement-breakpoint
DROP INDEX "enterprises_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "enterprise_evaluation_counts" ADD CONSTRAINT "enterprise_evaluation_counts_unit_fk" FOREIGN KEY ("workspace_id","unit_id") REFERENCES "public"."units"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprises_page_idx" ON "enterprises" USING btree ("workspace_id","pinyin","id");--> statement-breakpoint
CREATE INDEX "enterprises_name_grams_idx" ON "enterprises" USING gin (enterprise_name_grams("name", "former_names"));--> statement-breakpoint
CREATE INDEX "enterprises_pinyin_prefix_idx" ON "enterprises" USING btree ("workspace_id","pinyin" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprises_uscc_prefix_idx" ON "enterprises" USING btree ("workspace_id","uscc" text_pattern_ops);--> statement-breakpoint
-- Results are now stored only for 'qualifies' and 'nearly'; every outcome is counted per unit.
INSERT INTO "enterprise_evaluation_counts" ("workspace_id", "year", "title_kind",
  "criteria_version_id", "unit_id", "outcome", "n", "evaluated_at")
SELECT x."workspace_id", x."year", x."title_kind", x."criteria_version_id", e."unit_id",
  x."outcome", count(*)::int, max(x."evaluated_at")
FROM "enterprise_evaluation_results" x
JOIN "enterprises" e ON e."workspace_id" = x."workspace_id" AND e."id" = x."enterprise_id"
GROUP BY 1, 2, 3, 4, 5, 6;--> statement-breakpoint
DELETE FROM "enterprise_evaluation_results" WHERE "outcome" NOT IN ('qualifies', 'nearly');
