/**
 * Models Grounded knows by name: what they are, how big, under which license, and where a GGUF
 * build lives (node-llama-cpp style `hf:<user>/<repo>/<file>.gguf` URIs of well-known publishers).
 * Sizes are approximate (from the publishers' file listings); `sha256` is set only when verified.
 */
import { z } from 'zod';

export const catalogEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string(),
  kind: z.enum(['chat', 'embedding', 'guard']),
  /** Prompt-format / architecture family. */
  family: z.enum(['mistral', 'llama3', 'nomic-bert', 'bert', 'xlm-roberta']),
  params: z.string(),
  quantisation: z.string(),
  /** Approximate download size in bytes. */
  fileSizeBytes: z.number().int().positive(),
  contextLength: z.number().int().positive(),
  license: z.string(),
  uri: z.string().regex(/^hf:[^/]+\/[^/]+\/.+\.gguf$/),
  sha256: z.string().regex(/^[a-f0-9]{64}$/).optional(),
  /** Embedding models: vector length and the prefixes the model was trained with. */
  embedding: z.object({ dimensions: z.number().int().positive(), queryPrefix: z.string().optional(), documentPrefix: z.string().optional() }).optional(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

const GB = 1_000_000_000;
const MB = 1_000_000;

export const MODEL_CATALOG: readonly CatalogEntry[] = z.array(catalogEntrySchema).parse([
  {
    id: 'mistral-7b-instruct-v0.3',
    name: 'Mistral 7B Instruct v0.3',
    kind: 'chat',
    family: 'mistral',
    params: '7.2B',
    quantisation: 'Q4_K_M',
    fileSizeBytes: Math.round(4.37 * GB),
    contextLength: 32768,
    license: 'Apache-2.0',
    uri: 'hf:bartowski/Mistral-7B-Instruct-v0.3-GGUF/Mistral-7B-Instruct-v0.3-Q4_K_M.gguf',
  },
  {
    id: 'mistral-nemo-instruct-2407',
    name: 'Mistral Nemo Instruct 2407',
    kind: 'chat',
    family: 'mistral',
    params: '12.2B',
    quantisation: 'Q4_K_M',
    fileSizeBytes: Math.round(7.48 * GB),
    contextLength: 131072,
    license: 'Apache-2.0',
    uri: 'hf:bartowski/Mistral-Nemo-Instruct-2407-GGUF/Mistral-Nemo-Instruct-2407-Q4_K_M.gguf',
  },
  {
    id: 'llama-3.1-8b-instruct',
    name: 'Llama 3.1 8B Instruct',
    kind: 'chat',
    family: 'llama3',
    params: '8.0B',
    quantisation: 'Q4_K_M',
    fileSizeBytes: Math.round(4.92 * GB),
    contextLength: 131072,
    license: 'Llama 3.1 Community License',
    uri: 'hf:bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf',
  },
  {
    id: 'llama-3.2-1b-instruct',
    name: 'Llama 3.2 1B Instruct',
    kind: 'chat',
    family: 'llama3',
    params: '1.2B',
    quantisation: 'Q4_K_M',
    fileSizeBytes: 808 * MB,
    contextLength: 131072,
    license: 'Llama 3.2 Community License',
    uri: 'hf:bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf',
  },
  {
    id: 'llama-3.2-3b-instruct',
    name: 'Llama 3.2 3B Instruct',
    kind: 'chat',
    family: 'llama3',
    params: '3.2B',
    quantisation: 'Q4_K_M',
    fileSizeBytes: Math.round(2.02 * GB),
    contextLength: 131072,
    license: 'Llama 3.2 Community License',
    uri: 'hf:bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-Q4_K_M.gguf',
  },
  {
    id: 'nomic-embed-text-v1.5',
    name: 'nomic-embed-text v1.5',
    kind: 'embedding',
    family: 'nomic-bert',
    params: '137M',
    quantisation: 'Q8_0',
    fileSizeBytes: 146 * MB,
    contextLength: 2048,
    license: 'Apache-2.0',
    uri: 'hf:nomic-ai/nomic-embed-text-v1.5-GGUF/nomic-embed-text-v1.5.Q8_0.gguf',
    embedding: { dimensions: 768, queryPrefix: 'search_query: ', documentPrefix: 'search_document: ' },
  },
  {
    id: 'bge-m3',
    name: 'BGE-M3 (multilingual)',
    kind: 'embedding',
    family: 'xlm-roberta',
    params: '568M',
    quantisation: 'Q8_0',
    fileSizeBytes: 635 * MB,
    contextLength: 8192,
    license: 'MIT',
    uri: 'hf:ggml-org/bge-m3-Q8_0-GGUF/bge-m3-q8_0.gguf',
    embedding: { dimensions: 1024 },
  },
  {
    id: 'multilingual-e5-large-instruct',
    name: 'multilingual-e5-large-instruct',
    kind: 'embedding',
    family: 'xlm-roberta',
    params: '560M',
    quantisation: 'Q8_0',
    fileSizeBytes: 605 * MB,
    contextLength: 512,
    license: 'MIT',
    uri: 'hf:QuantFactory/multilingual-e5-large-instruct-GGUF/multilingual-e5-large-instruct.Q8_0.gguf',
    embedding: { dimensions: 1024, queryPrefix: 'Instruct: Given a customer question, retrieve passages that answer it\nQuery: ' },
  },
  {
    id: 'llama-guard-3-1b',
    name: 'Llama Guard 3 1B',
    kind: 'guard',
    family: 'llama3',
    params: '1.5B',
    quantisation: 'Q4_K_M',
    fileSizeBytes: 955 * MB,
    contextLength: 131072,
    license: 'Llama 3.2 Community License',
    uri: 'hf:bartowski/Llama-Guard-3-1B-GGUF/Llama-Guard-3-1B-Q4_K_M.gguf',
  },
]);

/** The catalog entry for `id`, or undefined. */
export function findCatalogEntry(id: string, catalog: readonly CatalogEntry[] = MODEL_CATALOG): CatalogEntry | undefined {
  return catalog.find((e) => e.id === id.toLowerCase());
}

/** The file name a catalog entry is stored under in the models directory. */
export function catalogFileName(entry: CatalogEntry): string {
  return entry.uri.slice(entry.uri.lastIndexOf('/') + 1);
}
