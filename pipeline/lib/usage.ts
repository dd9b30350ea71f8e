import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Wrong usage of the command line: exit 2 with the command's help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | string[] | undefined>): Promise<number>;
}

/** Parses a command's arguments strictly; unknown flags are usage errors. */
export function parseCommandArgs(
  command: Command,
  args: string[],
): Record<string, string | boolean | string[] | undefined> {
  try {
    return parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | string[] | undefined>;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
}
