import type { ReasonCode } from '../reason-codes';

/**
 * One weighted feature of the heuristic scorer. `re` runs on normalised text (lower case, no
 * accents, obfuscation undone); `weight` is how strongly a match alone suggests an injection.
 */
export interface InjectionPattern {
  code: ReasonCode;
  weight: number;
  re: RegExp;
  /** Short name for reports and tests (never shown to customers). */
  name: string;
}

/** Builds a pattern; `source` may use the `{{name}}` fragments passed in `parts`. */
export function pattern(
  code: ReasonCode,
  weight: number,
  name: string,
  source: string,
  parts: Record<string, string> = {},
): InjectionPattern {
  const expanded = source.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const part = parts[key];
    if (part === undefined) throw new Error(`pattern ${name}: unknown fragment ${key}`);
    return `(?:${part})`;
  });
  return { code, weight, name, re: new RegExp(expanded, 'm') };
}
