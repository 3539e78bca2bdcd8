/**
 * Trains the learned prompt-injection classifier and writes src/injection/injection-model.json.
 *
 *   npx tsx packages/guardrails/scripts/train-injection-model.ts \
 *     --train ../shared/data/dev/injection-train.jsonl packages/guardrails/bench/injection-dev-multilingual.jsonl ... \
 *     --heldout packages/guardrails/bench/injection-holdout-5.jsonl ... [--out FILE] [--seed 13] [--folds 10]
 *
 * 1. k-fold cross-validation on the --train rows (stratified, seeded) gives out-of-fold
 *    probabilities; the model threshold is the lowest one at which heuristic-or-model keeps the
 *    false-positive rate <= --max-fpr on the benign rows (all of them, and the support-message ones).
 * 2. The final model is trained on all --train rows with the same settings and that threshold.
 * 3. --heldout files are never trained on: they are only scored, per file, at the end.
 * --benign-docs FILE.jsonl ({"title"?, "text"} rows, e.g. a retrieval corpus): benign *documents*,
 * so the model does not read every prescriptive FAQ answer as an injected instruction. Even rows
 * (0, 2, 4...) are trained on; odd rows are held out and scored at the end.
 * --by-file also prints leave-one-file-out numbers (report only; the threshold still comes from step 1).
 * Deterministic: the same files and flags write the same JSON byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { evaluateInjection, injectionRowSchema, readJsonl, type InjectionRow } from '../src/index';
import { extractInjectionFeatures, HEURISTIC_FEATURE_CODES, type FeatureLayout, type SparseVector } from '../src/injection/injection-features';
import { parseInjectionModel, predictFeatures, serialiseInjectionModel, type InjectionModel } from '../src/injection/injection-model';
import { scanDocumentChunk } from '../src/injection/scan-document-chunk';
import { scoreInjection } from '../src/injection/score-injection';
import { seededRandom } from '@grounded/shared';
import { shuffled, trainLogisticRegression, type TrainOptions } from './logistic-regression';
import { syntheticInjectionRows } from './synthetic-injection-rows';
import { syntheticStaffDocs } from './synthetic-staff-docs';

const here = dirname(fileURLToPath(import.meta.url));
// `--train a.jsonl b.jsonl` means `--train a.jsonl --train b.jsonl` (shell globs expand to lists).
const argv: string[] = [];
let listFlag: string | undefined;
for (const token of process.argv.slice(2)) {
  if (token.startsWith('--')) listFlag = ['--train', '--heldout', '--benign-docs'].includes(token) ? token : undefined;
  else if (listFlag && argv.at(-1) !== listFlag) argv.push(listFlag);
  argv.push(token);
}
const { values: args } = parseArgs({
  args: argv,
  options: {
    train: { type: 'string', multiple: true },
    heldout: { type: 'string', multiple: true, default: [] },
    'benign-docs': { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: join(here, '../src/injection/injection-model.json') },
    seed: { type: 'string', default: '13' },
    folds: { type: 'string', default: '10' },
    epochs: { type: 'string', default: '12' },
    eta: { type: 'string', default: '0.1' },
    l2: { type: 'string', default: '0.0001' },
    'hash-bits': { type: 'string', default: '16' },
    'max-fpr': { type: 'string', default: '0.02' },
    'dry-run': { type: 'boolean', default: false },
    'no-concepts': { type: 'boolean', default: false },
    'no-intents': { type: 'boolean', default: false },
    'synthetic-attacks': { type: 'string', default: '0' },
    'synthetic-benign': { type: 'string', default: '0' },
    'synthetic-docs': { type: 'string', default: '0' },
    'by-file': { type: 'boolean', default: false },
  },
});
if (!args.train?.length) throw new Error('pass at least one --train FILE.jsonl ({"text","label"} rows)');

interface Example {
  source: string;
  row: InjectionRow;
  x: SparseVector;
  /** Whether the heuristic layer alone (with the hidden-text scan) flags it. */
  heuristicFlag: boolean;
}

const seed = Number(args.seed);
const folds = Number(args.folds);
const maxFpr = Number(args['max-fpr']);
const layout: FeatureLayout = { hashBits: Number(args['hash-bits']), heuristicCodes: HEURISTIC_FEATURE_CODES, concepts: !args['no-concepts'], intents: !args['no-intents'] };
const size = 2 ** layout.hashBits + 2 + layout.heuristicCodes.length;
const trainOptions: TrainOptions = { size, epochs: Number(args.epochs), eta: Number(args.eta), l2: Number(args.l2), seed };

const docSchema = z.looseObject({ title: z.string().optional(), text: z.string() });

