import type { Row } from '../records/tables.js';
import { type Publication, sourcePath } from '../stages/publish.js';
import { versionedAddress } from './home.js';

function facts(name: string, files: Publication) {
  const f = files.get(name);
  if (!f) throw new Error(`publish: ${name} was not written`);
  return { bytes: f.bytes, hash: `sha256:${f.sha256}` };
}

/** The descriptor's entry of the events as GeoJSON. */
export function geoJsonResource(files: Publication, version: string) {
  return {
    name: 'events-geojson',
    title: 'Events with their places (GeoJSON)',
    description:
      'The rows of events as an RFC 7946 FeatureCollection: one Feature per event, id event_id, a Point at its place (longitude, latitude; WGS 84), and as properties every column of events with the place_name and geo_precision of places. The coordinates come from the gazetteer source each place row names, not from the documents.',
    path: 'events.geojson',
    format: 'geojson',
    mediatype: 'application/geo+json',
    encoding: 'utf-8',
    ...facts('events.geojson', files),
    download: versionedAddress(version, 'events.geojson'),
  };
}

/** One descriptor entry per document text, published byte for byte under its own licence. */
export function sourceResources(documents: Row[], files: Publication, version: string) {
  return documents.map((d) => ({
    name: `source-${String(d.document_id)}`,
    title: `Source text: ${String(d.title)}`,
    description:
      'The document text every span of the tables counts into, byte for byte as it was read (UTF-8, LF line endings, no byte-order mark): quote is the text between span_start and span_end, in Unicode code points.',
    path: sourcePath(String(d.document_id)),
    format: 'txt',
    mediatype: 'text/plain',
    encoding: 'utf-8',
    ...facts(sourcePath(String(d.document_id)), files),
    // release assets are flat: sources/<id>.txt is attached as <id>.txt
    download: versionedAddress(version, `${String(d.document_id)}.txt`),
    licenses: [{ name: d.licence, path: d.licence_url }],
    sources: [{ title: `${String(d.title)} (${String(d.publisher)})`, path: d.address }],
  }));
}
