import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@grounded/shared';
import { REASON_CODES } from '../reason-codes';
import { checkPolicy } from './check-policy';
import { DEFAULT_POLICY } from './default-policy';
import { loadPolicy } from './load-policy';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'guardrails-policy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const VALID = `
allowedLanguages: [en, es]
maxInputLength: 2000
blockedTopics:
  - id: medical
    reason: We cannot give medical advice
    keywords:
      en: [dosage, diagnosis]
      es: [dosis]
    audiences: [public]
escalation:
  triggers:
    - category: custom
      pattern: "\\\\bgdpr request\\\\b"
      description: data subject requests
audiences:
  internal:
    pii: allow
    injectionThreshold: 0.7
`;

describe('loadPolicy', () => {
  it('loads a YAML policy and fills in defaults', async () => {
    const path = join(dir, 'policy.yaml');
    await writeFile(path, VALID);
    const policy = await loadPolicy(path);
    expect(policy.maxInputLength).toBe(2000);
    expect(policy.escalation.builtIn).toBe(true);
    expect(policy.audiences.public.pii).toBe('redact');
    expect(policy.audiences.internal.injectionThreshold).toBe(0.7);
  });

  it('rejects an invalid file with a message naming the bad field', async () => {
    const path = join(dir, 'policy.yaml');
    await writeFile(path, 'escalation:\n  triggers:\n    - { category: legal, pattern: "lawyer" }\n    - { category: human, pattern: "agent" }\n    - { category: safety, pattern: 42 }\n');
    const error = await loadPolicy(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('policy.yaml: escalation.triggers[2].pattern: expected string');
  });

  it('rejects a broken regular expression and an unknown field', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify({ escalation: { triggers: [{ category: 'legal', pattern: '(unclosed' }] }, maxLength: 5 }));
    const message = await loadPolicy(path).then(() => '', (e: Error) => e.message);
    expect(message).toContain('bad.json: escalation.triggers[0].pattern: not a valid regular expression');
    expect(message).toContain('bad.json: (root): unknown field(s) maxLength');
  });
});

describe('checkPolicy', () => {
  it('finds escalation triggers in four languages', () => {
    const codes = (text: string) => checkPolicy(text, DEFAULT_POLICY, 'public').escalations.map((r) => r.code);
    expect(codes('I will contact my lawyer about this')).toEqual([REASON_CODES.ESCALATION_LEGAL]);
    expect(codes('Voy a pedir un contracargo a mi banco')).toEqual([REASON_CODES.ESCALATION_CHARGEBACK]);
    expect(codes('Das Ladegerät hat Feuer gefangen, es brennt!')).toEqual([REASON_CODES.ESCALATION_SAFETY]);
    expect(codes('Je veux parler à un conseiller')).toEqual([REASON_CODES.ESCALATION_HUMAN]);
    expect(codes('Where is my parcel?')).toEqual([]);
  });

  it('blocks configured topics only for the audiences they name', async () => {
    const path = join(dir, 'topics.yaml');
    await writeFile(path, VALID);
    const policy = await loadPolicy(path);
    expect(checkPolicy('What dosage should I take?', policy, 'public', 'en').blocked[0]?.code).toBe(REASON_CODES.POLICY_BLOCKED_TOPIC);
    expect(checkPolicy('What dosage should I take?', policy, 'internal', 'en').blocked).toEqual([]);
  });
});
