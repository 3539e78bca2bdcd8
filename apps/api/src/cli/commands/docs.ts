import type { Command } from 'commander';
import pc from 'picocolors';
import { printJson } from '../output';
import { withKnowledgeBase } from '../with-knowledge-base';
import { commandGroup } from '../command-group';

export function register(program: Command): void {
  const docs = commandGroup(program, 'docs', 'List, remove and review indexed documents');

  docs
    .command('list')
    .description('List indexed documents with version, language, audience and chunk count')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const records = await withKnowledgeBase(async (kb) => kb.store.list());
      if (opts.json) return printJson(records);
      if (records.length === 0) return console.log('No documents yet. Add some with `npx grounded ingest <file|dir>`.');
      for (const d of records) {
        const tags = d.tags.length ? pc.dim(` #${d.tags.join(' #')}`) : '';
        console.log(
          `${pc.bold(d.id)}  v${d.version}  ${d.language}  ${d.audience === 'internal' ? pc.yellow('internal') : 'public'}  ${d.format}  ${d.chunkCount} chunks  ${d.title}${tags}`,
        );
      }
    });

  docs
    .command('rm')
    .description('Remove a document and all its versions from the index')
    .argument('<id>', 'document id, as `docs list` shows it')
    .action(async (id: string) => {
      await withKnowledgeBase((kb) => kb.store.remove(id));
      console.log(`Removed ${id}.`);
    });

  docs
    .command('quarantine')
    .description('List chunks held back from retrieval because a guardrail scan flagged them')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const items = await withKnowledgeBase(async (kb) => kb.store.quarantined());
      if (opts.json) return printJson(items);
      if (items.length === 0) return console.log('Nothing in quarantine.');
      for (const item of items) console.log(JSON.stringify(item));
    });
}
