import { columns, type Row, type Tables } from '../records/tables.js';

/**
 * events.geojson: the events as an RFC 7946 FeatureCollection, one Point per event at its place
 * (longitude first), the event's row as properties with the place's name and precision. Events
 * without a place have a null geometry. Key order is fixed, so the bytes are reproducible. Pure.
 */
export function toGeoJson(tables: Pick<Tables, 'events' | 'places'>): string {
  const places = new Map(tables.places.map((p) => [p.place_id, p]));
  const cols = columns('events');
  const features = tables.events.map((e) => {
    const place = places.get(e.place_id) as Row | undefined;
    return {
      type: 'Feature',
      id: e.event_id,
      geometry: place ? { type: 'Point', coordinates: [place.longitude, place.latitude] } : null,
      properties: {
        ...Object.fromEntries(cols.map((c) => [c, e[c] ?? null])),
        place_name: place?.name ?? null,
        geo_precision: place?.geo_precision ?? null,
      },
    };
  });
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}
