import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import type { SearchFilters } from '@grounded/shared';
import type { KnowledgeStore } from './knowledge-store';

/** Metadata of each Document the retriever returns: the citation plus scores. */
export interface HybridDocumentMetadata {
  chunkId: string;
  documentId: string;
  version: number;
  title: string;
  sectionPath: string[];
  page?: number;
  chunkIndex: number;
  language: string;
  audience: 'public' | 'internal';
  score: number;
  scores: { dense?: number; keyword?: number };
}

export interface HybridRetrieverInput extends BaseRetrieverInput {
  store: KnowledgeStore;
  /** Passages per query. @default 5 */
  k?: number;
  /** Applied to every query: a customer-facing chain sets `audience: 'public'`. */
  filters?: SearchFilters;
}

/** LangChain retriever over the knowledge store's hybrid search (the chat pipeline's seam). */
export class HybridRetriever extends BaseRetriever<HybridDocumentMetadata> {
  static override lc_name(): string {
    return 'HybridRetriever';
  }
  override lc_namespace = ['grounded', 'retrieval'];

  private readonly store: KnowledgeStore;
  readonly k: number;
  readonly filters: SearchFilters;

  constructor(fields: HybridRetrieverInput) {
    super(fields);
    this.store = fields.store;
    this.k = fields.k ?? 5;
    this.filters = fields.filters ?? {};
  }

  override async _getRelevantDocuments(query: string): Promise<Document<HybridDocumentMetadata>[]> {
    const hits = await this.store.search(query, { ...this.filters, k: this.k });
    return hits.map((hit) => new Document<HybridDocumentMetadata>({
      pageContent: hit.text,
      id: hit.id,
      metadata: {
        chunkId: hit.id, ...hit.citation, language: hit.language, audience: hit.audience, score: hit.score, scores: hit.scores,
      },
    }));
  }
}
