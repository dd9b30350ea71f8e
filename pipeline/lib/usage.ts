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

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  summary: string;
  help: string;
  options: Options;
  /** Whether the command takes arguments beyond its flags (default: it takes none). */
  positionals?: boolean;
  run(values: Values, positionals: string[]): Promise<number>;
}

/** " Did you mean "x"?" when a valid word is close to what was typed. */
export function suggestion(typed: string, valid: string[]): string {
  if (valid.length === 0) return '';
  const best = closest(typed, valid);
  return distance(typed, best) <= Math.max(2, Math.floor(best.length / 3))
    ? ` Did you mean "${best}"?`
    : '';
}

/**
 * The usage error for an unknown flag, with the closest valid one. A long flag is compared
 * by spelling; a short one suggests the long flag it could stand for (-q → --quiet).
 */
export function unknownOption(typed: string, options: Options, command?: string): UsageError {
  const longs = Object.keys(options).map((o) => `--${o}`);
  const letter = typed[1]?.toLowerCase();
  const standsFor = longs.find((l) => l[2] === letter);
  const hint = typed.startsWith('--')
    ? suggestion(typed, longs)
    : standsFor
      ? ` Did you mean "${standsFor}"?`
      : '';
  return new UsageError(
    `unknown option "${typed}"${command ? ` for ${command}` : ''}.${hint}`,
    command,
  );
}

/**
 * Parses a command's arguments strictly, with --help/-h added and positionals only when the
 * command takes them; an unknown flag is a usage error with the closest valid one.
 */
export function parseCommandArgs(command: Command, args: string[]) {
  const options = { ...command.options, help: { type: 'boolean' as const, short: 'h' } };
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: command.positionals ?? false,
    }) as { values: Values; positionals: string[] };
  } catch (e) {
    const unknown = /Unknown option '([^']+)'/.exec((e as Error).message)?.[1];
    if (unknown) throw unknownOption(unknown, options, command.name);
    const argument = /Unexpected argument '([^']+)'/.exec((e as Error).message)?.[1];
    if (argument)
      throw new UsageError(
        `${command.name}: unexpected argument "${argument}" (it takes only options)`,
        command.name,
      );
    throw new UsageError(
      `${command.name}: ${(e as Error).message.replace(/\. To specify.*$/s, '')}`,
      command.name,
    );
  }
  // an empty folder name would resolve to the current folder, which build would replace
  for (const [name, option] of Object.entries(command.options))
    if (typeof option.default === 'string' && parsed.values[name] === '')
      throw new UsageError(
        `${command.name}: --${name} is empty; name a folder (the default is "${option.default}")`,
        command.name,
      );
  return parsed;
}
