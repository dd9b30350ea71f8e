import type { CodePointText } from '../lib/code-points.js';

/** A stretch of the verbatim text; `start`/`end` count code points, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface InfoboxEntry extends Span {
  key: Span;
  value: Span;
}

export interface Paragraph extends Span {
  sentences: Span[];
}

export interface Section extends Span {
  /** The heading text, or null for the lead before the first heading. */
  heading: Span | null;
  paragraphs: Paragraph[];
  /** Lines of a `- item` list (e.g. See also). */
  items: Span[];
}

/** The structure of a plain-text article rendering: title, infobox, sections, paragraphs, sentences. */
export interface DocumentModel {
  title: Span | null;
  infobox: InfoboxEntry[];
  sections: Section[];
}

const TITLE = /^= (.+) =$/;
const HEADING = /^== (.+) ==$/;
const ITEM = /^- (.*)$/;
const INFOBOX_ENTRY = /^- ([^:]+): (.*)$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Parses the text into its document model. Pure; every element carries code point offsets. */
export function parseDocument(t: CodePointText): DocumentModel {
  const span = (u0: number, u1: number): Span => ({
    start: t.codePoint(u0),
    end: t.codePoint(u1),
    text: t.text.slice(u0, u1),
  });
  const model: DocumentModel = { title: null, infobox: [], sections: [] };
  let section: Section | null = null;
  let inInfobox = false;
  let u = 0;
  const text = t.text;
  while (u < text.length) {
    const nl = text.indexOf('\n', u);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(u, lineEnd);
    const lineStart = u;
    u = lineEnd + 1;
    if (line === '') {
      inInfobox = false;
      continue;
    }
    const title = model.title === null && model.sections.length === 0 ? TITLE.exec(line) : null;
    if (title?.[1] !== undefined) {
      model.title = span(lineStart + 2, lineStart + 2 + title[1].length);
      continue;
    }
    if (line === 'Infobox' && section === null) {
      inInfobox = true;
      continue;
    }
    if (inInfobox) {
      const entry = INFOBOX_ENTRY.exec(line);
      if (entry?.[1] !== undefined && entry[2] !== undefined) {
        const k0 = lineStart + 2;
        const v0 = k0 + entry[1].length + 2;
        model.infobox.push({
          ...span(lineStart, lineEnd),
          key: span(k0, k0 + entry[1].length),
          value: span(v0, lineEnd),
        });
        continue;
      }
      inInfobox = false;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1] !== undefined) {
      if (section) closeSection(section, t.codePoint(lineStart));
      section = {
        ...span(lineStart, lineEnd),
        heading: span(lineStart + 3, lineStart + 3 + heading[1].length),
        paragraphs: [],
        items: [],
      };
      model.sections.push(section);
      continue;
    }
    if (section === null) {
      section = { ...span(lineStart, lineEnd), heading: null, paragraphs: [], items: [] };
      model.sections.push(section);
    }
    const item = ITEM.exec(line);
    if (item) {
      section.items.push(span(lineStart + 2, lineEnd));
      continue;
    }
    section.paragraphs.push({
      ...span(lineStart, lineEnd),
      sentences: sentences(line, lineStart, span),
    });
  }
  if (section) closeSection(section, t.length);
  for (const s of model.sections) s.text = t.slice(s.start, s.end);
  return model;
}

function closeSection(section: Section, end: number): void {
  const last = [...section.paragraphs, ...section.items].reduce(
    (m, e) => Math.max(m, e.end),
    section.end,
  );
  section.end = Math.min(end, last);
}

function sentences(
  line: string,
  lineStart: number,
  span: (u0: number, u1: number) => Span,
): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter.segment(line)) {
    const trimmed = seg.segment.trimEnd();
    if (trimmed === '') continue;
    out.push(span(lineStart + seg.index, lineStart + seg.index + trimmed.length));
  }
  return out;
}
