SET client_min_messages = warning;
-- What a PostGraphile user adds to the database for the benchmark questions that PostGraphile's
-- generated CRUD schema cannot express in one request: SQL functions in their own schema
-- `bench_pg`, exposed by PostGraphile as root fields (setof functions become connections) and
-- computed columns. Each mirrors the SQL claimgraph runs for the same question (see the Java
-- class named in the comment), so both servers answer with the same rows. Idempotent.
DROP SCHEMA IF EXISTS bench_pg CASCADE;
CREATE SCHEMA bench_pg;

-- org.claimgraph.actor.ActorAlias.normalize: lower case, no diacritics, apostrophes unified, spaces collapsed.
CREATE FUNCTION bench_pg.normalize_name(name text) RETURNS text LANGUAGE sql STABLE STRICT AS $$
    SELECT btrim(regexp_replace(lower(translate(public.unaccent($1), '’‘', '''''')), '\s+', ' ', 'g'))
$$;
COMMENT ON FUNCTION bench_pg.normalize_name(text) IS '@omit';

-- org.claimgraph.actor.ActorLookup.search: actors by any alias, exact (score 1) first, then trigram similarity (at most 0.99).
-- (pg_trgm.word_similarity_threshold = 0.5 is set on the database, as claimgraph sets it per connection.)
CREATE TYPE bench_pg.actor_match AS (actor_id bigint, score double precision);
CREATE FUNCTION bench_pg.actor_matches(name text) RETURNS SETOF bench_pg.actor_match LANGUAGE sql STABLE STRICT AS $$
    SELECT al.actor_id, max(CASE WHEN al.normalized = n.q THEN 1.0
           ELSE least(0.99, greatest(similarity(al.normalized, n.q), word_similarity(n.q, al.normalized))) END)::double precision AS score
    FROM actor_alias al, (SELECT bench_pg.normalize_name($1) AS q) n
    WHERE n.q <> '' AND (al.normalized = n.q OR al.normalized % n.q OR n.q <% al.normalized)
    GROUP BY al.actor_id
    ORDER BY score DESC, al.actor_id
$$;
COMMENT ON FUNCTION bench_pg.actor_matches(text) IS '@omit';

-- (c) `actorsByName(name:, first:)`: actors ranked by how well a name or misspelling matches.
CREATE FUNCTION bench_pg.actors_by_name(name text) RETURNS SETOF public.actor LANGUAGE sql STABLE STRICT AS $$
    SELECT ac.* FROM bench_pg.actor_matches($1) m JOIN public.actor ac ON ac.id = m.actor_id
    ORDER BY m.score DESC, m.actor_id
$$;

-- (a) `claimGroupsBySource(about:, topic:, first:)`: org.claimgraph.claim.ClaimGroupApi.claimGroups with
-- by: SOURCE (the immediate source, position 0) and filter { about, topic }; largest groups first, ties by id.
-- One pass: each group carries the ids of its claims (in id order), so the computed column `claims` (a
-- connection: first, totalCount, hasNextPage) reads claims by primary key instead of filtering again per group.
CREATE TYPE bench_pg.claim_group AS (source_id bigint, count integer, claim_ids bigint[]);
COMMENT ON COLUMN bench_pg.claim_group.claim_ids IS '@omit';
CREATE FUNCTION bench_pg.claim_groups_by_source(about text, topic text) RETURNS SETOF bench_pg.claim_group
    LANGUAGE sql STABLE STRICT AS $$
    WITH a AS (SELECT actor_id FROM bench_pg.actor_matches($1) LIMIT 1),
         t AS (SELECT id FROM public.topic WHERE slug = $2)
    SELECT p.source_id, count(*)::integer, array_agg(x.id ORDER BY x.id)
    FROM public.claim_source p JOIN public.claim x ON x.id = p.claim_id
    WHERE p.position = 0 AND x.rank <> 'DEPRECATED'
      AND EXISTS (SELECT 1 FROM public.claim_subject s WHERE s.claim_id = x.id AND s.actor_id = (SELECT actor_id FROM a))
      AND EXISTS (SELECT 1 FROM public.claim_topic ct WHERE ct.claim_id = x.id AND ct.topic_id = (SELECT id FROM t))
    GROUP BY p.source_id
    ORDER BY count(*) DESC, p.source_id
