import type { Command } from 'commander';

/**
 * The parent command `name` (e.g. `eval`, `bench`), created on first use so that subcommands
 * defined in separate files attach to one group.
 */
export function commandGroup(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}
