import type { Embeddings } from '@langchain/core/embeddings';
import {
  ConfigError, NotFoundError, ValidationError, silentLogger,
  type DocumentRecord, type Logger, type ParsedDocument, type SearchHit,
} from '@grounded/shared';
import { connectChroma } from './chroma-server';
import { bodyTerms, embeddingInput, titleTerms, toChunkRow } from './store/chunk-analysis';
import { ChromaVectors, type VectorMetadata } from './store/chroma-vectors';
import { hybridSearch, type SearchOptions } from './store/hybrid-search';
import { chunkId, type UpsertStep } from './store/jobs';
import {
  knowledgeStoreOptionsSchema, type FaultInjection, type KnowledgeStoreOptions, type ResolvedStoreOptions,
} from './store/knowledge-store-options';
import { parsedDocumentSchema } from './store/parsed-document-schema';
import { reconcile, syncVectorMetadata, type ReconcileReport } from './store/reconcile';
import { SqliteCatalog } from './store/sqlite-catalog';

export interface UpsertResult {
  status: 'created' | 'updated' | 'unchanged' | 'metadata-updated';
  id: string;
  version: number;
  chunkCount: number;
}

/** A chunk held back from search for admin review. */
export interface QuarantinedChunk {
  chunkId: string;
  documentId: string;
  version: number;
  title: string;
  chunkIndex: number;
  text: string;
  reasons: string[];
}

export type StoreStats = ReturnType<SqliteCatalog['stats']> & { vectors: number };

/**
 * Hybrid knowledge store: chunk text, metadata and a BM25 index in SQLite (the source of truth
 * for what is visible), our own vectors in Chroma. Writes are serialised and journalled so a
 * crash between the two stores never leaves a half-indexed document searchable.
 */