$$;
-- computed columns of a group: its source, and its claims in id order
CREATE FUNCTION bench_pg.claim_group_source(g bench_pg.claim_group) RETURNS public.source LANGUAGE sql STABLE AS $$
    SELECT * FROM public.source WHERE id = g.source_id
$$;
CREATE FUNCTION bench_pg.claim_group_claims(g bench_pg.claim_group) RETURNS SETOF public.claim LANGUAGE sql STABLE AS $$
    SELECT c.* FROM unnest(g.claim_ids) WITH ORDINALITY AS u(id, n) JOIN public.claim c ON c.id = u.id ORDER BY u.n
$$;

-- (e) `search(query:, first:)`: org.claimgraph.search.SearchApi.search — english full text over articles
-- and claims, ranked by ts_rank_cd, actor names added when the query resembles one (score >= 0.5, up to 3
-- actors), ts_headline snippets computed only for the rows returned (computed column `snippet`).
CREATE AGGREGATE bench_pg.tsquery_or_agg(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);
CREATE TYPE bench_pg.search_hit AS (kind text, id bigint, article_id bigint, rank real, tsq tsquery);
COMMENT ON COLUMN bench_pg.search_hit.tsq IS '@omit';
COMMENT ON COLUMN bench_pg.search_hit.id IS '@omit';
COMMENT ON COLUMN bench_pg.search_hit.article_id IS '@omit';
CREATE FUNCTION bench_pg.search(query text) RETURNS SETOF bench_pg.search_hit LANGUAGE sql STABLE STRICT AS $$
    WITH expanded AS (SELECT m.actor_id FROM (SELECT * FROM bench_pg.actor_matches($1) LIMIT 3) m WHERE m.score >= 0.5),
         names AS (SELECT al.alias, min(al.actor_id * 1000000000 + al.id) AS first_seen
                   FROM public.actor_alias al WHERE al.actor_id IN (SELECT actor_id FROM expanded) GROUP BY al.alias),
         -- left to right, as claimgraph builds it: ((websearch || phrase(name0)) || phrase(name1)) ...
         q AS (SELECT bench_pg.tsquery_or_agg(t ORDER BY ord) AS tsq FROM (
                   SELECT websearch_to_tsquery('english', $1) AS t, -1::bigint AS ord
                   UNION ALL SELECT phraseto_tsquery('english', alias), first_seen FROM names) parts),
         hits AS (
             SELECT 'ARTICLE'::text AS kind, a.id, a.id AS article_id, ts_rank_cd(a.search, q.tsq) AS rank, q.tsq
             FROM public.article a, q WHERE a.search @@ q.tsq
             UNION ALL
             -- text matches and subject matches as separate branches, as claimgraph does, so that the
             -- text branch uses the full-text index
             (SELECT 'CLAIM', c.id, c.article_id, ts_rank_cd(c.search, q.tsq), q.tsq
              FROM public.claim c, q WHERE c.rank <> 'DEPRECATED' AND c.search @@ q.tsq
              UNION
              SELECT 'CLAIM', c.id, c.article_id, ts_rank_cd(c.search, q.tsq), q.tsq
              FROM public.claim c, q WHERE c.rank <> 'DEPRECATED'
                AND c.id IN (SELECT s.claim_id FROM public.claim_subject s WHERE s.actor_id IN (SELECT actor_id FROM expanded))))
    SELECT * FROM hits ORDER BY rank DESC, kind, id
$$;
CREATE FUNCTION bench_pg.search_hit_snippet(h bench_pg.search_hit) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT ts_headline('english', CASE WHEN h.kind = 'ARTICLE' THEN (SELECT clean_text FROM public.article WHERE id = h.id)
                                       ELSE (SELECT quote FROM public.claim WHERE id = h.id) END, h.tsq,
                       'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
$$;
CREATE FUNCTION bench_pg.search_hit_article(h bench_pg.search_hit) RETURNS public.article LANGUAGE sql STABLE AS $$
    SELECT * FROM public.article WHERE id = h.article_id
$$;
CREATE FUNCTION bench_pg.search_hit_claim(h bench_pg.search_hit) RETURNS public.claim LANGUAGE sql STABLE AS $$
    SELECT * FROM public.claim WHERE id = h.id AND h.kind = 'CLAIM'
$$;
