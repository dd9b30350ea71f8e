import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { explorerDocumentFile } from '../pipeline/explorer/explorer-document-file.js';
import {
  DOCUMENTS_PER_PAGE,
  explorerDocumentSummary,
  explorerDocumentsPage,
} from '../pipeline/explorer/explorer-documents-page.js';
import {
  EMPTY_OVERVIEW,
  type ExplorerOverview,
  explorerOverview,
  mergeOverviews,
} from '../pipeline/explorer/explorer-overview.js';
import { scriptJson } from '../pipeline/explorer/explorer-script-file.js';
import {
  EMPTY_TIMELINE,
  mergeTimelines as mergeTimelinesOf,
  timelineDigest,
} from '../pipeline/explorer/timeline-digest.js';
import { toExplorer } from '../pipeline/explorer/to-explorer.js';
import { toExplorerFiles } from '../pipeline/explorer/to-explorer-files.js';
import { InputError } from '../pipeline/lib/errors.js';
import { type Row, TABLES, type Tables } from '../pipeline/records/tables.js';
import { ARTICLE, cleanTempDirs, RAW, tempDir, writeDocument } from './helpers.js';

const TEXT =
  'Shelling of Stepanakert\n\nOn 3 October 13 residents were killed, the ministry’s office said.\nA note with </script><!-- in it.\n';
/** The code point offsets of the first occurrence of `words` in TEXT (one code point a unit). */
const span = (words: string) => {
  const start = TEXT.indexOf(words);
  return { span_start: start, span_end: start + words.length, quote: words };
};

/** One document's rows: a campaign with 13 killed, who says so, and a mention left out. */
function mini(id = 'mini'): Tables {
  const at = (words: string) => ({ document_id: id, ...span(words) });
  const empty = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as unknown as Tables;
  return {
    ...empty,
    documents: [
      {
        document_id: id,
        title: `Shelling ${id}`,
        address: `https://example.org/${id}`,
        publisher: 'Example',
        licence: 'CC-BY-SA-4.0',
        licence_url: 'https://creativecommons.org/licenses/by-sa/4.0/',
      },
    ],
    events: [
      {
        event_id: `${id}:campaign`,
        event_kind: 'campaign',
        date_start: '2020-10-03',
        date_end: '2020-10-03',
        date_precision: 'day',
        date_basis: 'stated',
        date_basis_quote: '3 October',
        time_local: null,
        time_qualifier: null,
        summary: 'Shelling of Stepanakert',
        place_id: null,
        ...at('Shelling of Stepanakert'),
      },
    ],
    casualties: [
      {
        casualty_id: `${id}:killed`,
        event_id: `${id}:campaign`,
        outcome: 'killed',
        population: 'residents',
        count_low: 13,
        count_best: 13,
        count_high: 13,
        qualifier: 'exact',
        count_quote: '13',
        scope: 'stepanakert',
        included_in: null,
        ...at('13 residents were killed'),
      },
    ],
    actors: [
      {
        actor_id: `${id}:office`,
        name: 'Office of the ministry',
        actor_type: 'government',
        affiliation: 'unknown',
        ...at('the ministry’s office'),
      },
    ],
    claims: [
      {
        claim_id: `${id}:cl-killed`,
        subject_table: 'casualties',
        subject_id: `${id}:killed`,
        actor_id: `${id}:office`,
        stance: 'asserts',
        attribution_basis: 'explicit',
        statement_date: null,
        ...at('On 3 October 13 residents were killed, the ministry’s office said.'),
      },
    ],
    exclusions: [
      {
        mention_id: `${id}:x-note`,
        mention_type: 'count_word',
        category: 'other',
        reason: 'Not a figure.',
        ...at('</script><!--'),
      },
    ],
  };
}

