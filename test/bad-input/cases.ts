import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointText } from '../../pipeline/lib/code-points.js';
import { sha256 } from '../../pipeline/lib/hash.js';
import { selector } from '../helpers.js';

/** A document folder to break: paths of its three files. */
export interface Doc {
  dir: string;
  text: string;
  metadata: string;
  annotations: string;
}

type Json = Record<string, unknown>;
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Json;
const writeJson = (p: string, v: unknown) => writeFileSync(p, `${JSON.stringify(v, null, 2)}\n`);
const editJson = (p: string, f: (v: Json) => void) => {
  const v = readJson(p);
  f(v);
  writeJson(p, v);
};
type A = Json & { id: string; selector: Json };
const editAnnotation = (d: Doc, id: string, f: (a: A) => void) =>
  editJson(d.annotations, (v) => {
    const a = (v.annotations as A[]).find((x) => x.id === id);
    if (!a) throw new Error(`no annotation ${id}`);
    f(a);
  });
const setField = (path: string, key: string, value: unknown) =>
  editJson(path, (v) => Object.assign(v, { [key]: value }));
const setAttr = (d: Doc, id: string, key: string, value: unknown) =>
  editAnnotation(d, id, (a) => Object.assign(a, { [key]: value }));
const addAnnotations = (d: Doc, ...list: Json[]) =>
  editJson(d.annotations, (v) => (v.annotations as Json[]).push(...list));

/** Replaces the text and records its new checksum and sizes, as a person who forgot to re-anchor would. */
function reviseText(d: Doc, f: (t: string) => string): string {
  const text = f(readFileSync(d.text, 'utf8'));
  writeFileSync(d.text, text);
  editJson(d.metadata, (m) =>
    Object.assign(m, {
      sha256: sha256(Buffer.from(text)),
      bytes: Buffer.byteLength(text),
      code_points: codePointText(text).length,
    }),
  );
  return text;
}

/** Appends a sentence to the last paragraph (recording the new checksum) and annotates it. */
function annotateNewWords(d: Doc, sentence: string, words: string, annotation: Json) {
  const text = reviseText(d, (t) => `${t}\n${sentence}\n`);
  addAnnotations(d, { ...annotation, selector: selector(text, words) });
}

const casualty = {
  kind: 'casualty',
  event: 'campaign',
  outcome: 'killed',
  population: 'civilian',
  scope: 'stepanakert',
};

export interface Case {
  name: string;
  breakIt: (d: Doc) => void;
  /** Environment for the run (e.g. SOURCE_DATE_EPOCH). */
  env?: Record<string, string>;
}

