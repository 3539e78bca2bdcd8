/**
 * Child process for the crash tests: opens the store with a fault-injection hook that announces
 * the step on stdout and then hangs, so the parent can SIGKILL it exactly there.
 * Usage: tsx crash-upsert-child.ts <chromaUrl> <sqlitePath> <collection> <step>
 */
import { HashingEmbeddings, KnowledgeStore, type UpsertStep } from '../src/index';
import { makeDoc } from './fixtures';

const [chromaUrl, sqlitePath, collection, step] = process.argv.slice(2) as [string, string, string, UpsertStep];
const store = await KnowledgeStore.open({
  chromaUrl, sqlitePath, collection, embeddings: new HashingEmbeddings(),
  faultInjection: {
    afterStep: step,
    hook: async (reached) => {
      process.stdout.write(`REACHED ${reached}\n`);
      await new Promise(() => {});
    },
  },
});
await store.upsert(makeDoc('policy', ['Version two says refunds take ten days.', 'Version two adds a second chunk.', 'And a third.']));
process.stdout.write('FINISHED\n');
