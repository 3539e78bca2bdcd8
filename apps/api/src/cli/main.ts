/**
 * `grounded`: the command-line program. Each command lives in `commands/<name>.ts` and exports
 * `register(program)`; this file only assembles them.
 */
import { Command } from 'commander';
import { fail } from './output';

type CommandModule = { register(program: Command): void };

/**
 * Top-level command → the modules that define it, in the order `--help` lists them. Only the
 * modules of the command being run are imported, so `grounded search` never pays for loading
 * node-llama-cpp and `grounded chat` never loads the PDF parser.
 */
const COMMANDS: Record<string, (() => Promise<CommandModule>)[]> = {
  start: [() => import('./commands/start')],
  ingest: [() => import('./commands/ingest')],
  search: [() => import('./commands/search')],
  docs: [() => import('./commands/docs')],
  chat: [() => import('./commands/chat')],
  models: [() => import('./commands/models')],
  eval: [() => import('./commands/eval-retrieval'), () => import('./commands/eval-guardrails'), () => import('./commands/eval-pii')],
  bench: [() => import('./commands/bench-generate')],
};

const program = new Command('grounded')
  .description('Grounded: a self-hosted support assistant answering from your own documents')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride((err) => {
    // commander already printed its own message; keep its exit code for --help and --version.
    process.exit(err.exitCode);
  });

// `grounded models list | head` closes stdout early: the reader's choice, not our failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(error);
});

const requested = process.argv[2];
const loaders = requested && COMMANDS[requested] ? COMMANDS[requested] : Object.values(COMMANDS).flat();
for (const mod of await Promise.all(loaders.map((load) => load()))) mod.register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
