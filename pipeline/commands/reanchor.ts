import { renameSync, writeFileSync } from 'node:fs';
import { failIfAny } from '../lib/errors.js';
import { emitWorkflowCommands } from '../lib/github.js';
import { progress } from '../lib/terminal.js';
import type { Command } from '../lib/usage.js';
import type { Anchor } from '../stages/anchor.js';
import { ingest } from '../stages/ingest.js';
import { parseAnnotations } from '../stages/parse-annotations.js';
import { listDocuments, readDocument } from '../stages/read-raw.js';
import {
  acceptedIn,
  acceptProblems,
  planReanchor,
  type ReanchorPlan,
  unplacedProblems,
} from '../stages/reanchor.js';

export const reanchorCommand: Command = {
  name: 'reanchor',
  summary: 're-anchor annotations to a revised text and record its new checksum',
  help: `Usage: stepanakert reanchor [--raw <folder>] [--accept <id>]...

Places every annotation of every document in its current text: exact (the offsets
still hold the quote), moved (the quote found elsewhere, by context and nearness),
fuzzy (an approximate match, or the exact words found elsewhere with under a
quarter of their context; never taken unless you accept it, never one that changes
a digit), ambiguous or orphaned. Prints a report. When every annotation is
exact or moved (or fuzzy and accepted) it rewrites the offsets and context in
annotations.json and the checksum and sizes in document.json; otherwise it exits 1
and writes nothing.

Options:
  --raw <folder>   raw folder (default: raw)
  --accept <id>    accept the fuzzy match of this annotation, an id the report
                   lists as fuzzy (repeatable, or ids separated by commas);
                   <document>:<id> when several documents have that id
  -h, --help       show this help

Example:
  stepanakert reanchor --raw raw
  stepanakert reanchor --raw raw --accept dmg-1400-cars`,
  options: {
    raw: { type: 'string', default: 'raw' },
    accept: { type: 'string', multiple: true, default: [] },
  },
  async run(values) {
    const accept = new Set(
      (values.accept as string[]).flatMap((a) => a.split(',')).filter(Boolean),
    );
    const rawDir = String(values.raw);
    const folders = listDocuments(rawDir);
    const bar = progress('re-anchoring', folders.length);
    const plans = folders.map((folder, i) => {
      const raw = readDocument(rawDir, folder);
      const doc = ingest(raw);
      const parsed = parseAnnotations(doc, { checkOffsets: false });
      const plan = planReanchor(doc, parsed, acceptedIn(accept, doc.id));
      bar(i + 1);
      return { raw, parsed, plan, problems: unplacedProblems(parsed, plan) };
    });
    failIfAny(acceptProblems(rawDir, plans, accept));
    process.stdout.write(formatReanchor(plans.map((p) => p.plan)));
    emitWorkflowCommands(plans.flatMap((p) => p.problems));
    if (!plans.every((p) => p.plan.ok)) return 1;
    for (const { raw, plan } of plans) {
      if (plan.annotationsText) writeAtomically(raw.annotationsPath, plan.annotationsText);
      if (plan.metadataText) writeAtomically(raw.metadataPath, plan.metadataText);
    }
    return 0;
  },
};

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

const span = (s: { start: number; end: number } | undefined) => (s ? `${s.start}–${s.end}` : '—');

function line(a: Anchor, accepted: boolean): string {
  const moved = `${a.status.padEnd(9)} ${a.id} (${a.kind}) ${span(a.old)} → ${span(a.new)} ${JSON.stringify(a.exact)}`;
  const candidate =
    a.candidate === undefined
      ? ''
      : a.candidate === a.exact
        ? ` (the same words, context score ${a.score})`
        : ` ≈ ${JSON.stringify(a.candidate)} (score ${a.score})`;
  const reason = accepted ? 'accepted with --accept' : a.reason;
  return `  ${moved}${candidate}${reason ? `: ${reason}` : ''}`;
}

export function formatReanchor(plans: ReanchorPlan[]): string {
  const out: string[] = [];
  for (const p of plans) {
    const c = p.counts;
    out.push(
      `${p.document_id}: ${p.anchors.length} annotations — exact ${c.exact}, moved ${c.moved}, fuzzy ${c.fuzzy}, ambiguous ${c.ambiguous}, orphaned ${c.orphaned}`,
    );
    for (const a of p.anchors)
      if (a.status !== 'exact') out.push(line(a, p.accepted.includes(a.id)));
    const written = [
      p.annotationsText ? 'annotations.json' : '',
      p.metadataText ? 'document.json' : '',
    ].filter(Boolean);
    out.push(
      p.ok
        ? written.length > 0
          ? `  rewritten: ${written.join(', ')}`
          : '  nothing to rewrite'
        : '  not rewritten: every annotation must be exact or moved (accept a fuzzy match with --accept <id>; fix ambiguous and orphaned ones by hand)',
    );
  }
  return `${out.join('\n')}\n`;
}
