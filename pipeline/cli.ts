import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { coverageCommand } from './commands/coverage.js';
import { reanchorCommand } from './commands/reanchor.js';
import { InputError } from './lib/errors.js';
import { type Command, parseCommandArgs, UsageError } from './lib/usage.js';

export const COMMANDS: Command[] = [buildCommand, checkCommand, reanchorCommand, coverageCommand];

export const MAIN_HELP = `Usage: stepanakert <command> [options]

Builds, checks and maintains the dataset of the 2020 bombardment of Stepanakert.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "stepanakert <command> --help" for a command's options and an example.
Exit codes: 0 success, 1 bad input or data (the message names the file and the fix), 2 wrong usage.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${MAIN_HELP}\n`);
      return name === undefined ? 2 : 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const values = parseCommandArgs(command, args);
    if (values.help) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    return await command.run(values);
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError) {
      process.stderr.write(
        `stepanakert: ${e.message}\nRun "stepanakert --help" for the commands.\n`,
      );
      return 2;
    }
    throw e;
  }
}
