import os from 'node:os';

/**
 * Inference threads when the user sets none: the cores actually available, less one for Node's
 * own thread (HTTP, SQLite, streaming), at least one. llama.cpp's worker threads spin while they
 * wait, so taking every core starves the thread that feeds them: on a 2-core machine, 2 threads
 * measured 86 tokens/s on the tiny fixture and 105 on the 55 MB one, against 1,445 and 260 with
 * one thread (`grounded bench generate --threads`).
 */
export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism() - 1);
}
