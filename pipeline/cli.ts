import { agreementCommand } from './commands/agreement.js';
import { archiveCommand } from './commands/archive.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { coverageCommand } from './commands/coverage.js';
import { reanchorCommand } from './commands/reanchor.js';
import { statsCommand } from './commands/stats.js';
import {
  formatProblem,
  formatWhere,
  InputError,
  isSystemError,
  type Problem,
  printable,
  systemProblem,
} from './lib/errors.js';
import { appendStepSummary, emitWorkflowCommands } from './lib/github.js';
import { MAX_DEPTH } from './lib/json-file.js';
import {
  type Command,
  parseCommandArgs,
  suggestion,
  UsageError,
  unknownOption,
} from './lib/usage.js';

export const HELP_HELP = `Usage: stepanakert help [<command>] [--markdown]

Prints the help of a command, or the list of commands when none is named. With
--markdown, prints every command's help as Markdown: the README's command reference.

Options:
  --markdown       print every command's help as Markdown
  -h, --help       show this help

Example:
  stepanakert help build`;

/** `help [command]`, or `help --markdown`: every command's help as the README's command reference. */
const helpCommand: Command = {
  name: 'help',
  summary: "print a command's help, or every command's help as Markdown",
  help: HELP_HELP,
  options: { markdown: { type: 'boolean', default: false } },
  positionals: true,
  async run(values, positionals) {
    const [name, extra] = positionals;
    if (extra !== undefined) throw new UsageError(`help: unexpected argument "${extra}"`, 'help');
    if (values.markdown && name !== undefined)
      throw new UsageError(
        `help: --markdown prints every command's help, so it takes no command (found "${name}")`,
        'help',
      );
    if (values.markdown) {
      process.stdout.write(commandReference());
      return 0;
    }
    const command = name === undefined ? undefined : findCommand(name);
    process.stdout.write(`${command ? command.help : MAIN_HELP}\n`);
    return 0;
  },
};

export const COMMANDS: Command[] = [
  buildCommand,
  checkCommand,
  statsCommand,
  reanchorCommand,
  coverageCommand,
  agreementCommand,
  archiveCommand,
  helpCommand,
];

export const MAIN_HELP = `Usage: stepanakert <command> [options]

Builds, checks and maintains the dataset of the 2020 bombardment of Stepanakert.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "stepanakert <command> --help" for a command's options and an example.
Exit codes: 0 success, 1 bad input or data (the message names the file and the fix), 2 wrong usage.`;

/** The command of this name; an unknown name is a usage error with the closest valid one. */
function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  throw new UsageError(
    `unknown command "${name}".${suggestion(
      name,
      COMMANDS.map((c) => c.name),
    )}`,
  );
}

/** The README's command reference, generated from the --help texts. */
export function commandReference(): string {
  const blocks = [
    ['stepanakert --help', MAIN_HELP],
    ...COMMANDS.map((c) => [`stepanakert ${c.name} --help`, c.help]),
  ];
  return blocks
    .map(([title, text]) => `#### \`${title}\`\n\n\`\`\`text\n${text}\n\`\`\`\n`)
    .join('\n');
}

/**
 * The problems an error stands for: an input error's own, a failed system call (disk full,
 * permission denied…) or a stack overflow (input nested too deeply) as one problem each;
 * undefined for anything else (a bug, which keeps its stack trace).
 */
function asProblems(e: unknown): Problem[] | undefined {
  if (e instanceof InputError) return e.problems;
  if (isSystemError(e)) return [systemProblem(e)];
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return [
      {
        file: '(input)',
        problem: 'the input is nested too deeply to process',
        expected: `JSON nested at most ${MAX_DEPTH} levels`,
        found: 'a deeper structure (the call stack ran out)',
        fix: 'flatten the JSON: no file of this project needs deep nesting',
      },
    ];
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h') {
      (name === undefined ? process.stderr : process.stdout).write(`${MAIN_HELP}\n`);
      return name === undefined ? 2 : 0;
    }
    if (name.startsWith('-')) throw unknownOption(name, { help: { type: 'boolean', short: 'h' } });
    const command = findCommand(name);
    const { values, positionals } = parseCommandArgs(command, args);
    if (values.help) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    return await command.run(values, positionals);
  } catch (e) {
    const problems = asProblems(e);
    if (problems) {
      process.stderr.write(`${problems.map(formatProblem).join('\n\n')}\n`);
      emitWorkflowCommands(problems);
      try {
        appendStepSummary(
          `### stepanakert ${name}: failed\n\n${problems.map((p) => `- \`${formatWhere(p)}\`: ${p.problem}`).join('\n')}\n`,
        );
      } catch (summary) {
        // the error is told above; a job summary that cannot be written adds nothing to it
        if (!isSystemError(summary)) throw summary;
      }
      return 1;
    }
    if (e instanceof UsageError) {
      process.stderr.write(
        `stepanakert: ${printable(e.message)}\nRun "stepanakert ${e.command ? `${e.command} ` : ''}--help" for ${e.command ? 'its options' : 'the commands'}.\n`,
      );
      return 2;
    }
    throw e;
  }
}
