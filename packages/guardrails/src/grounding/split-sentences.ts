/** A sentence of an answer with the citation markers written in or right after it. */
export interface AnswerSentence {
  text: string;
  /** Raw marker contents, e.g. `1`, `doc:faq-3`. */
  markers: string[];
}

// Abbreviations that end with a period but do not end a sentence (en, es, de, fr).
const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|no|nr|approx|incl|z\.b|bzw|ca|usw|ggf|inkl|evtl|d\.h|p\.ej|sr|sra|aprox|p\.ex|mme|env|cf|art|abs|str)\.$/i;
const MARKER = /\[\^?([^\]\s][^\]]{0,80})\]/g;
const LEADING_MARKERS = /^(?:\s*\[\^?[^\]\s][^\]]{0,80}\])+/;

/** Splits an answer into sentences (and list items), keeping citation markers with their sentence. */
export function splitSentences(answer: string): AnswerSentence[] {
  const pieces: string[] = [];
  for (const block of answer.split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/)) {
    const parts = block.split(/(?<=[.!?。！？…])\s+(?=["'«„¿¡([]?[\p{Lu}\p{N}[])/u);
    for (const part of parts) {
      const last = pieces.length > 0 ? pieces[pieces.length - 1] : undefined;
      const leading = LEADING_MARKERS.exec(part)?.[0];
      if (last !== undefined && ABBREVIATIONS.test(last)) {
        pieces[pieces.length - 1] = `${last} ${part}`;
      } else if (last !== undefined && leading && pieces.length > 0) {
        // "... five days. [1] You can also ..." : the marker belongs to the sentence before it.
        pieces[pieces.length - 1] = `${last} ${leading.trim()}`;
        const rest = part.slice(leading.length).trim();
        if (rest) pieces.push(rest);
      } else {
        pieces.push(part);
      }
    }
  }
  return pieces
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((text) => ({ text, markers: [...text.matchAll(MARKER)].map((m) => (m[1] ?? '').trim()) }));
}
