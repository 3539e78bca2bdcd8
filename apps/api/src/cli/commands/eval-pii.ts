/**
 * `grounded eval pii --dataset FILE.jsonl`: per-type precision and recall of PII detection
 * against gold spans (`{"text", "spans": [{"start","end","type"}]}`, Presidio type names).
 * A detection matches a gold span of the same type overlapping at least half of it.
 */
import type { Command } from 'commander';
import { evaluatePii, piiRowSchema, readJsonl } from '@grounded/guardrails';
import { commandGroup } from '../command-group';
import { fail, printJson } from '../output';

export function register(program: Command): void {
  commandGroup(program, 'eval', 'Evaluate retrieval and guardrails')
    .command('pii')
    .description('Measure PII detection per entity type on a JSONL file of texts with gold spans')
    .requiredOption('--dataset <file>', 'JSONL file with {"text", "spans": [{"start","end","type"}]} rows')
    .option('--json', 'print one JSON object: per_type, micro_precision, micro_recall, unsupported_types')
    .action(async (opts: { dataset: string; json?: boolean }) => {
      try {
        const rows = await readJsonl(opts.dataset, piiRowSchema);
        const result = evaluatePii(rows);
        if (opts.json) {
          printJson(result);
          return;
        }
        console.log(`${'type'.padEnd(15)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'support'.padStart(7)}`);
        for (const [type, s] of Object.entries(result.per_type)) {
          console.log(`${type.padEnd(15)} ${s.precision.toFixed(4).padStart(9)} ${s.recall.toFixed(4).padStart(7)} ${String(s.support).padStart(7)}`);
        }
        console.log(`${'micro'.padEnd(15)} ${result.micro_precision.toFixed(4).padStart(9)} ${result.micro_recall.toFixed(4).padStart(7)}`);
        if (result.unsupported_types.length > 0) {
          console.log(`not detected by this module (not counted): ${result.unsupported_types.join(', ')}`);
        }
      } catch (error) {
        fail(error);
      }
    });
}
