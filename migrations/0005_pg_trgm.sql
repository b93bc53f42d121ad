-- Name similarity for matching signals to residents (issue 3): similarity() from pg_trgm.
-- PostgreSQL ships pg_trgm in contrib (Debian: postgresql-contrib is part of the server package); the embedded
-- database loads it as a PGlite extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
