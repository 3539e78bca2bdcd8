/**
 * Parse + chunk throughput for plain text and Markdown (npx tsx packages/ingestion/bench/parse-throughput.ts).
 * Baseline, measured in the same run: LangChain's RecursiveCharacterTextSplitter alone on the same
 * text (no decoding, structure, language detection or hashing). The product target is >= 300
 * chunks/s end to end including embedding and storage, so parsing must be far above that.
 */
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { parseDocument } from '../src';
import { SAMPLE_TEXTS } from '../src/testing';

const RUNS = 7;
const SECTIONS = 400;
const languages = ['en', 'es', 'de', 'fr'] as const;

function paragraph(i: number): string {
  const lang = languages[i % languages.length]!;
  return `${SAMPLE_TEXTS[lang]} (${i})`;
}

function markdown(): string {
  const parts: string[] = ['# Knowledge base'];
  for (let s = 0; s < SECTIONS; s++) {
    parts.push(`## Section ${s}`, paragraph(s), paragraph(s + 1), paragraph(s + 2));
    if (s % 3 === 0) parts.push(`### Details ${s}`, paragraph(s + 3), `- item one ${s}\n- item two ${s}`);
  }
  return parts.join('\n\n');
}

function plainText(): string {
  const parts: string[] = [];
  for (let s = 0; s < SECTIONS; s++) parts.push(`SECTION ${s}`, paragraph(s), paragraph(s + 1), paragraph(s + 2));
  return parts.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure(label: string, run: () => Promise<number>): Promise<number> {
  await run(); // warm-up: loads eld and JIT-compiles
  const rates: number[] = [];
  let chunks = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    chunks = await run();
    rates.push(chunks / ((performance.now() - start) / 1000));
  }
  const rate = median(rates);
  console.log(`${label.padEnd(44)} ${String(chunks).padStart(5)} chunks  median ${rate.toFixed(0).padStart(7)} chunks/s`);
  return rate;
}

const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 150 });
for (const [name, text, fileName] of [
  ['markdown', markdown(), 'kb.md'],
  ['plain text', plainText(), 'kb.txt'],
] as const) {
  const bytes = new TextEncoder().encode(text);
  console.log(`\n${name}: ${(bytes.length / 1024).toFixed(0)} KiB, ${RUNS} runs`);
  const baseline = await measure('baseline: LangChain splitter only', async () => (await splitter.splitText(text)).length);
  const full = await measure('parseDocument (detect+parse+chunk+lang+hash)', async () => {
    const doc = await parseDocument({ bytes, fileName });
    return doc.chunks.length;
  });
  console.log(`ratio parseDocument / baseline: ${(full / baseline).toFixed(2)}; vs 300 chunks/s target: ${(full / 300).toFixed(1)}x`);
}
