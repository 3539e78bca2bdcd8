/**
 * The jobs journal: every write that spans Chroma and SQLite records its progress here, so
 * `reconcile()` can roll back or finish it after a crash.
 *
 * upsert:   job-recorded -> vectors-written -> swapped (SQLite commit) -> done (row deleted)
 * remove:   swapped (rows deleted with the job insert) -> done
 * metadata: sqlite-committed (with the job insert) -> done (Chroma metadata pushed)
 */
export type JobKind = 'upsert' | 'remove' | 'metadata';

/** Named points after which a test may crash an upsert (see `faultInjection`). */
export const UPSERT_STEPS = ['job-recorded', 'vectors-written', 'swapped'] as const;
export type UpsertStep = (typeof UPSERT_STEPS)[number];

export interface JobRow {
  id: number;
  kind: JobKind;
  documentId: string;
  version: number;
  step: string;
  /** JSON: `{ newIds?, oldIds? }`. */
  payload: string;
}

export interface JobPayload {
  newIds?: string[];
  oldIds?: string[];
}

/** The chunk id of one chunk of one version: version-specific so two versions never collide. */
export function chunkId(documentId: string, version: number, index: number): string {
  return `${documentId}::v${version}::${index}`;
}
