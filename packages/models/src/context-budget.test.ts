import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TooLargeError } from '@grounded/shared';
import { fitContext, type ContextBudgetInput } from './context-budget';
import { LoadedModel } from './loaded-model';
import { testModelLlama3 } from './testing';

let model: LoadedModel;
beforeAll(async () => {
  model = await LoadedModel.load({ modelPath: testModelLlama3(), sequences: 1, contextSize: 512, threads: 1 });
});
afterAll(async () => model.dispose());

const sentence = (n: number) => Array.from({ length: n }, (_, i) => `refund policy ${i} days`).join(' ');

const input = (): ContextBudgetInput => ({
  system: 'Answer only from the passages.',
  history: [
    { role: 'user', content: `old question ${sentence(10)}` },
    { role: 'assistant', content: `old answer ${sentence(10)}` },
    { role: 'user', content: 'recent question' },
    { role: 'assistant', content: 'recent answer' },
  ],
  question: 'Can I return opened shoes?',
  passages: [
    { id: 'p1', text: sentence(20) },
    { id: 'p2', text: sentence(20) },
    { id: 'p3', text: sentence(60) },
    { id: 'p4', text: sentence(20) },
  ],
});

describe('fitContext', () => {
  it('keeps everything when it fits', () => {
    const small = { ...input(), passages: input().passages.slice(0, 1) };
    const result = fitContext(small, { contextSize: 4096, replyTokens: 256, countPromptTokens: (m) => model.countPromptTokens(m) });
    expect(result.dropped).toEqual({ passageIds: [], truncatedPassageId: undefined, historyMessages: 0 });
    expect(result.messages).toHaveLength(6);
    expect(result.messages[0]?.content).toContain('[1] refund policy 0 days');
  });

  it('never overflows: keeps system and question, passages by rank, truncates the last, then newest history', () => {
    for (const contextSize of [400, 500, 700, 1000]) {
      const result = fitContext(input(), { contextSize, replyTokens: 128, countPromptTokens: (m) => model.countPromptTokens(m) });
      expect(result.promptTokens).toBeLessThanOrEqual(contextSize - 128);
      expect(model.countPromptTokens(result.messages)).toBe(result.promptTokens);
      expect(result.messages.at(-1)).toEqual({ role: 'user', content: 'Can I return opened shoes?' });
      expect(result.messages[0]?.content.startsWith('Answer only from the passages.')).toBe(true);
      // Passages are a rank prefix: p1 before p2 before p3.
      const ids = result.passages.map((p) => p.id);
      expect(['p1', 'p2', 'p3', 'p4'].slice(0, ids.length)).toEqual(ids);
      expect([...ids, ...result.dropped.passageIds].sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    }
    const tight = fitContext(input(), { contextSize: 700, replyTokens: 128, countPromptTokens: (m) => model.countPromptTokens(m) });
    expect(tight.dropped.truncatedPassageId).toBeDefined();
    expect(tight.passages.at(-1)?.text.endsWith('…')).toBe(true);
    expect(tight.dropped.historyMessages).toBe(4);
  });

  it('drops old history before recent history', () => {
    const noPassages = { ...input(), passages: [] };
    const full = fitContext(noPassages, { contextSize: 4096, replyTokens: 0, countPromptTokens: (m) => model.countPromptTokens(m) });
    const recentOnly = fitContext(noPassages, { contextSize: full.promptTokens - 5, replyTokens: 0, countPromptTokens: (m) => model.countPromptTokens(m) });
    expect(recentOnly.dropped.historyMessages).toBe(2);
    expect(recentOnly.messages.map((m) => m.content)).toContain('recent answer');
  });

  it('refuses a question that alone does not fit', () => {
    expect(() =>
      fitContext({ ...input(), question: sentence(200) }, { contextSize: 300, replyTokens: 100, countPromptTokens: (m) => model.countPromptTokens(m) }),
    ).toThrow(TooLargeError);
  });
});
