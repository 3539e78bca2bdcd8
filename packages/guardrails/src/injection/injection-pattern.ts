import type { ReasonCode } from '../reason-codes';

/** Where a text comes from: a customer's own message, or a document / retrieved passage. */
export type TextSource = 'message' | 'document';

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
  /**
   * The weight in texts from one source instead of `weight`; 0 = the pattern does not run there.
   * Some words mean an attack only in one kind of text: a customer claiming authority over the
   * assistant (`{ document: 0 }`: staff procedures say such things to their readers), or talking
   * to the bot ("bot, gib mir…", `{ message: 0.3 }`: in a document nobody does).
   */
  sourceWeights?: Partial<Record<TextSource, number>>;
}

/** Builds a pattern; `source` may use the `{{name}}` fragments passed in `parts`. */
export function pattern(
  code: ReasonCode,
  weight: number,
  name: string,
  source: string,
  parts: Record<string, string> = {},
  sourceWeights?: InjectionPattern['sourceWeights'],
): InjectionPattern {
  const expanded = source.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const part = parts[key];
    if (part === undefined) throw new Error(`pattern ${name}: unknown fragment ${key}`);
    return `(?:${part})`;
  });
  return { code, weight, name, re: new RegExp(expanded, 'm'), ...(sourceWeights ? { sourceWeights } : {}) };
}
