import type { Command } from 'commander';
import pc from 'picocolors';
import { env } from '../../env';
import { createLogger } from '../../runtime/logger';
import { startGrounded } from '../../runtime/start-grounded';

export function register(program: Command): void {
  program
    .command('start')
    .description('Start Grounded: Chroma, the knowledge base (sample documents on first start) and the HTTP API')
    .action(async () => {
      const config = env();
      const logger = createLogger(config.LOG_LEVEL ?? 'info');
      const running = await startGrounded(config, logger);
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'stopping');
        let code = 0;
        try {
          await running.stop();
        } catch (error) {
          code = 1;
          logger.error({ err: error }, 'stopping failed');
        } finally {
          // Always exit: the signal handlers replaced Node's default exit on SIGINT/SIGTERM.
          process.exit(code);
        }
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
      const { chroma, kb } = running.opened;
      console.error(
        [
          pc.green('Grounded is ready.'),
          `  API          ${running.apiUrl}  (GET /healthz, /api/search?q=..., /api/documents)`,
          `  Chroma       ${chroma.url}${chroma.owned ? ' (started by Grounded)' : ''}`,
          `  Knowledge    ${kb.store.list().length} documents in ${config.paths.data}`,
          `  Chat model   ${running.modelStatus}`,
          '  Try          npx grounded search "how do I return an item?"   (in another terminal)',
          '  Stop         Ctrl+C',
        ].join('\n'),
      );
    });
}
