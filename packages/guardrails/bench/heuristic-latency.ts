/**
 * Median milliseconds per message of the heuristic injection layer and of the combined detector
 * (heuristic + learned classifier), against a baseline measured
 * in the same run: one case-insensitive regex pass for the classic "ignore previous instructions"
 * phrase (what a naive filter costs). Usage:
 *   npx tsx packages/guardrails/bench/heuristic-latency.ts [file.jsonl ...]
 * Defaults to this folder's dev set plus, when present, ../shared/data/dev/injection-train.jsonl.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detectInjection, loadBundledInjectionModel, scanDocumentChunk, scoreInjection } from '../src/index';

const here = dirname(fileURLToPath(import.meta.url));
const defaults = [join(here, 'injection-dev-multilingual.jsonl'), join(here, '../../../../shared/data/dev/injection-train.jsonl')];
const files = process.argv.length > 2 ? process.argv.slice(2) : defaults.filter((f) => existsSync(f));
const texts = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

const BASELINE = /ignore (?:all )?(?:previous|prior|above) instructions/i;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function timePerMessage(fn: (text: string) => unknown): number[] {
  const times: number[] = [];
  for (const text of texts) {
    const start = performance.now();
    fn(text);
    times.push(performance.now() - start);
  }
  return times;
}

// Warm up both (JIT, regex compilation) before measuring; then interleave rounds so machine noise
// hits both alike.
timePerMessage((t) => scoreInjection(t));
timePerMessage((t) => BASELINE.test(t));
// Loaded once per process, so not part of the per-message cost; reported on its own.
const loadStart = performance.now();
loadBundledInjectionModel();
const loadMs = performance.now() - loadStart;
timePerMessage((t) => scanDocumentChunk(t, { model: false }));
timePerMessage((t) => detectInjection(t));
timePerMessage((t) => scanDocumentChunk(t));
const heuristic: number[] = [];
const full: number[] = [];
const combined: number[] = [];
const combinedFull: number[] = [];
const baseline: number[] = [];
for (let round = 0; round < 5; round++) {
  heuristic.push(...timePerMessage((t) => scoreInjection(t)));
  full.push(...timePerMessage((t) => scanDocumentChunk(t, { model: false })));
  combined.push(...timePerMessage((t) => detectInjection(t)));
  combinedFull.push(...timePerMessage((t) => scanDocumentChunk(t)));
  baseline.push(...timePerMessage((t) => BASELINE.test(t)));
}
const p95 = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.95)]!;
const h = median(heuristic);
const b = median(baseline);
const longest = texts.reduce((a, t) => Math.max(a, t.length), 0);
console.log(`messages: ${texts.length} from ${files.length} file(s), longest ${longest} chars, 5 rounds`);
console.log(`heuristic layer  median ${h.toFixed(4)} ms/message  p95 ${p95(heuristic).toFixed(4)} ms`);
console.log(`+ hidden-text scan median ${median(full).toFixed(4)} ms/message (scanDocumentChunk with model: false)`);
console.log(`heuristic + classifier (detectInjection) median ${median(combined).toFixed(4)} ms/message  p95 ${p95(combined).toFixed(4)} ms`);
console.log(`+ hidden-text scan median ${median(combinedFull).toFixed(4)} ms/message  p95 ${p95(combinedFull).toFixed(4)} ms (scanDocumentChunk: what checkInput and the eval run)`);
console.log(`model load (once per process) ${loadMs.toFixed(1)} ms`);
console.log(`baseline regex   median ${b.toFixed(4)} ms/message`);
console.log(`ratio            heuristic ${(h / b).toFixed(1)}x, combined ${(median(combined) / b).toFixed(1)}x the single-regex baseline (target: median <= 2 ms)`);
