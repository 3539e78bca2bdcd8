import type { ChromaClient, Collection, Where } from 'chromadb';
import { z } from 'zod';
import { InternalError, ServiceUnavailableError, errorMessage, type Audience } from '@grounded/shared';

/** Chroma's largest batch per add/delete call from the JS client. */
export const CHROMA_MAX_BATCH = 5461;

/** Metadata we keep on each vector: just what dense-side filters need. */
export const vectorMetadataSchema = z.object({
  document_id: z.string(),
  version: z.number().int(),
  chunk_index: z.number().int(),
  audience: z.enum(['public', 'internal']),
  language: z.string(),
});
export type VectorMetadata = z.infer<typeof vectorMetadataSchema>;

export interface VectorFilters {
  publicOnly: boolean;
  language: string | undefined;
  documentIds: string[] | undefined;
}

/** The Chroma half of the store: one collection of our own vectors, no documents, no embedder. */
export class ChromaVectors {
  private constructor(private readonly collection: Collection, private readonly url: string) {}

  static async open(client: ChromaClient, name: string, url: string): Promise<ChromaVectors> {
    const collection = await wrap(url, 'open the collection', () =>
      client.getOrCreateCollection({ name, embeddingFunction: null, configuration: { hnsw: { space: 'cosine' } } }));
    return new ChromaVectors(collection, url);
  }

  async add(ids: string[], embeddings: number[][], metadatas: VectorMetadata[]): Promise<void> {
    for (let start = 0; start < ids.length; start += CHROMA_MAX_BATCH) {
      const end = start + CHROMA_MAX_BATCH;
      await wrap(this.url, 'add vectors', () => this.collection.upsert({
        ids: ids.slice(start, end), embeddings: embeddings.slice(start, end), metadatas: metadatas.slice(start, end),
      }));
    }
  }

  async deleteIds(ids: string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += CHROMA_MAX_BATCH) {
      await wrap(this.url, 'delete vectors', () => this.collection.delete({ ids: ids.slice(start, start + CHROMA_MAX_BATCH) }));
    }
  }

  /** Rewrite the filter metadata of vectors (audience after a metadata-only update). */
  async updateMetadata(ids: string[], metadatas: VectorMetadata[]): Promise<void> {
    for (let start = 0; start < ids.length; start += CHROMA_MAX_BATCH) {
      const end = start + CHROMA_MAX_BATCH;
      await wrap(this.url, 'update vector metadata', () => this.collection.update({ ids: ids.slice(start, end), metadatas: metadatas.slice(start, end) }));
    }
  }

  /** Every vector id of the collection (paged), for the orphan sweep. */
  async allIds(pageSize = 5000): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = await wrap(this.url, 'list vector ids', () => this.collection.get({ include: [], limit: pageSize, offset }));
      ids.push(...page.ids);
      if (page.ids.length < pageSize) return ids;
    }
  }

  async count(): Promise<number> {
    return wrap(this.url, 'count vectors', () => this.collection.count());
  }

  async getMetadata(ids: string[]): Promise<Map<string, VectorMetadata>> {
    const result = await wrap(this.url, 'read vector metadata', () => this.collection.get({ ids, include: ['metadatas'] }));
    return new Map(result.ids.map((id, i) => [id, vectorMetadataSchema.parse(result.metadatas[i])]));
  }

  /**
   * Nearest neighbours by cosine; `similarity` is 1 - cosine distance. A public-only search with
   * no other filter over-fetches without `where` and drops non-public hits by their metadata:
   * Chroma's metadata filter costs ~40x an unfiltered query on 50k vectors. Only when too few
   * public hits survive does it fall back to the filtered query, so recall never collapses.
   */
  async query(embedding: number[], limit: number, filters: VectorFilters, publicOverfetch = 3): Promise<{ id: string; similarity: number }[]> {
    if (filters.publicOnly && !filters.language && !filters.documentIds && publicOverfetch > 1) {
      const wide = limit * publicOverfetch;
      const result = await wrap(this.url, 'query vectors', () => this.collection.query({
        queryEmbeddings: [embedding], nResults: wide, include: ['distances', 'metadatas'],
      }));
      const ids = result.ids[0] ?? [];
      const kept = ids
        .map((id, i) => ({ id, similarity: 1 - (result.distances[0]?.[i] ?? 1), audience: result.metadatas[0]?.[i]?.audience }))
        .filter((hit) => hit.audience === 'public')
        .slice(0, limit)
        .map(({ id, similarity }) => ({ id, similarity }));
      if (kept.length >= Math.min(limit, 10) || ids.length < wide) return kept;
    }
    const where = buildWhere(filters);
    const result = await wrap(this.url, 'query vectors', () => this.collection.query({
      queryEmbeddings: [embedding], nResults: limit, include: ['distances'], ...(where ? { where } : {}),
    }));
    const ids = result.ids[0] ?? [];
    const distances = result.distances[0] ?? [];
    return ids.map((id, i) => ({ id, similarity: 1 - (distances[i] ?? 1) }));
  }
}

/** Chroma `where` from our filters; undefined when none (an unfiltered query is much faster). */
export function buildWhere(filters: VectorFilters): Where | undefined {
  const clauses: Where[] = [];
  const publicAudience: Audience = 'public';
  if (filters.publicOnly) clauses.push({ audience: publicAudience });
  if (filters.language) clauses.push({ language: filters.language });
  if (filters.documentIds) clauses.push({ document_id: { $in: filters.documentIds } });
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

async function wrap<T>(url: string, action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = errorMessage(error);
    if (/fetch failed|ECONNREFUSED|connect|network|socket/i.test(message)) {
      throw new ServiceUnavailableError(`Chroma at ${url} is unreachable (could not ${action}).`, {
        hint: 'Is the Chroma server running, and is CHROMA_URL right?', cause: error, details: { url },
      });
    }
    throw new InternalError(`Chroma failed to ${action}: ${message}`, { cause: error, details: { url } });
  }
}
