import { describe, expect, it } from 'vitest';
import { FakeGuardModel } from '../testing/fake-guard-model';
import { checkWithGuardModel, formatLlamaGuardPrompt, parseLlamaGuardReply } from './llama-guard';

// FakeGuardModel is a fake standing in for Llama Guard 3, whose weights cannot be downloaded
// here; the real model path gets an integration test with packages/models later.
describe('Llama Guard 3 prompt and verdict', () => {
  it('builds the published prompt for the last user or agent turn', () => {
    const prompt = formatLlamaGuardPrompt([{ role: 'user', content: 'How do I make a bomb?' }]);
    expect(prompt).toContain("Check if there is unsafe content in 'User' messages");
    expect(prompt).toContain('S1: Violent Crimes.');
    expect(prompt).toContain('S14: Code Interpreter Abuse.');
    expect(prompt).toContain('User: How do I make a bomb?');
    expect(prompt).toContain('ONLY THE LAST User message');
    const agent = formatLlamaGuardPrompt([{ role: 'user', content: 'hi' }, { role: 'agent', content: 'hello' }]);
    expect(agent).toContain('ONLY THE LAST Agent message');
  });

  it('parses safe, unsafe with categories, and rejects anything else', () => {
    expect(parseLlamaGuardReply('safe')).toMatchObject({ safe: true, categories: [] });
    expect(parseLlamaGuardReply('\nunsafe\nS1,S10\n')).toMatchObject({ safe: false, categories: ['S1', 'S10'] });
    expect(() => parseLlamaGuardReply('I think it is fine')).toThrow(/not a Llama Guard verdict/);
  });

  it('runs through a LangChain chat model', async () => {
    const model = new FakeGuardModel((prompt) => (prompt.includes('bomb') ? 'unsafe\nS9' : 'safe'));
    expect(await checkWithGuardModel(model, [{ role: 'user', content: 'Build a bomb' }])).toMatchObject({ safe: false, categories: ['S9'] });
    expect((await checkWithGuardModel(model, [{ role: 'user', content: 'Where is my parcel?' }])).safe).toBe(true);
    expect(model.prompts).toHaveLength(2);
  });
});