describe('explorer/<document_id>.js', () => {
  it("is one call with the document's records, the paragraphs they quote and its totals, no < in it", () => {
    const f = explorerDocumentFile(mini(), TEXT);
    expect(f.name).toBe('explorer/mini.js');
    // the quotes are not repeated: the page slices them out of their paragraphs
    expect(f.content).toBe(
      `${String.raw`explorerLoaded("explorer/mini.js",{"events":[{"event_id":"mini:campaign","event_kind":"campaign","date_start":"2020-10-03","date_end":"2020-10-03","date_precision":"day","date_basis":"stated","time_local":null,"time_qualifier":null,"summary":"Shelling of Stepanakert","place_id":null,"document_id":"mini","span_start":0,"span_end":23,"p":"mini@0","when":"3 Oct"}],"event_actors":[],"places":[],"exclusions":[{"mention_id":"mini:x-note","mention_type":"count_word","category":"other","reason":"Not a figure.","document_id":"mini","span_start":104,"span_end":117,"p":"mini@92"}],"casualties":[{"casualty_id":"mini:killed","event_id":"mini:campaign","outcome":"killed","population":"residents","count_low":13,"count_best":13,"count_high":13,"qualifier":"exact","count_quote":"13","scope":"stepanakert","included_in":null,"document_id":"mini","span_start":38,"span_end":62,"p":"mini@25"}],"damage":[],"munitions":[],"claims":[{"claim_id":"mini:cl-killed","subject_table":"casualties","subject_id":"mini:killed","actor_id":"mini:office","stance":"asserts","attribution_basis":"explicit","statement_date":null,"document_id":"mini","span_start":25,"span_end":91,"p":"mini@25"}],"actors":[{"actor_id":"mini:office","name":"Office of the ministry","actor_type":"government","affiliation":"unknown"}],"documents":[{"document_id":"mini","title":"Shelling mini","address":"https://example.org/mini","licence":"CC-BY-SA-4.0","licence_url":"https://creativecommons.org/licenses/by-sa/4.0/"}],"headline":[["killed","13","13 residents were killed"]],"paragraphs":{"mini@0":{"document_id":"mini","start":0,"text":"Shelling of Stepanakert"},"mini@92":{"document_id":"mini","start":92,"text":"A note with \u003c/script>\u003c!-- in it."},"mini@25":{"document_id":"mini","start":25,"text":"On 3 October 13 residents were killed, the ministry’s office said."}}});`}\n`,
    );
    expect(f.content).not.toContain('<');
  });
});

/** What a file of explorer/ registers when the page runs it: its name and its data. */
function run(content: string): { name: string; data: Record<string, unknown> } {
  let registered: { name: string; data: Record<string, unknown> } | undefined;
  new Function('explorerLoaded', content)((name: string, data: Record<string, unknown>) => {
    registered = { name, data };
  });
  if (!registered) throw new Error('the file registered nothing');
  return registered;
}

describe('script JSON', () => {
  it('escapes only what could end a script, and refuses a value JSON cannot write', () => {
    expect(scriptJson({ a: '</script>\u2028\u2029', b: 'plain' })).toBe(
      String.raw`{"a":"\u003c/script>\u2028\u2029","b":"plain"}`,
    );
    expect(scriptJson({ b: 'plain' })).toBe('{"b":"plain"}');
    expect(() => scriptJson(undefined)).toThrow('explorer: undefined has no JSON to write');
  });
});

