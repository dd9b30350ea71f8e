/**
 * The annotation layer's types, generated from schemas/annotations.schema.json
 * (pipeline/annotations.generated.ts, `make types`), and the rules of its references.
 */
import type { Annotation } from './annotations.generated.js';

export type {
  Actor as ActorAnnotation,
  Annotation,
  Campaign as CampaignAnnotation,
  Casualty as CasualtyAnnotation,
  Claim as ClaimAnnotation,
  Damage as DamageAnnotation,
  Date as DateAnnotation,
  Exclusion as ExclusionAnnotation,
  Incident as IncidentAnnotation,
  Inclusion as InclusionAnnotation,
  Munition as MunitionAnnotation,
  Place as PlaceAnnotation,
  Role as RoleAnnotation,
  Selector,
  StandoffAnnotationsOfOneDocument as AnnotationFile,
  Time as TimeAnnotation,
  Timezone as TimezoneAnnotation,
} from './annotations.generated.js';

export type Kind = Annotation['kind'];

/** Which kinds each reference field may point at. */
export const REFERENCES: Record<string, Kind[]> = {
  dates: ['date'],
  timezone: ['timezone'],
  part_of: ['campaign'],
  time: ['time'],
  year_from: ['date'],
  relative_to: ['date'],
  after: ['date'],
  before: ['date'],
  from: ['date'],
  to: ['date'],
  event: ['campaign', 'incident'],
  restates: ['casualty', 'damage'],
  actor: ['actor'],
  subjects: ['campaign', 'incident', 'casualty', 'damage', 'munition', 'role'],
  statement_date: ['date'],
  speaks_for: ['actor'],
  located: ['campaign', 'incident', 'damage'],
  part: ['casualty', 'damage'],
  whole: ['casualty', 'damage'],
};

/** Fields holding words that must occur inside the annotation's quote. */
export const QUOTED_FIELDS = ['count', 'object', 'weapon', 'origin', 'affiliation_words'] as const;
