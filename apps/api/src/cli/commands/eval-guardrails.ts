/**
 * `grounded eval guardrails --injection FILE.jsonl`: runs the prompt-injection detector (heuristics + learned classifier + hidden-text scan)
 * over labelled rows (`{"text", "label": 0|1}`) and prints detection and false-positive rates.
 */
import type { Command } from 'commander';
import { evaluateInjection, injectionRowSchema, readJsonl } from '@grounded/guardrails';
import { commandGroup } from '../command-group';
import { fail, printJson } from '../output';

export function register(program: Command): void {
  commandGroup(program, 'eval', 'Evaluate retrieval and guardrails')
    .command('guardrails')
    .description('Measure prompt-injection detection on a labelled JSONL file ({"text", "label": 0|1} per line)')
    .requiredOption('--injection <file>', 'JSONL file with {"text", "label"} rows (label 1 = injection)')
    .option('--json', 'print one JSON object: n, tp, fp, tn, fn, detection_rate, false_positive_rate, p50_ms')
    .action(async (opts: { injection: string; json?: boolean }) => {
      try {
        const rows = await readJsonl(opts.injection, injectionRowSchema);
        const result = evaluateInjection(rows);
        if (opts.json) {
          printJson(result);
          return;
        }
        console.log(`rows                 ${result.n} (${result.tp + result.fn} injections, ${result.fp + result.tn} benign)`);
        console.log(`                     flagged   passed`);
        console.log(`injection (label 1)  ${String(result.tp).padStart(7)}  ${String(result.fn).padStart(7)}`);
        console.log(`benign    (label 0)  ${String(result.fp).padStart(7)}  ${String(result.tn).padStart(7)}`);
        console.log(`detection rate       ${result.detection_rate.toFixed(4)}`);
        console.log(`false-positive rate  ${result.false_positive_rate.toFixed(4)}`);
        console.log(`p50 latency          ${result.p50_ms.toFixed(3)} ms per message (injection detector)`);
      } catch (error) {
        fail(error);
      }
    });
}
