import type { Embeddings } from '@langchain/core/embeddings';
import { z } from 'zod';
import { ValidationError, searchFiltersSchema, type SearchHit } from '@grounded/shared';
import { primaryLanguage } from '../text/language-analyzers';
import type { ChromaVectors } from './chroma-vectors';
import { buildFtsMatch, queryLanguages, queryTerms } from './fts-query';
import type { ResolvedStoreOptions } from './knowledge-store-options';
import { dropNearDuplicates } from './near-duplicates';
import { convexFusion, reciprocalRankFusion, type RankedList } from './reciprocal-rank-fusion';
import type { SqliteCatalog, StoredChunk } from './sqlite-catalog';

/**
 * Search options: how many hits, plus filters. `audience: 'public'` returns only public text
 * (customers); `audience: 'internal'` (staff) returns both; no audience means no filter.
 * `tags` matches documents carrying ANY of the tags.
 */
export const searchOptionsSchema = searchFiltersSchema.extend({
  /** @default 5 */
  k: z.number().int().min(1).max(100).default(5),
});
export type SearchOptions = z.input<typeof searchOptionsSchema>;

/** Event-loop turns given to the dense request to leave before the synchronous FTS query (see below). */
const REQUEST_FLUSH_TURNS = 3;

export interface SearchDeps {
  catalog: SqliteCatalog;
  vectors: ChromaVectors;
  embeddings: Embeddings;
  options: ResolvedStoreOptions;
}

