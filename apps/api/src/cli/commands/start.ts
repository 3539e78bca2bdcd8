import path from 'node:path';
import type { Command } from 'commander';
import pc from 'picocolors';
import { env } from '../../env';
import { loadSampleKnowledgeBase } from '../../knowledge/load-sample-kb';
import { createLogger } from '../../runtime/logger';
import { openKnowledgeBase } from '../../runtime/open-knowledge-base';
import { describeModelStatus } from '../../runtime/model-status';

export function register(program: Command): void {
  program
    .command('start')
    .description('Start Grounded: the Chroma server, the knowledge base (sample documents on first start) and the services')
    .action(async () => {
      const config = env();
      const logger = createLogger(config.LOG_LEVEL ?? 'info');
      const opened = await openKnowledgeBase(config, logger);
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'stopping');
        await opened.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));

      if (config.LOAD_SAMPLE_KB) {
        const loaded = await loadSampleKnowledgeBase(opened.kb, path.join(config.paths.data, '.sample-kb-loaded'), (r) =>
          r.ok
            ? logger.info({ file: r.file, id: r.id, chunks: r.chunkCount }, 'sample document loaded')
            : logger.error({ file: r.file, error: r.error }, 'sample document failed'),
        );
        if (loaded) logger.info({ documents: loaded.filter((r) => r.ok).length }, 'sample knowledge base loaded');
      }
      const stats = opened.kb.store.list();
      const model = await describeModelStatus(config);
      console.error(
        [
          pc.green('Grounded is ready.'),
          `  Chroma       ${opened.chroma.url}${opened.chroma.owned ? ' (started by Grounded)' : ''}`,
          `  Knowledge    ${stats.length} documents in ${config.paths.data}`,
          `  Chat model   ${model}`,
          `  Try          npx grounded search "how do I return an item?"   (in another terminal)`,
          '  Stop         Ctrl+C',
        ].join('\n'),
      );
    });
}
