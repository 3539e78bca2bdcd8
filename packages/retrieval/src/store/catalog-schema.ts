/**
 * SQLite schema of the knowledge store (tables prefixed kb_ so the file can be shared with other
 * packages). SQLite is the source of truth for what is searchable: `kb_chunks` holds only the
 * active version of each document (plus its quarantined chunks), and `kb_chunks_fts` only the
 * searchable ones. Chroma vectors whose id is not in `kb_chunks` are invisible.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS kb_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kb_documents (
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
CREATE TABLE IF NOT EXISTS kb_document_tags (
  document_id TEXT NOT NULL REFERENCES kb_documents(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (document_id, tag)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS kb_document_tags_by_tag ON kb_document_tags(tag, document_id);
CREATE TABLE IF NOT EXISTS kb_chunks (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL REFERENCES kb_documents(id) ON DELETE CASCADE,
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
CREATE INDEX IF NOT EXISTS kb_chunks_by_document ON kb_chunks(document_id, chunk_index);
CREATE INDEX IF NOT EXISTS kb_chunks_quarantined ON kb_chunks(document_id) WHERE quarantine IS NOT NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS kb_chunks_fts USING fts5(
  title, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS kb_chunks_fts_terms USING fts5vocab(kb_chunks_fts, 'row');
CREATE TABLE IF NOT EXISTS kb_jobs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('upsert', 'remove', 'metadata')),
  document_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  step TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;
