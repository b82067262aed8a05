-- Trigram matching backs "find by any part of a name, email, phone, skill or employer".
CREATE EXTENSION IF NOT EXISTS pg_trgm;
