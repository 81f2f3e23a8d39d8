-- Indexes of the public directory (apps/partnerships/src/directory).

-- Text search: substring match of the gazetteer's normalized city names (LIKE with a
-- leading wildcard), then partnerships by their indexed city ids. No pending list
-- (fastupdate off): the gazetteer is loaded in bulk right after the migrations, and a
-- long pending list is scanned whole by every search until a vacuum merges it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "cities_search_name_trgm_idx" ON "cities" USING GIN ("search_name" gin_trgm_ops) WITH (fastupdate = off);

-- The directory looks up the other city of every partnership it finds: with each column
-- it reads in the index, a lookup never visits the table (index-only scan).
CREATE INDEX "cities_directory_probe_idx" ON "cities" ("id") INCLUDE ("search_name", "name", "country_code", "region_code", "alt_names");

-- Region filter without a country (with one, cities_country_code_region_code_idx serves).
CREATE INDEX "cities_region_code_idx" ON "cities" ("region_code");

-- Sort orders: walking cities by name (or by country, then name) finds the first page of
-- a large result without sorting it whole. The prefix index of the gazetteer uses
-- text_pattern_ops, which the planner cannot use for ORDER BY.
CREATE INDEX "cities_search_name_id_idx" ON "cities" ("search_name", "id");
CREATE INDEX "cities_country_code_search_name_id_idx" ON "cities" ("country_code", "search_name", "id");

-- Year filters and the start date sorts (oldest first, newest first, unknown dates last).
CREATE INDEX "partnerships_start_date_idx" ON "partnerships" ("start_date");
CREATE INDEX "partnerships_start_date_desc_idx" ON "partnerships" ("start_date" DESC NULLS LAST);
