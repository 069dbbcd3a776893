-- Counting a parent's claims (an actor's, a source's, a topic's) joins each link row to its claim only
-- to leave out the DEPRECATED ones. With the rank next to the id in one index, that join reads index pages
-- alone (once VACUUM has marked the pages visible) instead of one table page per claim: the count for the
-- bench's most-cited actor, 3,462 claims out of a million, took 33 ms instead of 68 ms serial and 120 ms as
-- PostgreSQL planned it in parallel (docs/BENCHMARKS.md, run 28).
CREATE INDEX claim_id_rank_idx ON claim (id) INCLUDE (rank);
