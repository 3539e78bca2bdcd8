/** Settings of one loaded local model (validated once, shared by the weights and every context on them). */
import { z } from 'zod';

export const loadModelConfigSchema = z.object({
  /** Path of the GGUF file. */
  modelPath: z.string().min(1),
  /** Catalog id, only used to name the `models pull` command in errors. */
  catalogId: z.string().optional(),
  /** Tokens per sequence. @default min(4096, the model's training context) */
  contextSize: z.number().int().min(64).optional(),
  /** Chats served at once. @default 4 */
  sequences: z.number().int().min(1).max(64).default(4),
  /** Requests that may wait for a sequence before `ModelBusyError`. @default 16 */
  queueLimit: z.number().int().min(0).default(16),
  /** CPU threads; 0 = `defaultThreads()` (available cores less one). @default 0 */
  threads: z.number().int().min(0).default(0),
  /** Per-request timeout including time in the queue. @default 120000 */
  timeoutMs: z.number().int().positive().default(120_000),
  /** LoRA adapters applied to this model's context. */
  lora: z.array(z.object({ filePath: z.string().min(1), scale: z.number().default(1) })).default([]),
  /** Flash attention; unset = node-llama-cpp's choice for the model and hardware. */
  flashAttention: z.boolean().optional(),
  /** `template` renders the GGUF's own Jinja template exactly; `auto` lets node-llama-cpp choose. @default 'template' */
  chatWrapper: z.enum(['template', 'auto']).default('template'),
  /** Memory the model may use (for the pre-load check). @default os.freemem() */
  availableMemoryBytes: z.number().positive().optional(),
});
export type LoadModelConfig = z.input<typeof loadModelConfigSchema>;
export type ResolvedLoadModelConfig = z.output<typeof loadModelConfigSchema>;
