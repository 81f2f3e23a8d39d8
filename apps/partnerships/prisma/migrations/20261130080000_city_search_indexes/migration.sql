-- Cities ordered by population: searches without a name filter (and by alternate name)
-- walk this instead of sorting the table
CREATE INDEX "cities_population_idx" ON "cities" ("population" DESC, "id");
