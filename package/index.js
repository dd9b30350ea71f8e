// The published dataset as ES modules: `import { events, casualties } from 'stepanakert-bombardment-2020'`.
// Each export is the array of rows of dist/<table>.json; the types are in index.d.ts (generated from schemas/).
import actors from '../dist/actors.json' with { type: 'json' };
import casualties from '../dist/casualties.json' with { type: 'json' };
import claims from '../dist/claims.json' with { type: 'json' };
import damage from '../dist/damage.json' with { type: 'json' };
import documents from '../dist/documents.json' with { type: 'json' };
import event_actors from '../dist/event_actors.json' with { type: 'json' };
import events from '../dist/events.json' with { type: 'json' };
import exclusions from '../dist/exclusions.json' with { type: 'json' };
import munitions from '../dist/munitions.json' with { type: 'json' };
import places from '../dist/places.json' with { type: 'json' };

export {
  actors,
  casualties,
  claims,
  damage,
  documents,
  event_actors,
  events,
  exclusions,
  munitions,
  places,
};

/** Every table by name. */
export const tables = {
  documents,
  events,
  casualties,
  damage,
  munitions,
  actors,
  claims,
  event_actors,
  places,
  exclusions,
};
