import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigError, errorMessage } from '@grounded/shared';
import { policySchema, type Policy } from './policy-schema';

/** `escalation.triggers[2].pattern` from a zod issue path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Validates an already-parsed policy object; `source` names it in errors. */
export function parsePolicy(value: unknown, source = 'policy'): Policy {
  const result = policySchema.safeParse(value ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${source}: ${formatPath(i.path)}: ${issueMessage(i)}`);
  throw new ConfigError(lines.join('\n'), {
    hint: 'Fix the named field in the policy file (see packages/guardrails/README.md for the format).',
    details: { source, issues: lines },
  });
}

/** Reads and validates a policy file (`.yaml`, `.yml` or `.json`). */
export async function loadPolicy(path: string): Promise<Policy> {
  const name = basename(path);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${name}: cannot read policy file: ${errorMessage(error)}`, {
      hint: 'Check the policy path setting.',
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = /\.json$/i.test(path) ? JSON.parse(raw) : parseYaml(raw);
  } catch (error) {
    throw new ConfigError(`${name}: not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${errorMessage(error)}`, {
      hint: 'Fix the syntax error at the position given.',
      cause: error,
    });
  }
  return parsePolicy(value, name);
}
