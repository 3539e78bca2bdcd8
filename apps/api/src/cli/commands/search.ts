import type { Command } from 'commander';
import pc from 'picocolors';
import type { Audience, SearchHit } from '@grounded/shared';
import { parseAudience, parseLanguage, parsePositiveInt, parseTags } from '../options';
import { printJson } from '../output';
import { withKnowledgeBase } from '../with-knowledge-base';

export function register(program: Command): void {
  program
    .command('search')
    .description('Show the passages retrieval finds for a question, with their citations and scores')
    .argument('<query>', 'the question, in any language')
    .option('--k <n>', 'how many passages', parsePositiveInt(100), 5)
    .option('--lang <code>', 'only passages in this language (ISO 639-1)', parseLanguage)
    .option('--audience <audience>', 'search as this audience: public excludes internal documents', parseAudience)
    .option('--tags <tags>', 'only documents with one of these tags', parseTags)
    .option('--json', 'print the hits as JSON')
    .action(async (query: string, opts: { k: number; lang?: string; audience?: Audience; tags?: string[]; json?: boolean }) => {
      const hits = await withKnowledgeBase((kb) =>
        kb.search(query, {
          k: opts.k,
          ...(opts.lang ? { language: opts.lang } : {}),
          ...(opts.audience ? { audience: opts.audience } : {}),
          ...(opts.tags ? { tags: opts.tags } : {}),
        }),
      );
      if (opts.json) return printJson(hits);
      if (hits.length === 0) {
        console.log('No passages found. Try other words, or check `grounded docs list` for what is indexed.');
        return;
      }
      hits.forEach((hit, i) => console.log(formatHit(hit, i + 1)));
    });
}

function formatHit(hit: SearchHit, rank: number): string {
  const c = hit.citation;
  const where = [c.sectionPath.join(' › '), c.page ? `p. ${c.page}` : ''].filter(Boolean).join(', ');
  const scores = [
    `score ${hit.score.toFixed(4)}`,
    hit.scores.dense !== undefined ? `dense ${hit.scores.dense.toFixed(3)}` : '',
    hit.scores.keyword !== undefined ? `bm25 ${hit.scores.keyword.toFixed(2)}` : '',
  ].filter(Boolean);
  const snippet = hit.text.replace(/\s+/g, ' ').slice(0, 240);
  return [
    `${pc.bold(`${rank}. ${c.title}`)} ${pc.dim(`[${c.documentId} v${c.version}, ${hit.language}, ${hit.audience}]`)}`,
    where ? `   ${pc.cyan(where)}` : '',
    `   ${pc.dim(scores.join(' · '))}`,
    `   ${snippet}${hit.text.length > 240 ? '…' : ''}`,
  ]
    .filter(Boolean)
    .join('\n');
}
