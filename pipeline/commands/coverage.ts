import { emitWorkflowCommands } from '../lib/github.js';
import type { Command } from '../lib/usage.js';
import { type CoverageReport, coverage, uncoveredProblems } from '../stages/coverage.js';
import { ingest } from '../stages/ingest.js';
import { parseAnnotations } from '../stages/parse-annotations.js';
import { readRaw } from '../stages/read-raw.js';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'list every number, date, time and count word and what covers it',
  help: `Usage: stepanakert coverage [--raw <folder>] [--all]

Finds every mention of a number, date, time or count word in each document and
reports it as covered (its words are an annotated value), excluded (inside an
exclusion, with its reason) or uncovered. Exits 1 while any mention is uncovered.

Options:
  --raw <folder>   raw folder (default: raw)
  --all            list covered and excluded mentions too, not only uncovered ones
  -h, --help       show this help

Example:
  stepanakert coverage --raw raw --all`,
  options: { raw: { type: 'string', default: 'raw' }, all: { type: 'boolean', default: false } },
  async run(values) {
    const docs = readRaw(String(values.raw)).map((raw) => {
      const doc = ingest(raw);
      return { doc, report: coverage(doc, parseAnnotations(doc).annotations) };
    });
    const reports = docs.map((d) => d.report);
    process.stdout.write(formatCoverage(reports, Boolean(values.all)));
    emitWorkflowCommands(docs.flatMap((d) => uncoveredProblems(d.doc, d.report)));
    return reports.some((r) => r.totals.uncovered > 0) ? 1 : 0;
  },
};

export function formatCoverage(reports: CoverageReport[], all: boolean): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(
      `${r.document_id}: ${r.mentions.length} mentions — covered ${r.totals.covered}, excluded ${r.totals.excluded}, uncovered ${r.totals.uncovered}`,
    );
    for (const m of r.mentions) {
      if (!all && m.status !== 'uncovered') continue;
      const where = `${m.start}–${m.end}`.padEnd(12);
      const what = `${m.type.padEnd(10)} ${JSON.stringify(m.text)}`;
      const by =
        m.status === 'covered'
          ? ` by ${m.by}`
          : m.status === 'excluded'
            ? ` by ${m.by}: ${m.reason}`
            : '';
      lines.push(`  ${m.status.padEnd(9)} ${where} ${what}${by}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
