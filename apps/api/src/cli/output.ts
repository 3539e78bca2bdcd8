/**
 * Terminal output for commands: one-line errors, progress bars on stderr (so stdout stays
 * pipeable), and JSON printing.
 */
import { SingleBar, Presets } from 'cli-progress';
import pc from 'picocolors';
import { isGroundedError, errorMessage } from '@grounded/shared';

/** Prints an error as one line (plus its hint) and exits non-zero. */
export function fail(error: unknown): never {
  if (isGroundedError(error)) {
    console.error(pc.red(`error: ${error.message}`) + (error.hint ? `\n${pc.dim(`hint: ${error.hint}`)}` : ''));
  } else {
    console.error(pc.red(`error: ${errorMessage(error)}`));
  }
  process.exit(1);
}

/** A progress bar on stderr; hidden when stderr is not a terminal. */
export function progressBar(label: string, total: number): { tick(n?: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
