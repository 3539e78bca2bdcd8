/**
 * The knowledge base as the product uses it: files in, searchable passages out. It composes
 * ingestion (parse + chunk), the guardrail scan for instructions hidden in documents, and the
 * retrieval store. One instance per process.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkUploadSize, parseDocument, resolveIngestionOptions, type IngestionOptions } from '@grounded/ingestion';
import { KnowledgeStore } from '@grounded/retrieval';
import { DOCUMENT_SCAN_THRESHOLD, scanDocumentChunk } from '@grounded/guardrails';
import {
  errorMessage,
  isGroundedError,
  type Audience,
  type Logger,
  type ParsedDocument,
  type SearchFilters,
  type SearchHit,
} from '@grounded/shared';
import type { Embeddings } from '@langchain/core/embeddings';
import { listIngestibleFiles } from './list-ingestible-files';

export interface IngestRequest {
  audience?: Audience;
  tags?: string[];
  /** Overrides the title the document itself gives. */
  title?: string;
}

/** The outcome of one file in a batch: a batch never stops at a bad file. */
export type IngestResult =
  | { file: string; ok: true; id: string; status: string; version: number; chunkCount: number; quarantined: number }
  | { file: string; ok: false; code: string; error: string; hint?: string };

export interface KnowledgeBaseConfig {
  chromaUrl: string;
  sqlitePath: string;
  collection: string;
  embeddings: Embeddings;
  ingestion: Partial<IngestionOptions>;
  logger: Logger;
}

export class KnowledgeBase {
  private constructor(
    readonly store: KnowledgeStore,
    private readonly config: KnowledgeBaseConfig,
  ) {}

  static async open(config: KnowledgeBaseConfig): Promise<KnowledgeBase> {
    const store = await KnowledgeStore.open({
      chromaUrl: config.chromaUrl,
      sqlitePath: config.sqlitePath,
      collection: config.collection,
      embeddings: config.embeddings,
      logger: config.logger,
    });
    return new KnowledgeBase(store, config);
  }

  /** Parses, scans and stores one upload. Throws the ingestion error when the file is bad. */
  async ingestBytes(bytes: Uint8Array, fileName: string, request: IngestRequest & { declaredType?: string } = {}) {
    const parsed = await parseDocument(
      {
        bytes,
        fileName,
        ...(request.declaredType ? { declaredType: request.declaredType } : {}),
        ...(request.audience ? { audience: request.audience } : {}),
        ...(request.tags ? { tags: request.tags } : {}),
        ...(request.title ? { title: request.title } : {}),
      },
      { ...this.config.ingestion, logger: this.config.logger },
    );
    const scanned = quarantineHiddenInstructions(parsed);
    const result = await this.store.upsert(scanned.document);
    if (scanned.quarantined > 0) {
      this.config.logger.warn(
        { documentId: result.id, chunks: scanned.quarantined },
        'quarantined chunks that carry instructions; review them with `grounded docs quarantine`',
      );
    }
    return { ...result, quarantined: scanned.quarantined };
  }

  /** Ingests files and folders (recursively); reports each file, continuing past failures. */
  async ingestPaths(
    inputs: string[],
    request: IngestRequest,
    onResult?: (result: IngestResult, done: number, total: number) => void,
  ): Promise<IngestResult[]> {
    const files = await listIngestibleFiles(inputs);
    const results: IngestResult[] = [];
    for (const file of files) {
      results.push(await this.ingestFile(file, request));
      onResult?.(results.at(-1)!, results.length, files.length);
    }
    return results;
  }

  search(query: string, options: SearchFilters & { k?: number }): Promise<SearchHit[]> {
    return this.store.search(query, options);
  }

  async close(): Promise<void> {
    await this.store.close();
  }

  /** Ingests one file from disk; a failure becomes a result, never a throw. */
  async ingestFile(file: string, request: IngestRequest): Promise<IngestResult> {
    try {
      // Refuse an oversized file before reading it: a multi-GB file would otherwise be read into memory.
      const { size } = await fs.stat(file);
      checkUploadSize(path.basename(file), size, resolveIngestionOptions(this.config.ingestion).maxBytes);
      const bytes = await fs.readFile(file);
      const stored = await this.ingestBytes(bytes, path.basename(file), request);
      return { file, ok: true, ...stored };
    } catch (error) {
      if (!isGroundedError(error)) this.config.logger.error({ err: error, file }, 'unexpected ingestion failure');
      return isGroundedError(error)
        ? { file, ok: false, code: error.code, error: error.message, ...(error.hint ? { hint: error.hint } : {}) }
        : { file, ok: false, code: 'internal', error: errorMessage(error) };
    }
  }
}

/** Marks chunks whose text carries instructions (indirect prompt injection) as quarantined. */
function quarantineHiddenInstructions(document: ParsedDocument): { document: ParsedDocument; quarantined: number } {
  let quarantined = 0;
  const chunks = document.chunks.map((chunk) => {
    const scan = scanDocumentChunk(chunk.text, { threshold: DOCUMENT_SCAN_THRESHOLD });
    if (!scan.flagged) return chunk;
    quarantined += 1;
    return { ...chunk, quarantine: scan.reasons };
  });
  return { document: { ...document, chunks }, quarantined };
}
