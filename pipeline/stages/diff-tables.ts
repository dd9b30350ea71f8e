import { type Row, TABLES, type TableName, tableSchema } from '../records/tables.js';

export interface TableChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Rows added, removed and changed per table, by primary key, between two publications. Pure. */
export function diffTables(
  before: Partial<Record<TableName, Row[]>>,
  after: Partial<Record<TableName, Row[]>>,
): Record<TableName, TableChanges> {
  const out = {} as Record<TableName, TableChanges>;
  for (const table of TABLES) {
    const pk = tableSchema(table)['x-primaryKey'];
    const key = (r: Row) => pk.map((k) => String(r[k])).join('|');
    const old = new Map((before[table] ?? []).map((r) => [key(r), JSON.stringify(r)]));
    const now = new Map((after[table] ?? []).map((r) => [key(r), JSON.stringify(r)]));
    out[table] = {
      added: [...now.keys()].filter((k) => !old.has(k)),
      removed: [...old.keys()].filter((k) => !now.has(k)),
      changed: [...now.keys()].filter((k) => old.has(k) && old.get(k) !== now.get(k)),
    };
  }
  return out;
}

/** The job summary of a build: records per table, changes since the previous OUT, anchoring and coverage. */
export function summaryMarkdown(s: {
  out: string;
  records: Record<string, number>;
  changes: Record<TableName, TableChanges> | undefined;
  /** Tables of the earlier OUT that could not be read, file → why. */
  unreadable?: Record<string, string>;
  annotations: Record<string, number>;
  coverage: Record<string, number>;
}): string {
  const list = (ids: string[]) =>
    ids.length === 0
      ? ''
      : ids.length <= 5
        ? ids.map((i) => `\`${i}\``).join(', ')
        : `${ids
            .slice(0, 5)
            .map((i) => `\`${i}\``)
            .join(', ')} and ${ids.length - 5} more`;
  const lines = [
    `### Dataset built into \`${s.out}\``,
    '',
    '| table | rows | added | removed | changed |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...TABLES.map((t) => {
      const c = s.unreadable?.[`${t}.json`] === undefined ? s.changes?.[t] : undefined;
      return `| ${t} | ${s.records[t]} | ${c ? c.added.length : '—'} | ${c ? c.removed.length : '—'} | ${c ? c.changed.length : '—'} |`;
    }),
    '',
  ];
  if (!s.changes) lines.push(`No earlier \`${s.out}\` to compare with.`, '');
  else {
    const unread = Object.entries(s.unreadable ?? {}).map(
      ([file, why]) =>
        `- ${file}: the earlier file could not be read (${why}), so its changes are not shown.`,
    );
    const details = TABLES.filter((t) => s.unreadable?.[`${t}.json`] === undefined).flatMap((t) => {
      const c = s.changes?.[t] as TableChanges;
      return (['added', 'removed', 'changed'] as const)
        .filter((k) => c[k].length > 0)
        .map((k) => `- ${t}, ${k}: ${list(c[k])}`);
    });
    lines.push(
      ...unread,
      ...(details.length > 0 || unread.length > 0
        ? details
        : ['No row changed since the committed dataset.']),
      '',
    );
  }
  const total = Object.values(s.annotations).reduce((a, b) => a + b, 0);
  lines.push(
    `Annotations: ${total}, every one anchored exactly. Coverage: ${s.coverage.covered} mentions covered, ${s.coverage.excluded} excluded, ${s.coverage.uncovered} uncovered.`,
    '',
  );
  return lines.join('\n');
}