export class KnowledgeStore {
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly catalog: SqliteCatalog,
    private readonly vectors: ChromaVectors,
    private readonly embeddings: Embeddings,
    private readonly options: ResolvedStoreOptions,
    private readonly logger: Logger,
    private readonly faultInjection: FaultInjection | undefined,
  ) {}

  /** Connect to Chroma, open (or create) the collection and the SQLite file, then reconcile. */
  static async open(input: KnowledgeStoreOptions): Promise<KnowledgeStore> {
    const parsed = knowledgeStoreOptionsSchema.safeParse(input);
    if (!parsed.success) {
      throw new ValidationError('Invalid knowledge store options.', {
        hint: 'Check chromaUrl (a URL), sqlitePath, and the collection name (3-512 chars of letters, digits, . _ -).',
        details: { issues: parsed.error.issues },
      });
    }
    const options = parsed.data;
    const logger = input.logger ?? silentLogger;
    const client = await connectChroma(options.chromaUrl);
    const vectors = await ChromaVectors.open(client, options.collection, options.chromaUrl);
    const catalog = new SqliteCatalog(options.sqlitePath, options.bm25Weights);
    try {
      const pinned = catalog.pinnedMeta('collection', options.collection);
      if (pinned !== options.collection) {
        throw new ConfigError(`${options.sqlitePath} belongs to Chroma collection "${pinned}", not "${options.collection}".`, {
          hint: 'Use the collection this database was created with, or a new SQLite file for a new collection.',
        });
      }
      const store = new KnowledgeStore(catalog, vectors, input.embeddings, options, logger, input.faultInjection);
      await store.reconcile();
      return store;
    } catch (error) {
      // No store is returned, so nobody else would ever close the database.
      catalog.close();
      throw error;
    }
  }

  /** Finish or roll back journalled writes and delete orphan vectors (runs on open). */
  reconcile(): Promise<ReconcileReport> {
    return this.exclusive(() => reconcile(this.catalog, this.vectors, this.logger, this.options.sweepOrphans));
  }

  /** Add or replace a document; unchanged content is a no-op, metadata-only changes skip re-embedding. */
  upsert(input: ParsedDocument, opts: { onProgress?(done: number, total: number): void } = {}): Promise<UpsertResult> {
    const parsed = parsedDocumentSchema.safeParse(input);
    if (!parsed.success) {
      return Promise.reject(new ValidationError(`Document "${String(input?.id)}" is not a valid parsed document.`, {
        hint: 'It needs an id, a title, a content hash and at least one chunk with unique indexes.',
        details: { issues: parsed.error.issues },
      }));
    }
    const doc = parsed.data as ParsedDocument;
    return this.exclusive(async () => {
      const existing = this.catalog.getDocument(doc.id);
      if (existing && existing.contentHash === doc.contentHash) {
        const same = existing.title === doc.title && existing.audience === doc.audience
          && existing.sourceName === doc.sourceName && existing.format === doc.format
          && JSON.stringify([...existing.tags].sort()) === JSON.stringify([...doc.tags].sort());
        if (same) return { status: 'unchanged', id: doc.id, version: existing.version, chunkCount: existing.chunkCount };
        const jobId = this.catalog.updateMetadata(doc, (c) => titleTerms(doc.title, c.sectionPath, c.language), {});
        await syncVectorMetadata(this.catalog, this.vectors, doc.id);
        this.catalog.deleteJob(jobId);
        return { status: 'metadata-updated', id: doc.id, version: existing.version, chunkCount: existing.chunkCount };
      }
      return this.writeNewVersion(doc, (existing?.version ?? 0) + 1, existing !== undefined, opts.onProgress);
    });
  }

  private async writeNewVersion(
    doc: ParsedDocument, version: number, replacing: boolean, onProgress?: (done: number, total: number) => void,
  ): Promise<UpsertResult> {
    const ids = doc.chunks.map((chunk) => chunkId(doc.id, version, chunk.index));
    const rows = doc.chunks.map((chunk, i) => toChunkRow(ids[i]!, doc.title, chunk));
    const oldIds = this.catalog.chunkIdsOf(doc.id);
    const jobId = this.catalog.insertJob('upsert', doc.id, version, 'job-recorded', { newIds: ids, oldIds });
    await this.fault('job-recorded');
    try {
      const total = doc.chunks.length;
      for (let start = 0; start < total; start += this.options.embedBatchSize) {
        const batch = doc.chunks.slice(start, start + this.options.embedBatchSize);
        const embeddings = await this.embeddings.embedDocuments(batch.map((c) => embeddingInput(doc.title, c.sectionPath, c.text, this.options.embedTitleRepeats)));
        const metadatas: VectorMetadata[] = batch.map((c, i) => ({
          document_id: doc.id, version, chunk_index: c.index, audience: doc.audience, language: rows[start + i]!.language,
        }));
        await this.vectors.add(ids.slice(start, start + batch.length), embeddings, metadatas);
        onProgress?.(Math.min(total, start + batch.length), total);
      }
    } catch (error) {
      // Nothing is visible yet: undo what reached Chroma. If that fails too, reconcile will.
      await this.vectors.deleteIds(ids).then(() => this.catalog.deleteJob(jobId),
        (cleanupError) => this.logger.error({ documentId: doc.id, error: String(cleanupError) }, 'knowledge store: rollback failed; reconcile will retry'));
      throw error;
    }
    this.catalog.setJobStep(jobId, 'vectors-written');
    await this.fault('vectors-written');
    try {
      this.catalog.swapVersion(doc, version, rows, jobId);
    } catch (error) {
      // The transaction rolled back, so the old version is still live: drop the new vectors.
      await this.vectors.deleteIds(ids).then(() => this.catalog.deleteJob(jobId),
        (cleanupError) => this.logger.error({ documentId: doc.id, error: String(cleanupError) }, 'knowledge store: rollback failed; reconcile will retry'));
      throw error;
    }
    await this.fault('swapped');
    try {
      await this.vectors.deleteIds(oldIds);
      this.catalog.deleteJob(jobId);
    } catch (error) {
      // The new version is live; stale vectors are invisible and reconcile deletes them later.
      this.logger.warn({ documentId: doc.id, error: String(error) }, 'knowledge store: could not delete old vectors yet');
    }
    this.logger.info({ documentId: doc.id, version, chunks: ids.length }, 'knowledge store: document indexed');
    return { status: replacing ? 'updated' : 'created', id: doc.id, version, chunkCount: ids.length };
  }

  /** Delete a document and its vectors. */
  remove(id: string): Promise<void> {
    return this.exclusive(async () => {
      if (!this.catalog.getDocument(id)) {
        throw new NotFoundError(`No document with id "${id}".`, { hint: 'List documents to see the ids in the store.', details: { id } });
      }
      const jobId = this.catalog.removeDocument(id);
      const job = this.catalog.listJobs().find((j) => j.id === jobId);
      await this.vectors.deleteIds((JSON.parse(job?.payload ?? '{}') as { oldIds?: string[] }).oldIds ?? []);
      this.catalog.deleteJob(jobId);
    });
  }

  list(): DocumentRecord[] {
    return this.catalog.listDocuments();
  }

  get(id: string): DocumentRecord | undefined {
    return this.catalog.getDocument(id);
  }

  async stats(): Promise<StoreStats> {
    return { ...this.catalog.stats(), vectors: await this.vectors.count() };
  }

  /** Hybrid search (dense + BM25, fused; convex score fusion by default), filtered, deduplicated, with citations. */
  search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return hybridSearch({ catalog: this.catalog, vectors: this.vectors, embeddings: this.embeddings, options: this.options }, query, options);
  }

  quarantined(): QuarantinedChunk[] {
    return this.catalog.listQuarantined().map((c) => ({
      chunkId: c.id, documentId: c.documentId, version: c.version, title: c.title, chunkIndex: c.chunkIndex,
      text: c.text, reasons: c.quarantine ?? [],
    }));
  }

  /** Make a quarantined chunk searchable after an admin reviewed it. */
  releaseQuarantine(chunkIdToRelease: string): void {
    const released = this.catalog.releaseQuarantine(chunkIdToRelease,
      (c) => titleTerms(c.title, c.sectionPath, c.language), (c) => bodyTerms(c.text, c.language));
    if (!released) {
      throw new NotFoundError(`No quarantined chunk with id "${chunkIdToRelease}".`, {
        hint: 'List quarantined chunks to see their ids; a new document version replaces old chunk ids.',
        details: { chunkId: chunkIdToRelease },
      });
    }
  }

  /** Wait for pending writes, then close SQLite. Chroma needs no closing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue.catch(() => undefined);
    this.catalog.close();
  }

  private async fault(step: UpsertStep): Promise<void> {
    if (this.faultInjection?.afterStep === step) await this.faultInjection.hook(step);
  }

  /** Serialise writes: the journal and the orphan sweep assume one writer at a time. */
  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new ValidationError('The knowledge store is closed.', { hint: 'Open a new KnowledgeStore.' }));
    const next = this.writeQueue.then(run, run);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }
}
