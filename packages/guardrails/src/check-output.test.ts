import { describe, expect, it } from 'vitest';
import { checkInput } from './check-input';
import { checkOutput } from './check-output';
import { BLOCKED_MESSAGES } from './grounding/fallback-messages';
import { REASON_CODES } from './reason-codes';
import { FakeGuardModel } from './testing/fake-guard-model';

const retrievedPassages = [
  { id: 'p1', text: 'We will call you back at the phone number you gave us. A refund confirmation is sent by email. The card on file and the address you connect from are checked.' },
];

describe('checkOutput: PII the customer gave', () => {
  it('lets the customer see back their own phone, email, card and IP written in another format', async () => {
    const customerMessages = ['Call me on +34 612 345 678 or write to Ann.Lee@Example.com. Card 4111 1111 1111 1111, I connect from 2001:db8::1.'];
    const answer =
      'We will call you back at +34612345678 [1]. A refund confirmation is sent by email to ann.lee@example.com [1]. ' +
      'The card on file 4111-1111-1111-1111 and the address you connect from 2001:0DB8:0:0:0:0:0:1 are checked [1].';
    const decision = await checkOutput(answer, { retrievedPassages, customerMessages });
    expect(decision.action).toBe('allow');
    expect(decision.text).toBe(answer);
    expect(decision.reasons.map((r) => r.code)).not.toContain(REASON_CODES.OUTPUT_PII);
    expect(decision.pii).toBeUndefined();
  });

  it('lets values from the checkInput PII mapping be echoed in another format', async () => {
    const input = await checkInput('My phone is +34 612 345 678 and my email is Ann.Lee@Example.com');
    expect(input.pii).toBeDefined();
    const answer = 'We will call you back at +34612345678 [1]. A refund confirmation is sent by email to ann.lee@example.com [1].';
    const decision = await checkOutput(answer, { retrievedPassages, ...(input.pii ? { piiMapping: input.pii } : {}) });
    expect(decision.action).toBe('allow');
    expect(decision.text).toBe(answer);
  });

  it('redacts a new phone number and email even next to ones the customer gave', async () => {
    const customerMessages = ['Call me on +34 612 345 678, email ann@example.com'];
    const answer =
      'We will call you back at +34 699 111 222 or +34612345678 [1]. A refund confirmation is sent by email to ANN@example.com and bob@example.com [1].';
    const decision = await checkOutput(answer, { retrievedPassages, customerMessages });
    expect(decision.action).toBe('redact');
    expect(decision.text).toBe(
      'We will call you back at [PHONE_NUMBER_1] or +34612345678 [1]. A refund confirmation is sent by email to ANN@example.com and [EMAIL_2] [1].',
    );
    expect(decision.pii).toEqual({ '[PHONE_NUMBER_1]': '+34 699 111 222', '[EMAIL_2]': 'bob@example.com' });
    expect(decision.reasons.filter((r) => r.code === REASON_CODES.OUTPUT_PII)).toHaveLength(2);
  });

  it('continues placeholder numbering from the checkInput mapping instead of reusing its numbers', async () => {
    const input = await checkInput('My email is ann@example.com, phone +34 612 345 678');
    expect(input.pii).toEqual({ '[EMAIL_1]': 'ann@example.com', '[PHONE_NUMBER_1]': '+34 612 345 678' });
    const answer =
      'We will call you back at +34 699 111 222 or +34612345678 [1]. A refund confirmation is sent by email to bob@example.com and ANN@example.com [1].';
    const decision = await checkOutput(answer, { retrievedPassages, ...(input.pii ? { piiMapping: input.pii } : {}) });
    expect(decision.action).toBe('redact');
    expect(decision.text).toBe(
      'We will call you back at [PHONE_NUMBER_2] or +34612345678 [1]. A refund confirmation is sent by email to [EMAIL_2] and ANN@example.com [1].',
    );
    expect(decision.pii).toEqual({ '[PHONE_NUMBER_2]': '+34 699 111 222', '[EMAIL_2]': 'bob@example.com' });
    // Restoring with the merged mapping gives each placeholder its own value back.
    const merged = { ...input.pii, ...decision.pii };
    expect(merged['[EMAIL_1]']).toBe('ann@example.com');
    expect(merged['[EMAIL_2]']).toBe('bob@example.com');
  });

  it('gives every spelling of one new value the same placeholder', async () => {
    const answer = 'A refund confirmation is sent by email to bob@example.com, also written BOB@Example.com [1].';
    const decision = await checkOutput(answer, { retrievedPassages });
    expect(decision.text).toBe('A refund confirmation is sent by email to [EMAIL_1], also written [EMAIL_1] [1].');
    expect(decision.pii).toEqual({ '[EMAIL_1]': 'bob@example.com' });
  });
});

describe('checkOutput: guard model (FakeGuardModel stub standing in for Llama Guard 3)', () => {
  const answer = 'We will call you back at the phone number you gave us [1].';

  it('passes a grounded answer the guard calls safe, unchanged', async () => {
    const guard = new FakeGuardModel('safe');
    const decision = await checkOutput(answer, { retrievedPassages, guardModel: guard });
    expect(decision.action).toBe('allow');
    expect(decision.text).toBe(answer);
    expect(guard.prompts).toHaveLength(1);
    expect(guard.prompts[0]).toContain(answer);
  });

  it('escalates, never passes, when the guard reply is not a verdict', async () => {
    const decision = await checkOutput(answer, { retrievedPassages, guardModel: new FakeGuardModel('Sure! Here is a poem.') });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons.map((r) => r.code)).toEqual([REASON_CODES.OUTPUT_MODEL_ERROR]);
    expect(decision.text).toBe(BLOCKED_MESSAGES.en);
    expect(decision.scores.guard_model).toBeUndefined();
  });

  it('escalates when the guard model throws, keeping the earlier reasons', async () => {
    const guard = new FakeGuardModel(() => {
      throw new Error('model process crashed');
    });
    const decision = await checkOutput(`${answer} Or write to bob@example.com [1].`, { retrievedPassages, guardModel: guard });
    expect(decision.action).toBe('escalate');
    expect(decision.reasons.map((r) => r.code)).toEqual([REASON_CODES.OUTPUT_PII, REASON_CODES.OUTPUT_MODEL_ERROR]);
    expect(decision.reasons[1]?.message).toContain('model process crashed');
    expect(decision.text).toBe(BLOCKED_MESSAGES.en);
  });

  it('rethrows when the caller aborted during the guard call, instead of escalating', async () => {
    const controller = new AbortController();
    // The stub stands for a model call cut short by the caller's abort.
    const guard = new FakeGuardModel(() => {
      controller.abort();
      throw new Error('generation aborted');
    });
    await expect(checkOutput(answer, { retrievedPassages, guardModel: guard, signal: controller.signal })).rejects.toThrow('generation aborted');
  });
});
