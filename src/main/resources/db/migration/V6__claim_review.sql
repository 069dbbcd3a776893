-- A person's review of a machine-extracted claim (the reviewClaim mutation): who, and when. Curated
-- claims are reviewed where they are written (annotations.yaml), so they keep these empty.
ALTER TABLE claim
    ADD COLUMN reviewed_by text CHECK (reviewed_by <> ''),
    ADD COLUMN reviewed_at timestamptz,
    ADD CONSTRAINT claim_reviewed_by_and_at CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL));
