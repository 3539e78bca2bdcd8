import { env } from '../env';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { createLogger } from '../runtime/logger';
import { openKnowledgeBase } from '../runtime/open-knowledge-base';

/** Runs a command against the knowledge base, always releasing the store and Chroma after. */
export async function withKnowledgeBase<T>(fn: (kb: KnowledgeBase) => Promise<T>): Promise<T> {
  const config = env();
  const opened = await openKnowledgeBase(config, createLogger(config.LOG_LEVEL ?? 'warn'));
  try {
    return await fn(opened.kb);
  } finally {
    await opened.close();
  }
}
