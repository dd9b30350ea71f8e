import { columns, type Row, type Tables } from '../records/tables.js';

/**
 * events.geojson: the events as an RFC 7946 FeatureCollection, one Point per event at its place
 * (longitude first), the event's row as properties with the place's name and precision and where
 * the coordinates come from (the gazetteer entry, its source, address, licence and quote): the
 * event's span and quote are the words of the event, never of the point. Events without a place
 * have a null geometry. Key order is fixed, so the bytes are reproducible. Pure.
 */
/** The columns of places that say where a point comes from, copied into each feature. */
export const COORDINATES = [
  'gazetteer_id',
  'coordinates_source',
  'coordinates_address',
  'coordinates_licence',
  'coordinates_quote',
] as const;

export function toGeoJson(tables: Pick<Tables, 'events' | 'places'>): string {
  const places = new Map(tables.places.map((p) => [p.place_id, p]));
  const cols = columns('events');
  const features = tables.events.map((e) => {
    const place = places.get(e.place_id) as Row | undefined;
    // built key by key, not spread from Object.fromEntries: the features then share one shape,
    // which JSON.stringify writes faster
    const properties: Row = {};
    for (const c of cols) properties[c] = e[c] ?? null;
    properties.place_name = place?.name ?? null;
    properties.geo_precision = place?.geo_precision ?? null;
    for (const c of COORDINATES) properties[c] = place?.[c] ?? null;
    return {
      type: 'Feature',
      id: e.event_id,
      geometry: place ? { type: 'Point', coordinates: [place.longitude, place.latitude] } : null,
      properties,
    };
  });
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}
