import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HumanMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { ValidationError } from '@grounded/shared';
import { LlamaCppChatModel } from './llama-cpp-chat-model';
import { LoadedModel } from './loaded-model';
import { parseStructured, withJsonSchemaOutput } from './structured-output';
import { testModelLlama3 } from './testing';

const triage = z.object({
  category: z.enum(['refund', 'shipping', 'account', 'other']),
  urgent: z.boolean(),
  summary: z.string().min(1).max(40),
  tags: z.array(z.enum(['billing', 'delivery', 'login'])).max(3),
});

let model: LoadedModel;
beforeAll(async () => {
  model = await LoadedModel.load({ modelPath: testModelLlama3(), sequences: 1, contextSize: 512, threads: 1 });
});
afterAll(async () => model.dispose());

describe('structured output', () => {
  it('returns an object that validates against the zod schema, even from a random model', async () => {
    const outputs = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      const chat = new LlamaCppChatModel({ model, temperature: 1, seed });
      const runnable = await withJsonSchemaOutput(chat, triage);
      const value = await runnable.invoke([new HumanMessage('My parcel never arrived')]);
      outputs.add(JSON.stringify(value));
      expect(triage.parse(value)).toEqual(value);
      expect(['refund', 'shipping', 'account', 'other']).toContain(value.category);
    }
    // Different seeds really sample different objects: the grammar, not luck, keeps them valid.
    expect(outputs.size).toBeGreaterThan(1);
  });

  it('throws ValidationError when output does not match', () => {
    expect(() => parseStructured(triage, '{"category":"weather","urgent":true,"summary":"x","tags":[]}')).toThrow(ValidationError);
    expect(() => parseStructured(triage, 'not json')).toThrow(ValidationError);
  });
});
