-- The claim graph: articles, actors, sources, claims anchored to exact passages, and the links
-- between them. Enumerations are CHECK constraints on text (readable in psql, cheap to extend
-- by a migration). Curated rows carry a stable `key` from the annotation file; rows made by the
-- ingest pipeline have none.

CREATE TABLE topic (
    id          bigserial PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL CHECK (name <> ''),
    description text
);

CREATE TABLE actor (
    id            bigserial PRIMARY KEY,
    key           text UNIQUE,
    name          text NOT NULL CHECK (name <> ''),
    kind          text NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION', 'GOVERNMENT_BODY', 'STATE', 'ARMED_GROUP',
                                                'COMPANY', 'MEDIA_OUTLET', 'MILITARY_OPERATION', 'POLITICAL_PARTY',
                                                'INTERNATIONAL_ORGANISATION', 'EVENT')),
    description   text,
    country       text CHECK (country ~ '^[A-Z]{2}$'),
    review_status text NOT NULL DEFAULT 'CONFIRMED' CHECK (review_status IN ('UNREVIEWED', 'CONFIRMED', 'REJECTED'))
);

-- `normalized` is lower case without diacritics (computed by the application, which owns the
-- rule), so that look-ups by any spelling use one trigram index.
CREATE TABLE actor_alias (
    id         bigserial PRIMARY KEY,
    actor_id   bigint NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    alias      text NOT NULL CHECK (alias <> ''),
    normalized text NOT NULL CHECK (normalized <> ''),
    UNIQUE (actor_id, alias)
);
CREATE INDEX actor_alias_actor_idx ON actor_alias (actor_id);
CREATE INDEX actor_alias_normalized_trgm_idx ON actor_alias USING gin (normalized gin_trgm_ops);

CREATE TABLE actor_role (
    id              bigserial PRIMARY KEY,
    actor_id        bigint NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    position        smallint NOT NULL CHECK (position >= 0),
    title           text NOT NULL CHECK (title <> ''),
    organisation_id bigint REFERENCES actor (id) ON DELETE SET NULL,
    since           text CHECK (since ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    until           text CHECK (until ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    UNIQUE (actor_id, position)
);

CREATE TABLE source (
    id              bigserial PRIMARY KEY,
    key             text UNIQUE,
    kind            text NOT NULL CHECK (kind IN ('NEWS_AGENCY', 'OUTLET', 'OFFICIAL', 'SPOKESPERSON', 'INSTITUTION',
                                                  'EXPERT', 'DOCUMENT', 'ANONYMOUS', 'AUTHOR')),
    name            text NOT NULL CHECK (name <> ''),
    actor_id        bigint REFERENCES actor (id) ON DELETE SET NULL,
    anonymous_count integer CHECK (anonymous_count > 0),
    description     text,
    CHECK (anonymous_count IS NULL OR kind = 'ANONYMOUS')
);
CREATE INDEX source_actor_idx ON source (actor_id);

CREATE TABLE article (
    id           bigserial PRIMARY KEY,
    corpus_file  text UNIQUE,
    url          text UNIQUE,
    title        text,
    outlet_id    bigint REFERENCES actor (id) ON DELETE SET NULL,
    author       text,
    published_on date,
    updated_on   date,
    language     text CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]+)*$'),
    raw_text     text NOT NULL,
    clean_text   text NOT NULL CHECK (clean_text <> ''),
    content_hash text NOT NULL UNIQUE CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    word_count   integer NOT NULL CHECK (word_count >= 0),
    loaded_by    text NOT NULL CHECK (loaded_by <> ''),
    created_at   timestamptz NOT NULL DEFAULT now(),
    search       tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                     setweight(to_tsvector('english', clean_text), 'B')) STORED
);
CREATE INDEX article_outlet_idx ON article (outlet_id);
CREATE INDEX article_published_idx ON article (published_on);
CREATE INDEX article_search_idx ON article USING gin (search);

CREATE TABLE mention (
    id           bigserial PRIMARY KEY,
    article_id   bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    actor_id     bigint NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    surface      text NOT NULL CHECK (surface <> ''),
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL,
    CHECK (end_offset > start_offset),
    UNIQUE (article_id, start_offset, end_offset)
);
CREATE INDEX mention_actor_idx ON mention (actor_id, article_id);

