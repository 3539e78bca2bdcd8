/**
 * The one node-llama-cpp `Llama` instance per process. Loading the native binding twice wastes
 * memory and threads, so every model in Grounded shares this instance.
 */
import { getLlama, LlamaLogLevel, type Llama } from 'node-llama-cpp';
import { ModelLoadError } from '@grounded/shared';

let shared: Promise<Llama> | undefined;

/** The shared CPU `Llama` (prebuilt binary, never compiled or downloaded at runtime). */
export function getLlamaRuntime(): Promise<Llama> {
  shared ??= getLlama({ build: 'never', gpu: false, logLevel: LlamaLogLevel.error }).catch((error: unknown) => {
    shared = undefined;
    throw new ModelLoadError('The node-llama-cpp native binding could not be loaded', {
      hint: 'Reinstall node-llama-cpp 3.21.1 (its prebuilt CPU binary must match this platform).',
      cause: error,
    });
  });
  return shared;
}
