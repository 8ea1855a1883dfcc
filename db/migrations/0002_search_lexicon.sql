-- Every distinct word of the published postings. A search term with no exact match is
-- replaced by its closest words here (pg_trgm similarity), so "enginer" finds "engineer".
CREATE MATERIALIZED VIEW "search_lexicon" AS
  SELECT word
  FROM ts_stat($$
    SELECT to_tsvector('simple', title || ' ' || search_text || ' ' || description_markdown)
    FROM public.jobs WHERE status = 'published'
  $$)
  WHERE length(word) >= 3 AND word ~ '^[[:alpha:]]+$';
--> statement-breakpoint
CREATE UNIQUE INDEX "search_lexicon_word_idx" ON "search_lexicon" ("word");
--> statement-breakpoint
CREATE INDEX "search_lexicon_word_trgm_idx" ON "search_lexicon" USING gin ("word" gin_trgm_ops);
