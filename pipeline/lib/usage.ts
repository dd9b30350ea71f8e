import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';

/** Wrong usage of the command line: exit 2 with a hint. */
export class UsageError extends Error {
  /** The command whose help to point at, if any. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Values): Promise<number>;
}

/** " Did you mean "x"?" when a valid word is close to what was typed. */
export function suggestion(typed: string, valid: string[]): string {
  if (valid.length === 0) return '';
  const best = closest(typed, valid);
  return distance(typed, best) <= Math.max(2, Math.floor(best.length / 3))
    ? ` Did you mean "${best}"?`
    : '';
}

/** Parses a command's arguments strictly; an unknown flag is a usage error with the closest valid one. */
export function parseCommandArgs(command: Command, args: string[]): Values {
  const options = { ...command.options, help: { type: 'boolean' as const, short: 'h' } };
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Values;
  } catch (e) {
    const unknown = /Unknown option '([^']+)'/.exec((e as Error).message)?.[1];
    if (unknown) {
      const flags = Object.keys(options).map((o) => `--${o}`);
      throw new UsageError(
        `unknown option "${unknown}" for ${command.name}.${suggestion(unknown, flags)}`,
        command.name,
      );
    }
    throw new UsageError(
      `${command.name}: ${(e as Error).message.replace(/\. To specify.*$/s, '')}`,
      command.name,
    );
  }
}