export const CASES: Case[] = [
  // ---- the article
  { name: 'text-empty', breakIt: (d) => writeFileSync(d.text, '') },
  {
    name: 'text-not-utf8',
    breakIt: (d) =>
      writeFileSync(
        d.text,
        Buffer.concat([
          Buffer.from('= Title =\n\nCaf'),
          Buffer.from([0xe9]),
          Buffer.from(' au lait\n'),
        ]),
      ),
  },
  {
    name: 'text-byte-order-mark',
    breakIt: (d) =>
      writeFileSync(d.text, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(d.text)])),
  },
  {
    name: 'text-crlf',
    breakIt: (d) => writeFileSync(d.text, readFileSync(d.text, 'utf8').replace(/\n/g, '\r\n')),
  },
  {
    name: 'text-truncated',
    breakIt: (d) => writeFileSync(d.text, readFileSync(d.text).subarray(0, 6000)),
  },
  {
    name: 'text-changed-without-reanchor',
    breakIt: (d) =>
      writeFileSync(
        d.text,
        readFileSync(d.text, 'utf8').replace('4,258 buildings', '4,268 buildings'),
      ),
  },
  {
    name: 'text-astral-character-before-spans',
    breakIt: (d) =>
      void reviseText(d, (t) => t.replace('== Bombardment ==', '== Bombardment 💥 ==')),
  },
  // ---- the document metadata
  {
    name: 'metadata-invalid-json',
    breakIt: (d) =>
      writeFileSync(
        d.metadata,
        readFileSync(d.metadata, 'utf8').replace('"bytes": 12605,', '"bytes": 12605'),
      ),
  },
  { name: 'metadata-missing-field', breakIt: (d) => editJson(d.metadata, (m) => delete m.sha256) },
  { name: 'metadata-wrong-type', breakIt: (d) => setField(d.metadata, 'bytes', '12605') },
  {
    name: 'metadata-wrong-checksum',
    breakIt: (d) => setField(d.metadata, 'sha256', '0'.repeat(64)),
  },
  { name: 'metadata-wrong-size', breakIt: (d) => setField(d.metadata, 'bytes', 12604) },
  {
    name: 'metadata-unknown-licence',
    breakIt: (d) =>
      editJson(d.metadata, (m) => Object.assign(m.licence as Json, { name: 'CC-BY-NC-4.0' })),
  },
  {
    name: 'metadata-unknown-field',
    breakIt: (d) => setField(d.metadata, 'retrieved', '2020-12-01'),
  },
  {
    name: 'metadata-id-differs-from-folder',
    breakIt: (d) => setField(d.metadata, 'id', 'stepanakert-2021'),
  },
  {
    name: 'metadata-id-leaves-the-folder',
    breakIt: (d) => setField(d.metadata, 'id', '../../evil'),
  },
  { name: 'metadata-missing-file', breakIt: (d) => rmSync(d.metadata) },
  // ---- the annotation file
  { name: 'annotations-missing-file', breakIt: (d) => rmSync(d.annotations) },
  {
    name: 'annotations-invalid-json',
    breakIt: (d) =>
      writeFileSync(
        d.annotations,
        readFileSync(d.annotations, 'utf8').replace('"kind": "timezone",', '"kind": "timezone"'),
      ),
  },
  {
    name: 'annotations-not-a-list',
    breakIt: (d) => setField(d.annotations, 'annotations', {}),
  },
  {
    name: 'annotations-other-document',
    breakIt: (d) => setField(d.annotations, 'document_id', 'stepanakert-2021'),
  },
  {
    name: 'annotations-document-id-leaves-the-folder',
    breakIt: (d) => setField(d.annotations, 'document_id', '../stepanakert-2020'),
  },
  {
    name: 'annotation-unknown-kind',
    breakIt: (d) => setAttr(d, 'hrw', 'kind', 'organisation'),
  },
  {
    name: 'annotation-duplicate-id',
    breakIt: (d) => setAttr(d, 'afp', 'id', 'hrw'),
  },
  {
    name: 'annotation-bad-id',
    breakIt: (d) => setAttr(d, 'afp', 'id', 'AFP journalists'),
  },
  {
    name: 'annotation-offsets-out-of-range',
    breakIt: (d) =>
      editAnnotation(d, 'x-see-also', (a) =>
        Object.assign(a.selector, { start: 12500, end: 12600 }),
      ),
  },
  {
    name: 'annotation-end-before-start',
    breakIt: (d) => editAnnotation(d, 'hrw', (a) => Object.assign(a.selector, { end: 5940 })),
  },
  {
    name: 'annotation-quote-mismatch',
    breakIt: (d) =>
      editAnnotation(d, 'cas-lead-killed', (a) =>
        Object.assign(a.selector, { exact: '13 residents were wounded' }),
      ),
  },
  {
    name: 'annotation-quote-moved',
    breakIt: (d) =>
      editAnnotation(d, 'hrw', (a) => Object.assign(a.selector, { start: 5950, end: 5968 })),
  },
  // "third parties" stands at 718 and at 5324: offsets half-way between and no context cannot choose
  {
    name: 'annotation-ambiguous-quote',
    breakIt: (d) =>
      editAnnotation(d, 'x-third-parties-lead', (a) =>
        Object.assign(a.selector, { start: 3021, end: 3034, prefix: '', suffix: '' }),
      ),
  },
  {
    name: 'annotation-missing-selector-field',
    breakIt: (d) => editAnnotation(d, 'hrw', (a) => delete a.selector.prefix),
  },
  {
    name: 'annotation-reference-to-missing-id',
    breakIt: (d) => setAttr(d, 'cas-lead-killed', 'event', 'campain'),
  },
  {
    name: 'annotation-reference-to-wrong-kind',
    breakIt: (d) => setAttr(d, 'cl-afp', 'actor', 'campaign'),
  },
  {
    name: 'annotation-reference-cycle',
    breakIt: (d) =>
      editAnnotation(d, 'd-start', (a) =>
        Object.assign(a, { rule: 'relative', relative_to: 'd-six-week' }),
      ),
  },
  {
    name: 'annotation-required-attribute-missing',
    breakIt: (d) => editAnnotation(d, 'cas-lead-killed', (a) => delete a.outcome),
  },
  {
    name: 'annotation-unknown-attribute',
    breakIt: (d) => setAttr(d, 'cas-lead-killed', 'confidence', 'high'),
  },
  {
    name: 'annotation-time-basis-without-time',
    breakIt: (d) => setAttr(d, 'inc-1028-maternity', 'time_basis', 'statement_time'),
  },
  {
    name: 'annotation-value-not-in-vocabulary',
    breakIt: (d) => setAttr(d, 'cas-lead-killed', 'outcome', 'wounded'),
  },
  {
    name: 'annotation-count-not-in-quote',
    breakIt: (d) => setAttr(d, 'cas-lead-killed', 'count', '14'),
  },
  {
    name: 'annotation-count-words-unknown',
    breakIt: (d) => setAttr(d, 'cas-lead-killed', 'count', 'residents'),
  },
  {
    name: 'annotation-negative-count',
    breakIt: (d) =>
      annotateNewWords(d, 'Officials later gave -3 deaths.', '-3 deaths', {
        id: 'cas-negative',
        ...casualty,
        count: '-3',
      }),
  },
  {
    name: 'annotation-low-above-high',
    breakIt: (d) =>
      annotateNewWords(d, 'Between 9 and 4 people died.', 'Between 9 and 4 people died', {
        id: 'cas-range',
        ...casualty,
        count: 'Between 9 and 4',
      }),
  },
  {
    name: 'annotation-impossible-date',
    breakIt: (d) =>
      annotateNewWords(d, 'A report is dated 2020-02-30.', '2020-02-30', {
        id: 'd-impossible',
        kind: 'date',
        rule: 'calendar',
      }),
  },
  {
    name: 'annotation-impossible-time',
    breakIt: (d) =>
      annotateNewWords(d, 'Sirens sounded at 25:00.', '25:00', {
        id: 't-impossible',
        kind: 'time',
      }),
  },
  {
    name: 'annotation-date-without-year',
    breakIt: (d) => editAnnotation(d, 'd-1028', (a) => delete a.year_from),
  },
  {
    name: 'annotation-relative-date-unknown-words',
    breakIt: (d) => setAttr(d, 'd-ceasefire', 'rule', 'calendar'),
  },
  {
    name: 'annotation-weekday-outside-range',
    breakIt: (d) =>
      editAnnotation(d, 'd-saturday', (a) =>
        Object.assign(a, { after: 'd-six-week', before: 'd-six-week' }),
      ),
  },
  {
    name: 'annotation-rule-reference-missing',
    breakIt: (d) => editAnnotation(d, 'd-six-week', (a) => delete a.relative_to),
  },
  {
    name: 'annotation-timezone-words',
    breakIt: (d) => editAnnotation(d, 'tz-infobox', (a) => Object.assign(a, { kind: 'time' })),
  },
  {
    name: 'annotation-object-not-in-quote',
    breakIt: (d) => setAttr(d, 'dmg-music-school', 'object', 'art school'),
  },
  {
    name: 'annotation-restated-total-disagrees',
    breakIt: (d) => setAttr(d, 'cas-infobox-killed', 'restates', 'cas-lead-injured'),
  },
  {
    name: 'annotation-incidents-exceed-total',
    breakIt: (d) => {
      setAttr(d, 'cas-0927-injured', 'outcome', 'killed');
      setAttr(d, 'in-0927-injured', 'whole', 'cas-lead-killed');
    },
  },
  // ---- the gazetteer and the links between records
  {
    name: 'gazetteer-latitude-out-of-range',
    breakIt: (d) =>
      editJson(join(d.dir, '..', 'gazetteer.json'), (v) =>
        Object.assign((v.entries as Json[])[0] as Json, { latitude: 139.81528 }),
      ),
  },
  {
    name: 'gazetteer-missing-with-places',
    breakIt: (d) => rmSync(join(d.dir, '..', 'gazetteer.json')),
  },
  {
    name: 'annotation-event-placed-twice',
    breakIt: (d) =>
      addAnnotations(d, {
        id: 'place-capital',
        kind: 'place',
        selector: selector(readFileSync(d.text, 'utf8'), 'the capital, Stepanakert'),
        gazetteer: 'stepanakert',
        located: ['inc-0927-0803'],
      }),
  },
  {
    name: 'annotation-inclusion-loop',
    breakIt: (d) =>
      addAnnotations(d, {
        id: 'in-loop',
        kind: 'inclusion',
        selector: selector(readFileSync(d.text, 'utf8'), '13 residents were killed'),
        part: 'cas-lead-killed',
        whole: 'cas-1400-killed',
        basis: 'inferred',
        reason: 'A loop, for the test.',
      }),
  },
  {
    name: 'record-schema-violation',
    breakIt: (d) => setAttr(d, 'campaign', 'summary', `${'Shelling of the city. '.repeat(15)}`),
  },
  // ---- the environment
  {
    name: 'source-date-epoch-invalid',
    breakIt: () => undefined,
    env: { SOURCE_DATE_EPOCH: 'yesterday' },
  },
  { name: 'raw-folder-empty', breakIt: (d) => rmSync(d.dir, { recursive: true }) },
];

export const appendText = appendFileSync;
export const docPaths = (raw: string, id: string): Doc => ({
  dir: join(raw, id),
  text: join(raw, id, 'text.txt'),
  metadata: join(raw, id, 'document.json'),
  annotations: join(raw, id, 'annotations.json'),
});
