-- Every (actor, topic) pair of every claim: the claims about an actor on a topic are one index
-- range here. Intersecting claim_subject with claim_topic instead reads every claim of the actor
-- or of the topic (58,000 index entries for a popular topic at a million claims, most of the
-- headline question's time; docs/BENCHMARKS.md, run 9).
--
-- Derived data: the triggers below keep it equal to claim_subject ⋈ claim_topic after every
-- statement on either table, so nothing that writes claims has to know it exists.
CREATE TABLE claim_subject_topic (
    actor_id bigint NOT NULL,
    topic_id bigint NOT NULL,
    claim_id bigint NOT NULL,
    PRIMARY KEY (actor_id, topic_id, claim_id)
);
CREATE INDEX claim_subject_topic_claim_idx ON claim_subject_topic (claim_id);

INSERT INTO claim_subject_topic (actor_id, topic_id, claim_id)
SELECT s.actor_id, t.topic_id, s.claim_id
FROM claim_subject s JOIN claim_topic t ON t.claim_id = s.claim_id;

-- Recomputes the pairs of the claims a statement touched (transition table `touched`), set-based
-- so that a bulk COPY costs one join rather than a trigger call per row.
CREATE FUNCTION claim_subject_topic_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_subject_topic WHERE claim_id IN (SELECT claim_id FROM touched);
    INSERT INTO claim_subject_topic (actor_id, topic_id, claim_id)
    SELECT s.actor_id, t.topic_id, s.claim_id
    FROM claim_subject s JOIN claim_topic t ON t.claim_id = s.claim_id
    WHERE s.claim_id IN (SELECT claim_id FROM touched);
    RETURN NULL;
END $$;

CREATE FUNCTION claim_subject_topic_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_subject_topic;
    RETURN NULL;
END $$;

-- A trigger with a transition table has one event, hence one trigger per event and table; an
-- UPDATE may move a row to another claim, so both its old and its new claims are recomputed.
CREATE TRIGGER claim_subject_inserted AFTER INSERT ON claim_subject
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_subject_deleted AFTER DELETE ON claim_subject
    REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_subject_updated_from AFTER UPDATE ON claim_subject
    REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_subject_updated_to AFTER UPDATE ON claim_subject
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_subject_truncated AFTER TRUNCATE ON claim_subject
    FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_clear();

CREATE TRIGGER claim_topic_inserted AFTER INSERT ON claim_topic
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_topic_deleted AFTER DELETE ON claim_topic
    REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_topic_updated_from AFTER UPDATE ON claim_topic
    REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_topic_updated_to AFTER UPDATE ON claim_topic
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_sync();
CREATE TRIGGER claim_topic_truncated AFTER TRUNCATE ON claim_topic
    FOR EACH STATEMENT EXECUTE FUNCTION claim_subject_topic_clear();
