import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, type Audience, type DocumentRecord, type ParsedDocument } from '@grounded/shared';
import { SCHEMA_SQL, SCHEMA_VERSION } from './catalog-schema';
import type { JobKind, JobRow } from './jobs';

/** A stored chunk with its document's title: what a search hit is built from. */
export interface StoredChunk {
  rowid: number;
  id: string;
  documentId: string;
  version: number;
  chunkIndex: number;
  text: string;
  sectionPath: string[];
  page: number | undefined;
  language: string;
  audience: Audience;
  quarantine: string[] | undefined;
  dedupeKey: string;
  title: string;
}

/** A chunk row about to be written, with its analysed FTS columns. */
export interface NewChunkRow {
  id: string;
  chunkIndex: number;
  text: string;
  sectionPath: string[];
  page: number | undefined;
  language: string;
  quarantine: string[] | undefined;
  dedupeKey: string;
  titleTerms: string;
  bodyTerms: string;
}

/** Filters resolved to SQL: everything optional; `documentIds` already includes the tag filter. */
export interface KeywordFilters {
  publicOnly: boolean;
  language: string | undefined;
  documentIds: string[] | undefined;
}

interface ChunkDbRow {
  rowid: number; id: string; document_id: string; version: number; chunk_index: number; text: string;
  section_path: string; page: number | null; language: string; audience: Audience; quarantine: string | null;
  dedupe_key: string; title: string;
}
interface DocumentDbRow {
  id: string; title: string; format: DocumentRecord['format']; source_name: string; content_hash: string;
  audience: Audience; tags: string; language: string; version: number; chunk_count: number; updated_at: string;
}

/** The SQLite half of the store: documents, chunks, the FTS index and the jobs journal. */
export class SqliteCatalog {
  readonly db: Database.Database;
  private readonly keywordStatements = new Map<string, Database.Statement>();
  private languagesCache: string[] | undefined;
  private searchableCache: number | undefined;
  /** Term (or `prefix*`) -> chunks FTS5 reads for it, see termCosts; cleared on every write. */
  private readonly costCache = new Map<string, number>();
  private exactDfStatement: Database.Statement | undefined;
  private prefixDfStatement: Database.Statement | undefined;
  private fetchStatement: Database.Statement | undefined;

