/**
 * `grounded models …`: the model catalog, installed files, resumable downloads, and tiny fixture
 * models for trying Grounded without downloading weights.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { InvalidArgumentError } from 'commander';
import {
  downloadModel,
  listInstalled,
  MODEL_CATALOG,
  removeModel,
  resolveModelSource,
  FIXTURE_SIZES,
  writeFixtureLora,
  writeFixtureModel,
  type FixtureFamily,
} from '@grounded/models';
import { env } from '../../env';
import { commandGroup } from '../command-group';
import { printJson, progressBar } from '../output';

const size = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`;

function parseFamily(value: string): FixtureFamily {
  if (value !== 'mistral' && value !== 'llama3') throw new InvalidArgumentError('use mistral or llama3');
  return value;
}

function parseSize(value: string): keyof typeof FIXTURE_SIZES {
  if (value !== 'tiny' && value !== 'small') throw new InvalidArgumentError('use tiny or small');
  return value;
}

export function register(program: Command): void {
  const models = commandGroup(program, 'models', 'List, download and remove GGUF models');

  models
    .command('list')
    .description('Show the model catalog and the GGUF files installed in MODELS_DIR')
    .option('--json', 'print catalog and installed files as JSON')
    .action(async (opts: { json?: boolean }) => {
      const dir = env().paths.models;
      const installed = await listInstalled(dir);
      if (opts.json) return printJson({ modelsDir: dir, catalog: MODEL_CATALOG, installed });
      const installedIds = new Set(installed.filter((f) => !f.partial).map((f) => f.catalogId));
      console.log(pc.bold('Catalog'));
      for (const e of MODEL_CATALOG) {
        const mark = installedIds.has(e.id) ? pc.green('✓') : ' ';
        console.log(
          `${mark} ${e.id.padEnd(32)} ${e.kind.padEnd(9)} ${e.params.padEnd(6)} ${e.quantisation.padEnd(7)} ~${size(e.fileSizeBytes).padEnd(9)} ctx ${String(e.contextLength).padEnd(7)} ${pc.dim(e.license)}`,
        );
      }
      console.log(pc.bold(`\nInstalled in ${dir}`));
      if (installed.length === 0) console.log(pc.dim('  none yet: npx grounded models pull llama-3.2-1b-instruct  (or: npx grounded models fixture)'));
      for (const f of installed) {
        console.log(`  ${f.fileName.padEnd(48)} ${size(f.sizeBytes).padEnd(9)} ${f.catalogId ?? ''}${f.partial ? pc.yellow(' (partial: pull again to resume)') : ''}`);
      }
    });

  const VERIFIED = {
    catalog: 'verified against the catalog',
    publisher: "verified against the host's published checksum",
    none: pc.yellow('not verified: no checksum is known for this file'),
  } as const;

  models
    .command('pull')
    .description('Download a model by catalog id, hf:<user>/<repo>/<file>.gguf URI or URL (resumable)')
    .argument('<id-or-url>')
    .option('--token <token>', 'Hugging Face token for gated repositories')
    .action(async (idOrUrl: string, opts: { token?: string }) => {
      const source = resolveModelSource(idOrUrl);
      const dir = env().paths.models;
      let bar: ReturnType<typeof progressBar> | undefined;
      let last = 0;
      const result = await downloadModel(source, {
        modelsDir: dir,
        ...(opts.token ? { token: opts.token } : {}),
        onProgress: (p) => {
          if (p.resumed) console.error(pc.dim(`resuming at ${size(p.receivedBytes)}`));
          if (!bar && p.totalBytes) {
            bar = progressBar(source.fileName, Math.round(p.totalBytes / 1e6));
            last = 0;
          }
          const mb = Math.round(p.receivedBytes / 1e6);
          if (bar && mb > last) {
            bar.tick(mb - last);
            last = mb;
          }
        },
      }).finally(() => bar?.stop());
      console.log(
        result.alreadyInstalled
          ? `${source.fileName} is already installed: ${result.path}`
          : `Downloaded ${result.path} (${size(result.bytes)}, sha256 ${result.sha256}, ${VERIFIED[result.verifiedAgainst ?? 'none']})`,
      );
    });

  models
    .command('rm')
    .description('Delete an installed model (and any partial download of it)')
    .argument('<id-or-file>')
    .action(async (id: string) => {
      for (const file of await removeModel(env().paths.models, id)) console.log(`Removed ${file}`);
    });

  models
    .command('fixture')
    .description('Write a tiny random-weight GGUF with a real chat template (for tests and demos; it talks gibberish)')
    .requiredOption('--family <family>', 'mistral or llama3', parseFamily)
    .requiredOption('--out <file>', 'where to write the model')
    .option('--lora <file>', 'also write a matching LoRA adapter here')
    .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10), 42)
    .option('--size <size>', 'tiny (0.8 MB, for tests) or small (55 MB, for benchmarks)', parseSize, 'tiny' as const)
    .action(async (opts: { family: FixtureFamily; out: string; lora?: string; seed: number; size: keyof typeof FIXTURE_SIZES }) => {
      const info = await writeFixtureModel({ family: opts.family, outFile: opts.out, seed: opts.seed, dims: FIXTURE_SIZES[opts.size] });
      console.log(`Wrote ${info.file} (${size(info.bytes)}, ${opts.family} template, vocabulary ${info.vocabSize})`);
      if (opts.lora) {
        const lora = await writeFixtureLora({ outFile: opts.lora, baseFile: info.file });
        console.log(`Wrote ${lora.file} (${size(lora.bytes)}, LoRA adapter)`);
      }
    });
}
