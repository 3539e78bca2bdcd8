import type { Embeddings } from '@langchain/core/embeddings';
import { z } from 'zod';
import type { Logger } from '@grounded/shared';
import type { UpsertStep } from './jobs';

/** Tunables of the knowledge store; defaults were tuned on BEIR-style FAQ sets (see README). */
export const knowledgeStoreOptionsSchema = z.object({
  /** URL of the Chroma server (e.g. from startChromaServer or CHROMA_URL). */
  chromaUrl: z.url(),
  /** SQLite database file (created with its directory). */
  sqlitePath: z.string().min(1),
  /** Chroma collection name: 3-512 chars of [a-zA-Z0-9._-], starting and ending alphanumeric. */
  collection: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$/),
  /**
   * How the ranked lists are fused: `convex` = weighted sum of each list's scores divided by
   * that list's best score (keeps score gaps; on covid-faq-en through the product path better than RRF at every weighting tried), `rrf` =
   * reciprocal rank fusion (uses ranks only). @default 'convex'
   */
  fusion: z.enum(['convex', 'rrf']).default('convex'),
  /** RRF constant k (fusion 'rrf' only): larger flattens the rank curve. @default 10 */
  rrfK: z.number().positive().default(10),
  /** Candidates each retriever contributes per search: max(minCandidates, k * candidatesPerK). @default 40 */
  minCandidates: z.number().int().positive().default(40),
  /** @default 4 */
  candidatesPerK: z.number().int().positive().default(4),
  /** Fusion weight of the dense retriever. @default 1 */
  denseWeight: z.number().min(0).default(1),
  /** Fusion weight of the keyword retriever. @default 1 */
  keywordWeight: z.number().min(0).default(1),
  /** Fusion weight of a third list: BM25 over titles and headings only (0 disables it). @default 0.25 */
  titleKeywordWeight: z.number().min(0).default(0.25),
  /** Query terms at least this long also match as prefixes ("corona"*); 0 disables. @default 4 */
  prefixMinLength: z.number().int().min(0).default(4),
  /** Public-only dense queries fetch this many times the candidates unfiltered, then drop internal hits (1 = always use Chroma's slow `where`). @default 3 */
  publicOverfetch: z.number().int().min(1).default(3),
  /** Term pruning applies from this many searchable chunks on (see pruneDfRatio). @default 5000 */
  pruneMinChunks: z.number().int().min(0).default(5000),
  /** Rarest-first, query terms are kept while their summed chunk frequency stays within this share of the chunks. @default 0.05 */
  pruneDfRatio: z.number().min(0).max(1).default(0.05),
  /** ...but the rarest this many terms that occur in the index are always kept. @default 1 */
  pruneKeep: z.number().int().min(1).default(1),
  /** How many times title + headings are repeated before the text that is embedded. @default 4 */
  embedTitleRepeats: z.number().int().min(0).max(10).default(4),
  /** BM25 column weights: title (document title + section path) vs body. @default { title: 2, body: 1 } */
  bm25Weights: z.object({ title: z.number().min(0), body: z.number().min(0) }).default({ title: 2, body: 1 }),
  /** Word-3-shingle Jaccard at or above which two passages count as duplicates. @default 0.8 */
  duplicateJaccard: z.number().min(0).max(1).default(0.8),
  /** Chunks embedded (and written to Chroma) per batch during upsert. @default 512 */
  embedBatchSize: z.number().int().positive().default(512),
  /** On open, delete Chroma vectors no SQLite row points at. @default true */
  sweepOrphans: z.boolean().default(true),
});

/** TEST ONLY: run `hook` after a named upsert step (a crash test SIGKILLs the process there). */
export interface FaultInjection {
  afterStep: UpsertStep;
  hook(step: UpsertStep): Promise<void> | void;
}

export type KnowledgeStoreOptions = z.input<typeof knowledgeStoreOptionsSchema> & {
  /** Any LangChain embedder; HashingEmbeddings needs no weights. */
  embeddings: Embeddings;
  logger?: Logger;
  faultInjection?: FaultInjection;
};
export type ResolvedStoreOptions = z.output<typeof knowledgeStoreOptionsSchema>;
