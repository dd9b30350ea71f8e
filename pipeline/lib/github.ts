import { appendFileSync } from 'node:fs';
import { formatProblem, type Problem } from './errors.js';

/** Escapes the message of a workflow command (GitHub: %, CR and LF). */
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property of a workflow command (also : and ,). */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The problem as a GitHub Actions workflow command, so that it shows inline on the pull request
 * at the line and column of the annotation or metadata field (or the line of the article).
 */
export function workflowCommand(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(`stepanakert: ${p.problem}`)}`);
  const [, ...details] = formatProblem(p).split('\n');
  const head = [
    p.id === undefined ? '' : `id ${JSON.stringify(p.id)}`,
    p.field === undefined ? '' : `field ${JSON.stringify(p.field)}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `::error ${props.join(',')}::${escapeData([`${head ? `${head}: ` : ''}${p.problem}`, ...details].join('\n'))}\n`;
}

/** Prints each problem as a workflow command when the run is in GitHub Actions. */
export function emitWorkflowCommands(
  problems: Problem[],
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (env.GITHUB_ACTIONS === 'true')
    for (const p of problems) process.stdout.write(workflowCommand(p));
}

/** Appends Markdown to the job summary when GITHUB_STEP_SUMMARY names a file. */
export function appendStepSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  } catch (e) {
    // a failed write names no path (it fails on the descriptor): name the summary file
    throw Object.assign(e as Error, { path: (e as NodeJS.ErrnoException).path ?? file });
  }
}
