-- Trigram similarity for typo-tolerant name lookup; unaccent so "Keïta" matches "Keita".
-- Both are trusted extensions (PostgreSQL 13+): the database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
