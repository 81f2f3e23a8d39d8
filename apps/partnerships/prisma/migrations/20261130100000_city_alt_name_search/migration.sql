-- Other names of a city as one text, each preceded by the unit separator (0x1f), so that a
-- prefix of any one name is the pattern 0x1f + prefix, which a trigram index serves
CREATE FUNCTION city_alt_names_text(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT E'\x1f' || array_to_string($1, E'\x1f') $$;

CREATE INDEX "cities_alt_names_trgm_idx" ON "cities" USING GIN (city_alt_names_text("alt_names") gin_trgm_ops) WITH (fastupdate = off);

-- The gazetteer is loaded in bulk: pending-list entries of a fast-update GIN index would
-- slow every search that touches it until the next vacuum
ALTER INDEX "cities_alt_names_idx" SET (fastupdate = off);
