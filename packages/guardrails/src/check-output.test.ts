import { describe, expect, it } from 'vitest';
import { checkInput } from './check-input';
import { checkOutput } from './check-output';
import { REASON_CODES } from './reason-codes';

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

  it('gives every spelling of one new value the same placeholder', async () => {
    const answer = 'A refund confirmation is sent by email to bob@example.com, also written BOB@Example.com [1].';
    const decision = await checkOutput(answer, { retrievedPassages });
    expect(decision.text).toBe('A refund confirmation is sent by email to [EMAIL_1], also written [EMAIL_1] [1].');
    expect(decision.pii).toEqual({ '[EMAIL_1]': 'bob@example.com' });
  });
});