/** Messages are scored as checkInput scores them; documents (`docs:` sources) as ingestion does, quotes in full. */
function example(source: string, row: InjectionRow): Example {
  const as = source.startsWith('docs:') ? 'document' : 'message';
  const heuristic = scoreInjection(row.text, { source: as });
  return { source, row, x: extractInjectionFeatures(row.text, heuristic, layout), heuristicFlag: scanDocumentChunk(row.text, { model: false, source: as }).flagged };
}

async function load(files: readonly string[]): Promise<Example[]> {
  const out: Example[] = [];
  for (const file of files) for (const row of await readJsonl(file, injectionRowSchema)) out.push(example(basename(file), row));
  return out;
}

/** Benign documents as label-0 rows, split by parity into a training half and a held-out half. */
async function loadDocs(files: readonly string[], half: 0 | 1): Promise<InjectionRow[]> {
  const out: InjectionRow[] = [];
  for (const file of files) {
    const docs = await readJsonl(file, docSchema);
    docs.forEach((d, i) => {
      if (i % 2 === half) out.push({ text: d.title ? `${d.title}\n${d.text}` : d.text, label: 0 });
    });
  }
  return out;
}

const rate = (hits: number, of: number): number => (of === 0 ? 0 : Math.round((hits / of) * 1000) / 1000);

/** Detection and false-positive rates of heuristic-only and heuristic-or-model decisions. */
function score(examples: readonly Example[], probability: readonly number[], threshold: number) {
  let pos = 0, neg = 0, hTp = 0, hFp = 0, cTp = 0, cFp = 0;
  examples.forEach((e, i) => {
    const combined = e.heuristicFlag || probability[i]! >= threshold;
    if (e.row.label === 1) {
      pos++;
      if (e.heuristicFlag) hTp++;
      if (combined) cTp++;
    } else {
      neg++;
      if (e.heuristicFlag) hFp++;
      if (combined) cFp++;
    }
  });
  return { n: examples.length, heuristic: { dr: rate(hTp, pos), fpr: rate(hFp, neg) }, combined: { dr: rate(cTp, pos), fpr: rate(cFp, neg) } };
}

/** Stratified fold of each example: positives and negatives shuffled separately, dealt round-robin. */
function assignFolds(examples: readonly Example[]): number[] {
  const random = seededRandom(seed + 1);
  const fold = new Array<number>(examples.length).fill(0);
  for (const label of [0, 1]) {
    const idx = examples.flatMap((e, i) => (e.row.label === label ? [i] : []));
    shuffled(idx, random).forEach((i, rank) => (fold[i] = rank % folds));
  }
  return fold;
}

function pickThreshold(examples: readonly Example[], oof: readonly number[]): number {
  // Every group of benign text must stay under maxFpr: all rows, support messages, documents.
  const groups = [(): boolean => true, (e: Example): boolean => e.source.startsWith('injection-') && !e.source.startsWith('injection-train'), (e: Example): boolean => e.source.startsWith('docs:')];
  for (let t = 0.05; t < 0.995; t += 0.005) {
    const ok = groups.every((inGroup) => {
      const sel = examples.map((e) => inGroup(e));
      return score(examples.filter((_, i) => sel[i]), oof.filter((_, i) => sel[i]), t).combined.fpr <= maxFpr;
    });
    if (ok) return Math.round(t * 1000) / 1000;
  }
  return 0.995;
}

const train = await load(args.train);
const docNames = args['benign-docs'].map((f) => `docs:${basename(dirname(f))}/${basename(f)}`).join('+');
for (const row of await loadDocs(args['benign-docs'], 0)) train.push(example(docNames, row));
// Template-built rows (scripts/synthetic-*.ts): many surface forms of each intent, in 4 languages.
for (const row of syntheticInjectionRows(seededRandom(seed + 2), Number(args['synthetic-attacks']), Number(args['synthetic-benign']))) {
  train.push(example('synthetic', row));
}
// Internal staff procedures: imperative, rule-heavy documents that ingestion must not quarantine.
// Named docs:... so the threshold also keeps their out-of-fold false-positive rate <= --max-fpr.
for (const row of syntheticStaffDocs(seededRandom(seed + 3), Number(args['synthetic-docs']))) train.push(example('docs:synthetic-staff', row));
const ys = train.map((e) => e.row.label);
console.log(`training rows: ${train.length} (${ys.filter((y) => y === 1).length} injections) from ${args.train.length} file(s)`);

