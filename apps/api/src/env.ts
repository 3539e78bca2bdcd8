/**
 * The environment, read and validated once. Nothing else in Grounded reads `process.env`:
 * packages take plain config objects built from this.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '@grounded/shared';

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** A JSON object of string values in one variable, e.g. LORA_ADAPTERS='{"retail":"./retail.gguf"}'. */
const jsonStringMap = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return {};
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected a JSON object such as {"name":"value"}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.string().min(1)))
  .default({});

const envSchema = z.object({
  /** Where SQLite, Chroma data, models and logs live. */
  DATA_DIR: z.string().default('./data'),
  /** External Chroma server; unset = start our own as a child process. */
  CHROMA_URL: z.url().optional(),
  /** Port for our own Chroma child; 0 = any free port. */
  CHROMA_PORT: intFrom(0, 65535).default(0),
  /** Collection that holds the chunk vectors. */
  CHROMA_COLLECTION: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,61}[a-zA-Z0-9]$/, 'expected 3–63 letters, digits, dots, dashes or underscores, starting and ending with a letter or digit').default('grounded-chunks'),
  /** `hashing` needs no weights; `gguf` uses EMBEDDING_MODEL through node-llama-cpp. */
  EMBEDDER: z.enum(['hashing', 'gguf']).default('hashing'),
  EMBEDDING_MODEL: optionalString,
  CHUNK_SIZE: intFrom(100, 8000).default(1000),
  CHUNK_OVERLAP: intFrom(0, 2000).default(150),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(25),
  MAX_DOCX_UNCOMPRESSED_MB: z.coerce.number().positive().max(4096).default(200),
  /** Load the sample knowledge base on first start (empty store). */
  LOAD_SAMPLE_KB: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  MODELS_DIR: optionalString,
  /** Catalog id or GGUF path of the default chat model. */
  CHAT_MODEL: optionalString,
  /** `llama-cpp` runs GGUF in-process; `openai` talks to an OpenAI-compatible server. */
  INFERENCE_BACKEND: z.enum(['llama-cpp', 'openai']).default('llama-cpp'),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: optionalString,
  /** CPU threads for inference; 0 = the cores actually available, less one for Node. */
  MODEL_THREADS: intFrom(0, 256).default(0),
  /** Chats one loaded model serves at once (context sequences). */
  MODEL_SEQUENCES: intFrom(1, 64).default(4),
  /** Requests that may wait for a free sequence before ModelBusyError. */
  MODEL_QUEUE_LIMIT: intFrom(0, 10000).default(16),
  MODEL_TIMEOUT_MS: intFrom(1000, 3_600_000).default(120_000),
  /** JSON: request kind → model id or path, e.g. {"triage":"llama-3.2-1b-instruct"}. */
  MODEL_ROUTES: jsonStringMap,
  /** JSON: adapter name → GGUF LoRA path, e.g. {"retail":"./data/models/retail-lora.gguf"}. */
  LORA_ADAPTERS: jsonStringMap,
  /** Guard model id or path (Llama Guard 3); unset = heuristic guardrails only. */
  GUARD_MODEL: optionalString,
  /** Guardrail policy file (YAML or JSON); unset = the built-in default policy. */
  POLICY_FILE: optionalString,
  PORT: intFrom(0, 65535).default(3000),
  /** Unset = `info` for the server, `warn` for CLI commands (their output is the product). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type Env = z.infer<typeof envSchema> & {
  /** Absolute paths derived from DATA_DIR. */
  paths: { data: string; models: string; sqlite: string; chroma: string; chromaLock: string };
};

/** Parses an environment; throws a ConfigError naming every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid environment: ${problems}`, {
      hint: 'Fix or unset the named variables (see the configuration table in README.md).',
    });
  }
  const env = result.data;
  const data = path.resolve(env.DATA_DIR);
  return {
    ...env,
    paths: {
      data,
      models: path.resolve(env.MODELS_DIR ?? path.join(data, 'models')),
      sqlite: path.join(data, 'grounded.sqlite'),
      chroma: path.join(data, 'chroma'),
      chromaLock: path.join(data, 'chroma.lock.json'),
    },
  };
}

let cached: Env | undefined;

/** The process environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
