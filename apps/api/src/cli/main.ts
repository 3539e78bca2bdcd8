/**
 * `grounded`: the command-line program. Each command lives in `commands/<name>.ts` and exports
 * `register(program)`; this file only assembles them.
 */
import { Command } from 'commander';
import { fail } from './output';

const program = new Command('grounded')
  .description('Grounded: a self-hosted support assistant answering from your own documents')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride((err) => {
    // commander already printed its own message; keep its exit code for --help and --version.
    process.exit(err.exitCode);
  });

const modules = await Promise.all([
  // Commands are registered in the order `--help` lists them.
  import('./commands/start'),
  import('./commands/ingest'),
  import('./commands/search'),
  import('./commands/docs'),
  import('./commands/eval-retrieval'),
]);
for (const mod of modules) (mod as { register(p: Command): void }).register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
