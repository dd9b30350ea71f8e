import type { Row } from '../records/tables.js';

/** dist/LICENSE: the data licence notice, the attribution and what was changed. */
export function toLicence(tables: { documents: Row[]; places: Row[] }): string {
  const sources = tables.documents
    .map(
      (d) =>
        `- "${String(d.title)}", ${String(d.publisher)}, ${String(d.address)}\n  by its contributors (history: ${String(d.address).replace('/wiki/', '/w/index.php?title=')}&action=history)`,
    )
    .join('\n');
  const coordinates = [
    ...new Set(
      tables.places.map(
        (p) =>
          `- "${String(p.coordinates_source)}", ${String(p.coordinates_address)}\n  by its contributors, licensed ${String(p.coordinates_licence)}`,
      ),
    ),
  ].sort();
  const gazetteer =
    coordinates.length === 0
      ? ''
      : `\nThe coordinates in places and events.geojson are not from the article; they come from:\n\n${coordinates.join('\n')}\n`;
  return `Data licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)
https://creativecommons.org/licenses/by-sa/4.0/

The files in this folder are an adaptation of:

${sources}

which is licensed under CC BY-SA 4.0.
${gazetteer}
This adaptation is licensed under the same licence. You may share and adapt it, also
commercially, provided you give appropriate credit (to the article, its contributors and
this dataset), link to the licence, indicate changes, and distribute your contributions
under the same licence.

What was changed: the article text was annotated with standoff annotations and the
annotated words were turned into tables; counts were turned into integers with their
qualifier and bounds, dates into ISO dates and ranges, and statements into claims of
the parties the text names. Every record quotes the words it came from. The text of
the article was not altered; sources/ holds it as it was read. No warranty is given.

The code that builds these files is licensed separately (MIT; see the repository).
`;
}
