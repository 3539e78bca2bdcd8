/**
 * Holds back a trailing incomplete character (U+FFFD from a partial UTF-8 sequence, or a lone
 * high surrogate) so no streamed chunk ever splits a multi-byte character. The text is released
 * with the next chunk, or by `flush()` at the end of the stream.
 */
const REPLACEMENT = '\uFFFD';

export class Utf8ChunkGuard {
  private pending = '';

  /** Returns the part of `text` that is safe to emit now (possibly ''). */
  push(text: string): string {
    const all = this.pending + text;
    let cut = all.length;
    while (cut > 0 && all[cut - 1] === REPLACEMENT) cut--;
    const last = all.charCodeAt(cut - 1);
    if (cut > 0 && last >= 0xd800 && last <= 0xdbff) cut--;
    this.pending = all.slice(cut);
    return all.slice(0, cut);
  }

  /** Whatever is still held back (the generation ended mid-character). */
  flush(): string {
    const rest = this.pending;
    this.pending = '';
    return rest;
  }
}
