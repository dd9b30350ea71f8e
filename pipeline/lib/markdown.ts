/**
 * Text quoted into Markdown, shown as written: the characters Markdown or HTML would read as
 * markup (emphasis, code, links, tables, tags, entities) escaped, so a title or a quote can
 * never add a heading, a link or raw HTML to a generated page.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]|<>&]/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
  );
}
