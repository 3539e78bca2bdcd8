import type { Command } from 'commander';
import pc from 'picocolors';
import { parseAudience, parseTags } from '../options';
import { fail, printJson, progressBar } from '../output';
import { withKnowledgeBase } from '../with-knowledge-base';
import { ValidationError, type Audience } from '@grounded/shared';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Add or update documents (PDF, DOCX, HTML, Markdown, text, FAQ CSV); folders are read recursively')
    .argument('<paths...>', 'files or folders')
    .option('--audience <audience>', 'who may retrieve them: public or internal', parseAudience, 'public')
    .option('--tags <tags>', 'comma-separated tags, e.g. returns,eu', parseTags)
    .option('--json', 'print one JSON result per file')
    .action(async (paths: string[], opts: { audience: Audience; tags?: string[]; json?: boolean }) => {
      const results = await withKnowledgeBase(async (kb) => {
        let bar: ReturnType<typeof progressBar> | undefined;
        const out = await kb.ingestPaths(paths, { audience: opts.audience, ...(opts.tags ? { tags: opts.tags } : {}) }, (_r, done, total) => {
          bar ??= progressBar('ingest', total);
          bar.tick();
          if (done === total) bar.stop();
        });
        return out;
      });
      if (opts.json) {
        for (const r of results) printJson(r);
      } else {
        for (const r of results) {
          if (r.ok) {
            const note = r.quarantined > 0 ? pc.yellow(` (${r.quarantined} chunk(s) quarantined for review)`) : '';
            console.log(`${pc.green('✓')} ${r.file} → ${r.id} v${r.version} ${r.status}, ${r.chunkCount} chunks${note}`);
          } else {
            console.log(`${pc.red('✗')} ${r.file}: ${r.error}${r.hint ? pc.dim(` (${r.hint})`) : ''}`);
          }
        }
      }
      const failed = results.filter((r) => !r.ok).length;
      if (results.length === 0) fail(new ValidationError('No supported files found in the given paths.', { hint: 'Supported: .pdf .docx .html .md .txt .csv' }));
      if (failed > 0) {
        console.error(`${failed} of ${results.length} file(s) failed; the others were ingested.`);
        process.exitCode = 1;
      }
    });
}