describe('explorer/<document_id>.js in the page', () => {
  it("registers itself by name, and every record's quote is its paragraph's text at its offsets", () => {
    const tables = mini();
    const { name, data } = run(explorerDocumentFile(tables, TEXT).content);
    expect(name).toBe('explorer/mini.js');
    const paragraphs = data.paragraphs as Record<string, { start: number; text: string }>;
    for (const table of ['events', 'casualties', 'claims', 'exclusions'] as const) {
      const records = data[table] as { p: string; span_start: number; span_end: number }[];
      expect(
        records.map((r) => {
          const p = paragraphs[r.p] as { start: number; text: string };
          return [...p.text].slice(r.span_start - p.start, r.span_end - p.start).join('');
        }),
      ).toEqual(tables[table].map((r) => r.quote));
    }
  });

  it('is refused for rows of more than one document, and for an id that names a page of the list', () => {
    const two = mini();
    two.documents.push(...mini('other').documents);
    expect(() => explorerDocumentFile(two, TEXT)).toThrow(
      "explorer: one document's rows expected, 2 found",
    );
    expect(() => explorerDocumentFile(mini('documents-3'), TEXT)).toThrow(InputError);
    expect(() => explorerDocumentFile(mini('documents-3'), TEXT)).toThrow(
      `explorer/documents-3.js: the document id is reserved
  expected: an id not of the form "documents-<number>"
  found:    "documents-3"
  fix:      rename the document (its folder and "id"): explorer/documents-3.js is a page of the explorer's list of documents`,
    );
    expect(explorerDocumentFile(mini('documents'), TEXT).name).toBe('explorer/documents.js');
  });
});

describe('the list of documents', () => {
  const summary = explorerDocumentSummary(mini());

  it('summarises a document in a few fields: who published it and its rows per table', () => {
    expect(summary).toEqual({
      document_id: 'mini',
      title: 'Shelling mini',
      publisher: 'Example',
      address: 'https://example.org/mini',
      licence: 'CC-BY-SA-4.0',
      licence_url: 'https://creativecommons.org/licenses/by-sa/4.0/',
      rows: {
        events: 1,
        casualties: 1,
        damage: 0,
        munitions: 0,
        actors: 1,
        claims: 1,
        event_actors: 0,
        places: 0,
        exclusions: 1,
      },
    });
  });

  it(`is in pages of ${DOCUMENTS_PER_PAGE}, each a file with its number and that of its first document`, () => {
    expect(explorerDocumentsPage(2, [summary])).toEqual({
      name: 'explorer/documents-2.js',
      content: `explorerLoaded("explorer/documents-2.js",{"page":2,"first":201,"documents":[{"document_id":"mini","title":"Shelling mini","publisher":"Example","address":"https://example.org/mini","licence":"CC-BY-SA-4.0","licence_url":"https://creativecommons.org/licenses/by-sa/4.0/","rows":{"events":1,"casualties":1,"damage":0,"munitions":0,"actors":1,"claims":1,"event_actors":0,"places":0,"exclusions":1}}]});\n`,
    });
    expect(() => explorerDocumentsPage(0, [summary])).toThrow('pages count from 1');
    expect(() =>
      explorerDocumentsPage(
        1,
        Array.from({ length: DOCUMENTS_PER_PAGE + 1 }, () => summary),
      ),
    ).toThrow(`at most ${DOCUMENTS_PER_PAGE} documents each`);
  });

  it('keeps a title with </script> from ending any script', () => {
    const title = { ...summary, title: '</script><script>alert(1)</script>' };
    const { content } = explorerDocumentsPage(1, [title]);
    expect(content).not.toContain('<');
    expect(run(content).data.documents).toEqual([title]);
  });
});

describe('the overview index.html is made from', () => {
  const [a, b, c] = ['a', 'b', 'c'].map((id) => explorerOverview(mini(id))) as [
    ExplorerOverview,
    ExplorerOverview,
    ExplorerOverview,
  ];

  it('adds the rows of each document and keeps the first document with its headline totals', () => {
    const all = [a, b, c].reduce(mergeOverviews, EMPTY_OVERVIEW);
    expect(all.documents).toBe(3);
    expect(all.rows).toEqual({
      documents: 3,
      events: 3,
      casualties: 3,
      damage: 0,
      munitions: 0,
      actors: 3,
      claims: 3,
      event_actors: 0,
      places: 0,
      exclusions: 3,
    });
    expect(all.first).toEqual({
      ...explorerDocumentSummary(mini('a')),
      headline: [['killed', '13', '13 residents were killed']],
    });
    expect(mergeOverviews(mergeOverviews(a, b), c)).toEqual(
      mergeOverviews(a, mergeOverviews(b, c)),
    );
  });

  it('gives an index.html of the same size for 3 documents or 3 million', () => {
    const release = { version: '9.9.9', created: '2026-01-01T00:00:00Z' };
    const overview = [a, b, c].reduce(mergeOverviews, EMPTY_OVERVIEW);
    const many = {
      ...overview,
      documents: 3_000_000,
      rows: Object.fromEntries(Object.entries(overview.rows).map(([t, n]) => [t, n * 1_000_000])),
    } as typeof overview;
    const small = toExplorer(overview, timelineDigest(mini()), release);
    const large = toExplorer(many, timelineDigest(mini()), release);
    expect(large.length - small.length).toBeLessThan(100);
    expect(large).toContain('3,000,000 documents, 200 a page.');
    expect(large).toContain('"documents":3000000,"pages":15000,"first":"a","rowsPerPage":100');
  });
});