export async function hybridSearch(deps: SearchDeps, query: string, rawOptions: SearchOptions = {}): Promise<SearchHit[]> {
  const parsed = searchOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    throw new ValidationError('Invalid search options.', {
      hint: 'k is 1..100; audience is public or internal; language an ISO code; tags and documentIds non-empty strings.',
      details: { issues: parsed.error.issues },
    });
  }
  const { k, audience, tags, documentIds: requestedIds } = parsed.data;
  if (query.trim() === '') return [];
  const { catalog, vectors, embeddings, options } = deps;
  const language = parsed.data.language ? primaryLanguage(parsed.data.language) : undefined;

  let documentIds = requestedIds;
  if (tags?.length) {
    const tagged = catalog.documentsWithTags(tags);
    documentIds = documentIds ? documentIds.filter((id) => tagged.includes(id)) : tagged;
  }
  if (documentIds && documentIds.length === 0) return [];
  const filters = { publicOnly: audience === 'public', language, documentIds };
  const candidates = Math.max(options.minCandidates, k * options.candidatesPerK);

  // Dense first: its HTTP round trip dominates, so the synchronous FTS query runs while it flies.
  const embedding = await embeddings.embedQuery(query);
  // A public-only search with no other filter over-fetches without Chroma's `where` (~40x
  // slower at 50k vectors) and without vector metadata (reading it costs more than the search):
  // the SQLite rows fetched below say which hits are public.
  const overfetch = filters.publicOnly && !language && !documentIds && options.publicOverfetch > 1;
  const wide = candidates * options.publicOverfetch;
  const densePromise = overfetch
    ? vectors.query(embedding, wide, { publicOnly: false, language: undefined, documentIds: undefined }, 1)
    : vectors.query(embedding, candidates, filters, 1);
  // Nothing awaits densePromise until after the event-loop turns and the FTS query below: a
  // rejection in that window would be reported as unhandled (and can end the process). This
  // marks it handled; the `await densePromise` further down still throws the error.
  densePromise.catch(() => {});
  // The Chroma client (and undici under it) needs several event-loop turns before the request
  // reaches the socket; the FTS query below is synchronous, so without these turns the request
  // would leave only after it and the two retrievers would run one after the other. Measured at
  // 50k chunks: 0 or 1 turn = no overlap (hybrid ~2.0x raw Chroma), 2-4 turns = overlap (~1.3x).
  for (let turn = 0; turn < REQUEST_FLUSH_TURNS; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  const match = buildFtsMatch(pruneCommonTerms(catalog, queryTerms(query, language ? [language] : queryLanguages(query, catalog.languages())), options),
    options.prefixMinLength);
  let keyword: { id: string; score: number }[] = [];
  let titleKeyword: { id: string; score: number }[] = [];
  try {
    if (match) {
      keyword = catalog.keywordSearch(match, filters, candidates, options.publicOverfetch);
      // Titles and headings ranked on their own: a short, on-topic title is strong evidence
      // that whole-chunk BM25 (length-normalised over the body) underrates.
      if (options.titleKeywordWeight > 0) titleKeyword = catalog.keywordSearch(`title : (${match})`, filters, candidates, options.publicOverfetch);
    }
  } catch (error) {
    // Let the in-flight dense query settle first, so no request is still running when the caller sees the error.
    await densePromise.catch(() => undefined);
    throw error;
  }
  let dense = await densePromise;

  // One synchronous read after both retrievers: a concurrent version swap is either fully
  // visible or not at all, and anything no longer active (old version, removed) drops out.
  const fetchAll = () => catalog.fetchChunks([...new Set([...dense, ...keyword, ...titleKeyword].map((hit) => hit.id))]);
  let rows = fetchAll();
  if (overfetch) {
    const isPublic = (hit: { id: string }) => rows.get(hit.id)?.audience === 'public';
    if (dense.filter(isPublic).length < Math.min(candidates, 10) && dense.length >= wide) {
      // Too few public vectors among the nearest: ask Chroma to filter, then read again.
      dense = await vectors.query(embedding, candidates, filters, 1);
      rows = fetchAll();
    } else {
      dense = dense.filter(isPublic).slice(0, candidates);
    }
  }
  const allowed = (chunk: StoredChunk | undefined): chunk is StoredChunk =>
    chunk !== undefined && !chunk.quarantine
    && (!filters.publicOnly || chunk.audience === 'public')
    && (!language || chunk.language === language)
    && (!documentIds || documentIds.includes(chunk.documentId));
  const visible = <T extends { id: string }>(hits: T[]) => hits.filter((hit) => allowed(rows.get(hit.id)));
  const lists: RankedList[] = [
    { kind: 'dense', weight: options.denseWeight, hits: visible(dense).map((hit) => ({ id: hit.id, score: hit.similarity })) },
    { kind: 'keyword', weight: options.keywordWeight, hits: visible(keyword) },
    { kind: 'keyword', weight: options.titleKeywordWeight, hits: visible(titleKeyword) },
  ];
  const fused = options.fusion === 'convex' ? convexFusion(lists) : reciprocalRankFusion(lists, options.rrfK);
  const kept = dropNearDuplicates(fused, (candidate) => rows.get(candidate.id)!.dedupeKey, k, options.duplicateJaccard);
  return kept.map((candidate) => {
    const chunk = rows.get(candidate.id)!;
    return {
      id: chunk.id,
      text: chunk.text,
      language: chunk.language,
      audience: chunk.audience,
      citation: {
        documentId: chunk.documentId, version: chunk.version, title: chunk.title, sectionPath: chunk.sectionPath,
        ...(chunk.page !== undefined ? { page: chunk.page } : {}), chunkIndex: chunk.chunkIndex,
      },
      score: candidate.score,
      scores: {
        ...(candidate.dense !== undefined ? { dense: candidate.dense } : {}),
        ...(candidate.keyword !== undefined ? { keyword: candidate.keyword } : {}),
      },
    };
  });
}

/**
 * On a large index, keep only the cheapest query terms whose costs (chunks in the posting lists
 * FTS5 reads, prefix expansions included) add up to at most `pruneDfRatio` of the chunks; the
 * cheapest `pruneKeep` terms that match at all always stay, and terms matching nothing cost
 * nothing and stay. FTS5 scores every chunk holding any query term, so the summed cost is the
 * keyword latency; frequent terms carry little IDF, and the dense retriever still sees the whole
 * query. Small indexes keep exact BM25.
 */
function pruneCommonTerms(catalog: SqliteCatalog, terms: string[], options: ResolvedStoreOptions): string[] {
  const total = catalog.searchableCount();
  if (total < options.pruneMinChunks || terms.length <= 1) return terms;
  const df = catalog.termCosts(terms, options.prefixMinLength);
  const byRarity = [...terms].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0));
  const budget = options.pruneDfRatio * total;
  let kept = 0;
  let sum = 0;
  return byRarity.filter((term) => {
    const frequency = df.get(term) ?? 0;
    if (frequency === 0) return true;
    if (kept < options.pruneKeep || sum + frequency <= budget) {
      kept++;
      sum += frequency;
      return true;
    }
    return false;
  });
}