  constructor(path: string, private readonly bm25Weights: { title: number; body: number }) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
    } catch (error) {
      throw new ConfigError(`Cannot open the SQLite database at ${path}.`, {
        hint: 'Check that the directory exists and is writable.',
        cause: error,
      });
    }
    // Opening is lazy: a file that is not a database (or not writable) only fails here.
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.exec(SCHEMA_SQL);
      this.db.prepare('INSERT OR IGNORE INTO kb_meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
    } catch (error) {
      this.db.close();
      throw new ConfigError(`Cannot use ${path} as the knowledge-base database: ${(error as Error).message}.`, {
        hint: 'Check that the file is a Grounded SQLite database (not some other file) that this user can read and write, '
          + 'or point the store (DATA_DIR) at another folder to start a new one.',
        cause: error,
        details: { path },
      });
    }
  }

  /** Read (or record on first use) a setting that must not change for this database. */
  pinnedMeta(key: string, value: string): string {
    this.db.prepare('INSERT OR IGNORE INTO kb_meta (key, value) VALUES (?, ?)').run(key, value);
    return (this.db.prepare('SELECT value FROM kb_meta WHERE key = ?').get(key) as { value: string }).value;
  }

  getDocument(id: string): DocumentRecord | undefined {
    const row = this.db.prepare('SELECT * FROM kb_documents WHERE id = ?').get(id) as DocumentDbRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  listDocuments(): DocumentRecord[] {
    return (this.db.prepare('SELECT * FROM kb_documents ORDER BY id').all() as DocumentDbRow[]).map(toRecord);
  }

  chunkIdsOf(documentId: string): string[] {
    return this.db.prepare('SELECT id FROM kb_chunks WHERE document_id = ? ORDER BY chunk_index').pluck().all(documentId) as string[];
  }

  allChunkIds(): Set<string> {
    return new Set(this.db.prepare('SELECT id FROM kb_chunks').pluck().all() as string[]);
  }

  /** Distinct chunk languages, cached until the next write. */
  languages(): string[] {
    this.languagesCache ??= this.db.prepare('SELECT DISTINCT language FROM kb_chunks').pluck().all() as string[];
    return this.languagesCache;
  }

  /** Replace a document's active version in ONE transaction: searches see the old or the new. */
  swapVersion(doc: ParsedDocument, version: number, rows: NewChunkRow[], jobId: number): void {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.deleteDocumentRows(doc.id);
      this.db.prepare(
        `INSERT INTO kb_documents (id, title, format, source_name, content_hash, audience, tags, language, version, chunk_count, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(doc.id, doc.title, doc.format, doc.sourceName, doc.contentHash, doc.audience, JSON.stringify(doc.tags),
        doc.language, version, rows.length, now);
      this.writeTags(doc.id, doc.tags);
      const insertChunk = this.db.prepare(
        `INSERT INTO kb_chunks (id, document_id, version, chunk_index, text, section_path, page, language, audience, quarantine, dedupe_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertFts = this.db.prepare('INSERT INTO kb_chunks_fts (rowid, title, body) VALUES (?, ?, ?)');
      for (const row of rows) {
        const { lastInsertRowid } = insertChunk.run(row.id, doc.id, version, row.chunkIndex, row.text,
          JSON.stringify(row.sectionPath), row.page ?? null, row.language, doc.audience,
          row.quarantine?.length ? JSON.stringify(row.quarantine) : null, row.dedupeKey);
        if (!row.quarantine?.length) insertFts.run(lastInsertRowid, row.titleTerms, row.bodyTerms);
      }
      this.setJobStep(jobId, 'swapped');
    })();
    this.invalidateCaches();
  }

  /** Same content, new audience/tags/title: rewrite metadata and FTS title terms atomically. */
  updateMetadata(doc: ParsedDocument, titleTermsOf: (chunk: StoredChunk) => string, jobPayload: object): number {
    let jobId = 0;
    this.db.transaction(() => {
      this.db.prepare('UPDATE kb_documents SET title = ?, audience = ?, tags = ?, source_name = ?, format = ? WHERE id = ?')
        .run(doc.title, doc.audience, JSON.stringify(doc.tags), doc.sourceName, doc.format, doc.id);
      this.writeTags(doc.id, doc.tags);
      this.db.prepare('UPDATE kb_chunks SET audience = ? WHERE document_id = ?').run(doc.audience, doc.id);
      const updateFts = this.db.prepare('UPDATE kb_chunks_fts SET title = ? WHERE rowid = ?');
      for (const chunk of this.chunksOf(doc.id)) if (!chunk.quarantine) updateFts.run(titleTermsOf(chunk), chunk.rowid);
      const version = this.getDocument(doc.id)?.version ?? 0;
      jobId = this.insertJob('metadata', doc.id, version, 'sqlite-committed', jobPayload);
    })();
    this.invalidateCaches();
    return jobId;
  }

  /** Delete a document's rows and journal the vectors to delete, in one transaction. */
  removeDocument(documentId: string): number {
    let jobId = 0;
    this.db.transaction(() => {
      const ids = this.chunkIdsOf(documentId);
      const version = this.getDocument(documentId)?.version ?? 0;
      this.deleteDocumentRows(documentId);
      jobId = this.insertJob('remove', documentId, version, 'swapped', { oldIds: ids });
    })();
    this.invalidateCaches();
    return jobId;
  }

  chunksOf(documentId: string): StoredChunk[] {
    return (this.db.prepare(`SELECT c.*, d.title FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
      WHERE c.document_id = ? ORDER BY c.chunk_index`).all(documentId) as ChunkDbRow[]).map(toChunk);
  }

  /** Active chunks by id (any order); ids that are not active are simply absent. */
  fetchChunks(ids: string[]): Map<string, StoredChunk> {
    this.fetchStatement ??= this.db.prepare(`SELECT c.*, d.title FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
      WHERE c.id IN (SELECT value FROM json_each(?))`);
    const rows = this.fetchStatement.all(JSON.stringify(ids)) as ChunkDbRow[];
    return new Map(rows.map((row) => [row.id, toChunk(row)]));
  }

  /** BM25 over the FTS index, best first; `match` must already be a safe FTS5 expression. */
  keywordSearch(match: string, filters: KeywordFilters, limit: number, publicOverfetch = 1): { id: string; score: number }[] {
    if (filters.publicOnly && !filters.language && !filters.documentIds && publicOverfetch > 1) {
      // Like the dense side: ranking without the join-first filter is much cheaper (FTS5 cuts the
      // top rows on its own), so over-fetch unfiltered and keep the public rows; fall back to the
      // filtered query only when too few survive and more rows exist.
      const wide = limit * publicOverfetch;
      const rows = this.keywordStatement('').all(match, wide) as { id: string; score: number; audience: Audience }[];
      const kept = rows.filter((row) => row.audience === 'public').slice(0, limit);
      if (kept.length >= Math.min(limit, 10) || rows.length < wide) return kept.map(({ id, score }) => ({ id, score }));
    }
    const clauses: string[] = [];
    const params: unknown[] = [match];
    if (filters.publicOnly) clauses.push(`c.audience = 'public'`);
    if (filters.language) { clauses.push('c.language = ?'); params.push(filters.language); }
    if (filters.documentIds) { clauses.push('c.document_id IN (SELECT value FROM json_each(?))'); params.push(JSON.stringify(filters.documentIds)); }
    return this.keywordStatement(clauses.join(' AND ')).all(...params, limit) as { id: string; score: number }[];
  }

  private keywordStatement(key: string): Database.Statement {
    let statement = this.keywordStatements.get(key);
    if (!statement) {
      const { title, body } = this.bm25Weights;
      // Unfiltered: let FTS5 rank and cut on its own (its ORDER BY rank LIMIT fast path), then
      // join only the top rows. Filtered: join first so a selective filter cannot starve the
      // top N. Quarantined chunks have no FTS row; the check is belt and braces.
      statement = this.db.prepare(key
        ? `SELECT c.id AS id, -bm25(kb_chunks_fts, ${title}, ${body}) AS score
           FROM kb_chunks_fts JOIN kb_chunks c ON c.rowid = kb_chunks_fts.rowid
           WHERE kb_chunks_fts MATCH ? AND c.quarantine IS NULL AND ${key}
           ORDER BY bm25(kb_chunks_fts, ${title}, ${body}) LIMIT ?`
        : `SELECT c.id AS id, -f.rank AS score, c.audience AS audience
           FROM (SELECT rowid, rank FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ? AND rank MATCH 'bm25(${title}, ${body})'
                 ORDER BY rank LIMIT ?) f
           JOIN kb_chunks c ON c.rowid = f.rowid WHERE c.quarantine IS NULL ORDER BY f.rank`);
      this.keywordStatements.set(key, statement);
    }
    return statement;
  }

  /** Number of searchable chunks (FTS rows), cached until the next write. */
  searchableCount(): number {
    this.searchableCache ??= this.db.prepare('SELECT COUNT(*) FROM kb_chunks_fts').pluck().get() as number;
    return this.searchableCache;
  }

  /**
   * What each query term costs FTS5: the chunks its posting lists hold. A term searched as a prefix
   * ("brook"*) reads the lists of every indexed term it starts, so its cost is their sum (an upper
   * bound on the chunks it matches), read from at most PREFIX_EXPANSIONS_READ terms of the
   * vocabulary; hitting that cap means "very common". Cached until the next write.
   */
  termCosts(terms: readonly string[], prefixMinLength: number): Map<string, number> {
    const key = (term: string) => (prefixMinLength > 0 && term.length >= prefixMinLength ? `${term}*` : term);
    const missing = [...new Set(terms.map(key))].filter((k) => !this.costCache.has(k));
    if (missing.length > 0) {
      // Bounded: a long-running server sees endless distinct query terms between writes.
      if (this.costCache.size + missing.length > 50_000) this.costCache.clear();
      this.exactDfStatement ??= this.db.prepare('SELECT doc FROM kb_chunks_fts_terms WHERE term = ?').pluck();
      this.prefixDfStatement ??= this.db.prepare(
        `SELECT doc FROM kb_chunks_fts_terms WHERE term >= ? AND term < ? LIMIT ${PREFIX_EXPANSIONS_READ + 1}`).pluck();
      for (const k of missing) {
        const cost = k.endsWith('*')
          ? sumCost(this.prefixDfStatement.all(k.slice(0, -1), `${k.slice(0, -1)}\u{10FFFF}`) as number[], this.searchableCount())
          : ((this.exactDfStatement.get(k) as number | undefined) ?? 0);
        this.costCache.set(k, cost);
      }
    }
    return new Map(terms.map((term) => [term, this.costCache.get(key(term)) ?? 0]));
  }

  /** Documents carrying any of `tags`. */
  documentsWithTags(tags: string[]): string[] {
    return this.db.prepare('SELECT DISTINCT document_id FROM kb_document_tags WHERE tag IN (SELECT value FROM json_each(?))')
      .pluck().all(JSON.stringify(tags)) as string[];
  }

  listQuarantined(): StoredChunk[] {
    return (this.db.prepare(`SELECT c.*, d.title FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
      WHERE c.quarantine IS NOT NULL ORDER BY c.document_id, c.chunk_index`).all() as ChunkDbRow[]).map(toChunk);
  }

  /** Make a quarantined chunk searchable; false when it is not (or no longer) quarantined. */
  releaseQuarantine(chunkId: string, titleTerms: (chunk: StoredChunk) => string, bodyTerms: (chunk: StoredChunk) => string): boolean {
    return this.db.transaction(() => {
      const chunk = this.fetchChunks([chunkId]).get(chunkId);
      if (!chunk?.quarantine) return false;
      this.db.prepare('UPDATE kb_chunks SET quarantine = NULL WHERE rowid = ?').run(chunk.rowid);
      this.db.prepare('INSERT INTO kb_chunks_fts (rowid, title, body) VALUES (?, ?, ?)').run(chunk.rowid, titleTerms(chunk), bodyTerms(chunk));
      this.invalidateCaches();
      return true;
    })();
  }

  stats(): { documents: number; chunks: number; quarantinedChunks: number; pendingJobs: number; byLanguage: Record<string, number>; byAudience: Record<string, number> } {
    const count = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    const group = (sql: string) => Object.fromEntries((this.db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
    return {
      documents: count('SELECT COUNT(*) FROM kb_documents'),
      chunks: count('SELECT COUNT(*) FROM kb_chunks'),
      quarantinedChunks: count('SELECT COUNT(*) FROM kb_chunks WHERE quarantine IS NOT NULL'),
      pendingJobs: count('SELECT COUNT(*) FROM kb_jobs'),
      byLanguage: group('SELECT language AS k, COUNT(*) AS n FROM kb_chunks GROUP BY language'),
      byAudience: group('SELECT audience AS k, COUNT(*) AS n FROM kb_documents GROUP BY audience'),
    };
  }

  insertJob(kind: JobKind, documentId: string, version: number, step: string, payload: object): number {
    return Number(this.db.prepare('INSERT INTO kb_jobs (kind, document_id, version, step, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(kind, documentId, version, step, JSON.stringify(payload), new Date().toISOString()).lastInsertRowid);
  }

  setJobStep(jobId: number, step: string): void {
    this.db.prepare('UPDATE kb_jobs SET step = ? WHERE id = ?').run(step, jobId);
  }

  deleteJob(jobId: number): void {
    this.db.prepare('DELETE FROM kb_jobs WHERE id = ?').run(jobId);
  }

  listJobs(): JobRow[] {
    return this.db.prepare('SELECT id, kind, document_id AS documentId, version, step, payload FROM kb_jobs ORDER BY id').all() as JobRow[];
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private invalidateCaches(): void {
    this.languagesCache = undefined;
    this.searchableCache = undefined;
    this.costCache.clear();
  }

  private deleteDocumentRows(documentId: string): void {
    this.db.prepare('DELETE FROM kb_chunks_fts WHERE rowid IN (SELECT rowid FROM kb_chunks WHERE document_id = ?)').run(documentId);
    this.db.prepare('DELETE FROM kb_chunks WHERE document_id = ?').run(documentId);
    this.db.prepare('DELETE FROM kb_document_tags WHERE document_id = ?').run(documentId);
    this.db.prepare('DELETE FROM kb_documents WHERE id = ?').run(documentId);
  }

  private writeTags(documentId: string, tags: string[]): void {
    this.db.prepare('DELETE FROM kb_document_tags WHERE document_id = ?').run(documentId);
    const insert = this.db.prepare('INSERT OR IGNORE INTO kb_document_tags (document_id, tag) VALUES (?, ?)');
    for (const tag of tags) insert.run(documentId, tag);
  }
}

function toRecord(row: DocumentDbRow): DocumentRecord {
  return {
    id: row.id, title: row.title, format: row.format, sourceName: row.source_name, contentHash: row.content_hash,
    audience: row.audience, tags: JSON.parse(row.tags) as string[], language: row.language, version: row.version,
    chunkCount: row.chunk_count, updatedAt: row.updated_at,
  };
}

function toChunk(row: ChunkDbRow): StoredChunk {
  return {
    rowid: row.rowid, id: row.id, documentId: row.document_id, version: row.version, chunkIndex: row.chunk_index,
    text: row.text, sectionPath: JSON.parse(row.section_path) as string[], page: row.page ?? undefined,
    language: row.language, audience: row.audience,
    quarantine: row.quarantine ? (JSON.parse(row.quarantine) as string[]) : undefined,
    dedupeKey: row.dedupe_key, title: row.title,
  };
}

/** Vocabulary terms read per prefix: enough to price a rare prefix, cheap for a common one. */
const PREFIX_EXPANSIONS_READ = 64;

/**
 * Summed posting-list lengths. One row more than PREFIX_EXPANSIONS_READ is fetched, so that a
 * prefix with exactly that many expansions is priced exactly and only one with more counts as the whole index.
 */
function sumCost(docs: number[], total: number): number {
  const read = docs.slice(0, PREFIX_EXPANSIONS_READ).reduce((a, b) => a + b, 0);
  return docs.length > PREFIX_EXPANSIONS_READ ? Math.max(total, read) : read;
}
