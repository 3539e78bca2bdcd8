/**
 * SQLite schema of the knowledge store. SQLite is the source of truth for what is searchable:
 * `chunks` holds only the active version of each document (plus its quarantined chunks), and
 * `chunks_fts` only the searchable ones. Chroma vectors whose id is not in `chunks` are invisible.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  format TEXT NOT NULL,
  source_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('public', 'internal')),
  tags TEXT NOT NULL,
  language TEXT NOT NULL,
  version INTEGER NOT NULL,
  chunk_count INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_tags (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (document_id, tag)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_tags_by_tag ON document_tags(tag, document_id);
CREATE TABLE IF NOT EXISTS chunks (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  chunk_index INTEGER NOT NULL,
  text TEXT NOT NULL,
  section_path TEXT NOT NULL,
  page INTEGER,
  language TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('public', 'internal')),
  quarantine TEXT,
  dedupe_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks(document_id, chunk_index);
CREATE INDEX IF NOT EXISTS chunks_quarantined ON chunks(document_id) WHERE quarantine IS NOT NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
  title, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts_terms USING fts5vocab(chunks_fts, 'row');
CREATE TABLE IF NOT EXISTS jobs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('upsert', 'remove', 'metadata')),
  document_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  step TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;