const fold = assignFolds(train);
const oof = new Array<number>(train.length).fill(0);
for (let f = 0; f < folds; f++) {
  const inTrain = train.map((_, i) => fold[i] !== f);
  const model = trainLogisticRegression(train.filter((_, i) => inTrain[i]).map((e) => e.x), ys.filter((_, i) => inTrain[i]), trainOptions);
  train.forEach((e, i) => {
    if (!inTrain[i]) oof[i] = predictFeatures(model, e.x);
  });
}
const threshold = pickThreshold(train, oof);
const cv: Record<string, ReturnType<typeof score>> = { all: score(train, oof, threshold) };
for (const source of [...new Set(train.map((e) => e.source))]) {
  const sel = train.map((e) => e.source === source);
  cv[source] = score(train.filter((_, i) => sel[i]), oof.filter((_, i) => sel[i]), threshold);
}
console.log(`\n${folds}-fold cross-validation (out-of-fold; model threshold ${threshold} chosen for FPR <= ${maxFpr}):`);
console.log(`${'set'.padEnd(40)} ${'n'.padStart(5)}  heuristic DR/FPR   heuristic+model DR/FPR`);
for (const [name, s] of Object.entries(cv)) {
  console.log(`${name.padEnd(40)} ${String(s.n).padStart(5)}  ${s.heuristic.dr.toFixed(3)} / ${s.heuristic.fpr.toFixed(3)}      ${s.combined.dr.toFixed(3)} / ${s.combined.fpr.toFixed(3)}`);
}

// Leave-one-file-out: rows of one file (often translations of each other) never sit on both sides
// of a split, so this is closer to "a new set written by someone else" than row-level folds.
if (args['by-file']) {
  console.log(`\nleave-one-file-out (train on the other files, score this one at threshold ${threshold}):`);
  for (const source of [...new Set(train.map((e) => e.source))]) {
    const inTrain = train.map((e) => e.source !== source);
    const model = trainLogisticRegression(train.filter((_, i) => inTrain[i]).map((e) => e.x), ys.filter((_, i) => inTrain[i]), trainOptions);
    const rows = train.filter((_, i) => !inTrain[i]);
    const s = score(rows, rows.map((e) => predictFeatures(model, e.x)), threshold);
    console.log(`${source.padEnd(40)} ${String(s.n).padStart(5)}  ${s.heuristic.dr.toFixed(3)} / ${s.heuristic.fpr.toFixed(3)}      ${s.combined.dr.toFixed(3)} / ${s.combined.fpr.toFixed(3)}`);
  }
}

const final = trainLogisticRegression(train.map((e) => e.x), ys, trainOptions);
const trained: InjectionModel = { layout, bias: final.bias, weights: final.weights, threshold };
const file = serialiseInjectionModel(trained, 1000, {
  algorithm: 'logistic regression, AdaGrad, class-balanced, L2',
  features: 'hashed word uni/bigrams + char 3-5-grams of normaliseForMatching text, concept tokens, intent-structure tokens, heuristic scores',
  synthetic: { attacks: Number(args['synthetic-attacks']), benign: Number(args['synthetic-benign']), staffDocs: Number(args['synthetic-docs']) },
  seed,
  folds,
  epochs: trainOptions.epochs,
  eta: trainOptions.eta,
  l2: trainOptions.l2,
  maxFpr,
  files: Object.fromEntries([...new Set(train.map((e) => e.source))].map((s) => [s, train.filter((e) => e.source === s).length])),
  cv,
});
// The product reads the quantised file, so held-out numbers below use exactly what is shipped.
const shipped = parseInjectionModel(JSON.parse(JSON.stringify(file)));
const json = `${JSON.stringify(file)}\n`;
if (!args['dry-run']) writeFileSync(args.out, json);
console.log(`\n${args['dry-run'] ? 'would write' : 'wrote'} ${args.out}: ${file.values.length} non-zero weights, ${(json.length / 1024).toFixed(0)} KiB`);

const heldoutDocs = await loadDocs(args['benign-docs'], 1);
const heldout: [string, Promise<InjectionRow[]>, 'message' | 'document'][] = args.heldout.map((p) => [p, readJsonl(p, injectionRowSchema), 'message']);
if (heldoutDocs.length) heldout.push([`${docNames} (odd rows)`, Promise.resolve(heldoutDocs), 'document']);
if (heldout.length) {
  console.log('\nheld-out files (never trained on), as `grounded eval guardrails` scores them (documents as ingestion does):');
  for (const [path, pending, as] of heldout) {
    const rows = await pending;
    const h = evaluateInjection(rows, { model: false, source: as });
    const c = evaluateInjection(rows, { model: shipped, source: as });
    console.log(`${basename(path).padEnd(40)} ${String(rows.length).padStart(5)}  heuristic ${h.detection_rate.toFixed(3)} / ${h.false_positive_rate.toFixed(3)}   combined ${c.detection_rate.toFixed(3)} / ${c.false_positive_rate.toFixed(3)}`);
  }
}
