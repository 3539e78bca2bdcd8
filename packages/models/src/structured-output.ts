/**
 * Structured output for local models: the JSON schema becomes a node-llama-cpp grammar, so the
 * model can only produce matching JSON, and the parsed value is still validated with zod (a
 * grammar cannot express every constraint, e.g. integers may come out with an exponent).
 */
import { RunnableLambda, type Runnable } from '@langchain/core/runnables';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import type { GbnfJsonSchema } from 'node-llama-cpp';
import { z } from 'zod';
import { ValidationError } from '@grounded/shared';
import { getLlamaRuntime } from './llama-runtime';
import type { LlamaCppChatModel } from './llama-cpp-chat-model';

export interface StructuredOutputOptions {
  /** JSON schema to enforce; derived from the zod schema when omitted. */
  jsonSchema?: Record<string, unknown>;
  /** @default 256 */
  maxTokens?: number;
}

/** A JSON schema for `schema`, without the keys node-llama-cpp's grammar builder does not take. */
export function zodToGrammarSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return stripKeys(json) as Record<string, unknown>;
}

function stripKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$schema' || k === 'additionalProperties' || k === 'pattern' || k === 'format') continue;
      // zod counts UTF-16 units, the grammar counts code points (an emoji is 2 units, 1 code
      // point): halving the grammar's bound keeps any string it allows within zod's.
      if (k === 'maxLength' && typeof v === 'number') out[k] = Math.max(1, Math.floor(v / 2));
      else out[k] = stripKeys(v);
    }
    if (typeof out.minLength === 'number' && typeof out.maxLength === 'number' && out.maxLength < out.minLength) out.maxLength = out.minLength;
    return out;
  }
  return value;
}

/** Parses and validates model output; `ValidationError` says what did not match. */
export function parseStructured<T>(schema: z.ZodType<T>, text: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ValidationError('The model did not return valid JSON', { hint: 'Bound every string (maxLength) in the schema and retry.', cause: error, details: { output: text.slice(0, 500) } });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new ValidationError(`The model's JSON does not match the schema: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      hint: 'Prefer enums, booleans and bounded strings in structured-output schemas.',
      details: { output: text.slice(0, 500) },
    });
  }
  return result.data;
}

/** A runnable that returns the zod-validated object the grammar-constrained model produced. */
export async function withJsonSchemaOutput<T>(
  chat: LlamaCppChatModel,
  schema: z.ZodType<T>,
  options: StructuredOutputOptions = {},
): Promise<Runnable<BaseLanguageModelInput, T>> {
  const llama = await getLlamaRuntime();
  const jsonSchema = (options.jsonSchema ?? zodToGrammarSchema(schema)) as GbnfJsonSchema;
  // The generic signature infers a literal schema type; ours is only known at runtime.
  const grammar = await llama.createGrammarForJsonSchema(jsonSchema as never);
  return RunnableLambda.from(async (input: BaseLanguageModelInput, config) => {
    const reply = await chat.invoke(input, { ...config, grammar, maxTokens: options.maxTokens ?? 256 });
    return parseStructured(schema, typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content));
  });
}
