import { errorMessage, type Logger } from '@grounded/shared';
import type { ChromaVectors, VectorMetadata } from './chroma-vectors';
import type { JobPayload } from './jobs';
import type { SqliteCatalog, StoredChunk } from './sqlite-catalog';

/** What a reconcile pass did. */
export interface ReconcileReport {
  /** Upserts that crashed before their SQLite swap: their new vectors were deleted. */
  rolledBack: number;
  /** Jobs that had committed in SQLite and were finished (old vectors deleted, metadata pushed). */
  completed: number;
  /** Vectors in Chroma that no SQLite row points at, deleted. */
  orphansDeleted: number;
}

export function vectorMetadataOf(chunk: StoredChunk): VectorMetadata {
  return {
    document_id: chunk.documentId, version: chunk.version, chunk_index: chunk.chunkIndex,
    audience: chunk.audience, language: chunk.language,
  };
}

/** Push the current SQLite metadata of a document's chunks to their vectors. */
export async function syncVectorMetadata(catalog: SqliteCatalog, vectors: ChromaVectors, documentId: string): Promise<void> {
  const chunks = catalog.chunksOf(documentId);
  if (chunks.length > 0) await vectors.updateMetadata(chunks.map((c) => c.id), chunks.map(vectorMetadataOf));
}

/**
 * Finish or roll back every journalled job, then (optionally) sweep orphan vectors. SQLite
 * decides: a job whose swap committed is completed, any other upsert is rolled back. Must run
 * with no write in flight (the store holds its write lock).
 */
export async function reconcile(
  catalog: SqliteCatalog, vectors: ChromaVectors, logger: Logger, sweepOrphans: boolean,
): Promise<ReconcileReport> {
  const report: ReconcileReport = { rolledBack: 0, completed: 0, orphansDeleted: 0 };
  for (const job of catalog.listJobs()) {
    const payload = JSON.parse(job.payload) as JobPayload;
    if (job.kind === 'upsert' && job.step !== 'swapped') {
      await vectors.deleteIds(payload.newIds ?? []);
      report.rolledBack++;
    } else if (job.kind === 'metadata') {
      await syncVectorMetadata(catalog, vectors, job.documentId);
      report.completed++;
    } else {
      await vectors.deleteIds(payload.oldIds ?? []);
      report.completed++;
    }
    catalog.deleteJob(job.id);
    logger.info({ job: job.id, kind: job.kind, step: job.step, documentId: job.documentId }, 'knowledge store: reconciled job');
  }
  if (sweepOrphans) {
    try {
      const known = catalog.allChunkIds();
      const orphans = (await vectors.allIds()).filter((id) => !known.has(id));
      await vectors.deleteIds(orphans);
      report.orphansDeleted = orphans.length;
    } catch (error) {
      // Orphans are invisible to search; failing to sweep them must not block opening the store.
      logger.warn({ error: errorMessage(error) }, 'knowledge store: orphan sweep failed; will retry on next open');
    }
  }
  if (report.rolledBack + report.completed + report.orphansDeleted > 0) logger.info({ ...report }, 'knowledge store: reconcile done');
  return report;
}
