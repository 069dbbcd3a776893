-- Text reuse between articles, found by the ingest pipeline (and for the corpus at load).
-- One row per direction: `share` is the part of `article_id`'s text found in `other_article_id`.
CREATE TABLE article_reuse (
    id               bigserial PRIMARY KEY,
    article_id       bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    other_article_id bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    share            real NOT NULL CHECK (share > 0 AND share <= 1),
    spans            jsonb NOT NULL,
    detected_by      text NOT NULL CHECK (detected_by <> ''),
    UNIQUE (article_id, other_article_id),
    CHECK (article_id <> other_article_id)
);
CREATE INDEX article_reuse_other_idx ON article_reuse (other_article_id);

-- LSH band keys of each article's sentences (MinHash): articles that share a key are the only
-- candidates compared when a new article arrives, so ingest does not compare against everything.
CREATE TABLE article_band (
    band_key   text NOT NULL,
    article_id bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
);
CREATE INDEX article_band_article_idx ON article_band (article_id);

-- Names the pipeline finds but cannot resolve become unreviewed candidate actors; it does not
-- know what they are, and guessing a kind would put wrong data in front of researchers.
ALTER TABLE actor DROP CONSTRAINT actor_kind_check;
ALTER TABLE actor ADD CONSTRAINT actor_kind_check CHECK (kind IN ('PERSON', 'ORGANISATION', 'GOVERNMENT_BODY', 'STATE',
    'ARMED_GROUP', 'COMPANY', 'MEDIA_OUTLET', 'MILITARY_OPERATION', 'POLITICAL_PARTY', 'INTERNATIONAL_ORGANISATION', 'EVENT',
    'UNKNOWN'));
