/** Turns a model reference (catalog id or file path) into a file path in the models directory. */
import path from 'node:path';
import { catalogFileName, findCatalogEntry, MODEL_CATALOG, type CatalogEntry } from './catalog';

export interface ResolvedModelRef {
  path: string;
  /** The catalog entry when `ref` is a catalog id. */
  entry: CatalogEntry | undefined;
}

export function resolveModelRef(ref: string, modelsDir: string, catalog: readonly CatalogEntry[] = MODEL_CATALOG): ResolvedModelRef {
  const entry = findCatalogEntry(ref, catalog);
  return { path: entry ? path.join(path.resolve(modelsDir), catalogFileName(entry)) : path.resolve(ref), entry };
}
