/**
 * Everything `npm start` runs, in order: Chroma and the knowledge base, the sample documents on
 * first start, then the HTTP API. `stop()` closes them in reverse; a failure part-way releases
 * what was already started.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ServiceUnavailableError } from '@grounded/shared';
import type { Env } from '../env';
import { createApp } from '../http/app';
import { loadSampleKnowledgeBase } from '../knowledge/load-sample-kb';
import type { AppLogger } from './logger';
import { describeModelStatus } from './model-status';
import { openKnowledgeBase, type OpenKnowledgeBase } from './open-knowledge-base';

export interface RunningGrounded {
  opened: OpenKnowledgeBase;
  apiUrl: string;
  modelStatus: string;
  stop(): Promise<void>;
}

export async function startGrounded(env: Env, logger: AppLogger): Promise<RunningGrounded> {
  const opened = await openKnowledgeBase(env, logger);
  try {
    if (env.LOAD_SAMPLE_KB) {
      const loaded = await loadSampleKnowledgeBase(opened.kb, path.join(env.paths.data, '.sample-kb-loaded'), (r) =>
        r.ok
          ? logger.info({ file: r.file, id: r.id, chunks: r.chunkCount }, 'sample document loaded')
          : logger.error({ file: r.file, error: r.error }, 'sample document failed'),
      );
      const documents = loaded?.filter((r) => r.ok).length ?? 0;
      if (loaded && documents === 0) {
        logger.error({ failed: loaded.length }, 'no sample document could be loaded (see the errors above); the next start tries again');
      } else if (loaded) {
        logger.info({ documents, failed: loaded.length - documents }, 'sample knowledge base loaded');
      }
    }
    const modelStatus = await describeModelStatus(env);
    const server = await listen(createApp({ kb: opened.kb, logger, modelStatus }), env.PORT);
    const { port } = server.address() as AddressInfo;
    return {
      opened,
      apiUrl: `http://127.0.0.1:${port}`,
      modelStatus,
      stop: async () => {
        await new Promise((resolve) => server.close(resolve));
        await opened.close();
      },
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

function listen(app: ReturnType<typeof createApp>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
    server.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ServiceUnavailableError(`Port ${port} is already in use.`, {
              hint: 'Stop the other process, or set PORT to a free port (PORT=0 picks one).',
              cause: error,
            })
          : error,
      ),
    );
  });
}