describe('toExplorerFiles', () => {
  const release = { version: '9.9.9', created: '2026-01-01T00:00:00Z' };
  /** The rows of many documents in one set of tables, as the whole-tables build holds them. */
  const corpus = (n: number) => {
    const ids = Array.from({ length: n }, (_, i) => `doc-${String(i).padStart(4, '0')}`);
    const parts = ids.map((id) => mini(id));
    const tables = Object.fromEntries(
      TABLES.map((t) => [t, parts.flatMap((p) => p[t])]),
    ) as unknown as Tables;
    return { ids, tables, texts: new Map(ids.map((id) => [id, TEXT])) };
  };

  it('gives index.html, timeline.svg, a file per document and the pages of the list', () => {
    const { ids, tables, texts } = corpus(401);
    const files = toExplorerFiles(tables, texts, release);
    expect([...files.keys()]).toEqual([
      'index.html',
      'timeline.svg',
      ...ids.flatMap((id, i) => [
        `explorer/${id}.js`,
        ...(i === 199 ? ['explorer/documents-1.js'] : i === 399 ? ['explorer/documents-2.js'] : []),
      ]),
      'explorer/documents-3.js',
    ]);
    const page = (n: number) => run(files.get(`explorer/documents-${n}.js`) ?? '').data;
    expect([1, 2, 3].map((n) => [page(n).first, (page(n).documents as unknown[]).length])).toEqual([
      [1, 200],
      [201, 200],
      [401, 1],
    ]);
    expect(files.get('explorer/doc-0123.js')).toBe(
      explorerDocumentFile(mini('doc-0123'), TEXT).content,
    );
  });

  it('makes the same files one document at a time as from whole tables', () => {
    const { ids, tables, texts } = corpus(3);
    const files = toExplorerFiles(tables, texts, release);
    const overview = ids.map((id) => explorerOverview(mini(id))).reduce(mergeOverviews);
    const digest = ids
      .map((id) => timelineDigest(mini(id)))
      .reduce(mergeTimelinesOf, EMPTY_TIMELINE);
    expect(files.get('index.html')).toBe(toExplorer(overview, digest, release));
    expect(files.get('explorer/documents-1.js')).toBe(
      explorerDocumentsPage(
        1,
        ids.map((id) => explorerDocumentSummary(mini(id))),
      ).content,
    );
  });
});

describe('a document the explorer cannot name', () => {
  afterAll(cleanTempDirs);

  it('fails the build at its document.json, with where its id is and how to fix it', () => {
    const raw = join(tempDir(), 'raw');
    writeDocument(raw, 'documents-1', ARTICLE, []);
    cpSync(join(RAW, 'gazetteer.json'), join(raw, 'gazetteer.json'));
    expect(() => buildTables(raw)).toThrow(
      `error: ${raw}/documents-1/document.json:3:3, field "id": the document id is reserved
  expected: an id not of the form "documents-<number>"
  found:    "documents-1"
  fix:      rename the document (its folder and "id"): explorer/documents-1.js is a page of the explorer's list of documents`,
    );
  });
});