-- Offsets count Unicode code points in article.clean_text, as W3C Web Annotation text position
-- selectors do (and as PostgreSQL's substring does).
CREATE TABLE claim (
    id                 bigserial PRIMARY KEY,
    key                text UNIQUE,
    article_id         bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    statement          text NOT NULL CHECK (statement <> ''),
    quote              text NOT NULL CHECK (quote <> ''),
    prefix             text NOT NULL,
    suffix             text NOT NULL,
    start_offset       integer NOT NULL CHECK (start_offset >= 0),
    end_offset         integer NOT NULL,
    reporting_verb     text,
    stance             text NOT NULL CHECK (stance IN ('ASSERTED', 'REPORTED', 'DENIED', 'SPECULATED', 'QUESTIONED')),
    refers_from        date,
    refers_to          date,
    refers_precision   text CHECK (refers_precision IN ('DAY', 'MONTH', 'YEAR')),
    provenance         text NOT NULL CHECK (provenance IN ('CURATED', 'EXTRACTED')),
    curator            text,
    pipeline_version   text,
    confidence         real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    review_status      text NOT NULL CHECK (review_status IN ('UNREVIEWED', 'CONFIRMED', 'REJECTED')),
    rank               text NOT NULL DEFAULT 'NORMAL' CHECK (rank IN ('PREFERRED', 'NORMAL', 'DEPRECATED')),
    note               text,
    search             tsvector GENERATED ALWAYS AS (
                           setweight(to_tsvector('english', statement), 'A') ||
                           setweight(to_tsvector('english', quote), 'B')) STORED,
    CHECK (end_offset - start_offset = char_length(quote)),
    CHECK ((refers_from IS NULL) = (refers_precision IS NULL)),
    CHECK (refers_to IS NULL OR (refers_from IS NOT NULL AND refers_to >= refers_from)),
    CHECK ((provenance = 'CURATED' AND curator IS NOT NULL) OR (provenance = 'EXTRACTED' AND pipeline_version IS NOT NULL))
);
CREATE INDEX claim_article_idx ON claim (article_id, start_offset);
CREATE INDEX claim_refers_idx ON claim (refers_from);
CREATE INDEX claim_search_idx ON claim USING gin (search);

-- A quote must be exactly the cleaned text at its offsets: checked here so that no writer
-- (loader, pipeline, a hand-made UPDATE) can store an anchor that points elsewhere.
CREATE FUNCTION claim_anchor_matches() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    passage text;
BEGIN
    SELECT substring(a.clean_text FROM NEW.start_offset + 1 FOR NEW.end_offset - NEW.start_offset)
      INTO passage FROM article a WHERE a.id = NEW.article_id;
    IF passage IS DISTINCT FROM NEW.quote THEN
        RAISE EXCEPTION 'claim anchor [%, %) of article % does not match its quote', NEW.start_offset, NEW.end_offset, NEW.article_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER claim_anchor_check BEFORE INSERT OR UPDATE OF quote, start_offset, end_offset, article_id ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_anchor_matches();

-- Attribution chain: position 0 is the immediate source (who said it), then whoever relayed it.
CREATE TABLE claim_source (
    claim_id  bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position  smallint NOT NULL CHECK (position >= 0),
    source_id bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX claim_source_source_idx ON claim_source (source_id, claim_id);

CREATE TABLE claim_subject (
    claim_id bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, actor_id)
);
CREATE INDEX claim_subject_actor_idx ON claim_subject (actor_id, claim_id);

CREATE TABLE claim_topic (
    claim_id bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    topic_id bigint NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, topic_id)
);
CREATE INDEX claim_topic_topic_idx ON claim_topic (topic_id, claim_id);

CREATE TABLE quantity (
    id            bigserial PRIMARY KEY,
    claim_id      bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position      smallint NOT NULL CHECK (position >= 0),
    text          text NOT NULL CHECK (text <> ''),
    kind          text NOT NULL CHECK (kind IN ('MONEY', 'COUNT')),
    amount        numeric,
    unit          text NOT NULL CHECK (unit <> ''),
    period        text CHECK (period IN ('MONTH', 'YEAR')),
    lower_bound   numeric,
    upper_bound   numeric,
    usd_per_month numeric,
    UNIQUE (claim_id, position),
    CHECK (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound <= upper_bound),
    CHECK (usd_per_month IS NULL OR kind = 'MONEY')
);
CREATE INDEX quantity_usd_idx ON quantity (usd_per_month) WHERE usd_per_month IS NOT NULL;

CREATE TABLE claim_relation (
    id            bigserial PRIMARY KEY,
    from_claim_id bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    to_claim_id   bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    type          text NOT NULL CHECK (type IN ('CORROBORATES', 'CONTRADICTS', 'REPEATS')),
    asserted_by   text NOT NULL CHECK (asserted_by <> ''),
    note          text,
    UNIQUE (from_claim_id, to_claim_id, type),
    CHECK (from_claim_id <> to_claim_id)
);
CREATE INDEX claim_relation_to_idx ON claim_relation (to_claim_id);

-- One row per successful load of the curated corpus: the fingerprint of its inputs (annotation
-- file, article files, loader version) lets a restart with unchanged inputs skip the work.
CREATE TABLE corpus_load (
    id          bigserial PRIMARY KEY,
    fingerprint text NOT NULL,
    articles    integer NOT NULL,
    claims      integer NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);
