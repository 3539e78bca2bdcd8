/**
 * After a failed load: frees the native resources already created (in order, every one tried
 * even if an earlier one fails; garbage collection never frees llama.cpp memory) and returns the
 * cause to attach to the load error: the original error, or both when freeing failed too.
 */
export async function freeAfterFailure(error: unknown, ...resources: ({ dispose(): Promise<void> } | undefined)[]): Promise<unknown> {
  let failure: unknown;
  for (const resource of resources) {
    try {
      await resource?.dispose();
    } catch (disposeError) {
      failure ??= disposeError;
    }
  }
  return failure === undefined ? error : new AggregateError([error, failure], 'loading failed, then freeing the model failed');
}
