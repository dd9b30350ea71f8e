/** Types of raw/<document>/annotations.json; the JSON Schema in schemas/annotations.schema.json is the authority. */
export interface Selector {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

interface Base<K extends string> {
  id: string;
  kind: K;
  selector: Selector;
  note?: string;
}

export interface CampaignAnnotation extends Base<'campaign'> {
  summary: string;
  location: string;
  event_type: string;
  sub_event_type: string;
  dates: string[];
  timezone: string;
}
export interface IncidentAnnotation extends Base<'incident'> {
  part_of: string;
  summary: string;
  location: string;
  event_type: string;
  sub_event_type: string;
  dates: string[];
  date_basis?: 'context';
  time?: string;
}
export interface DateAnnotation extends Base<'date'> {
  rule: 'calendar' | 'relative' | 'weekday' | 'range';
  year_from?: string;
  relative_to?: string;
  after?: string;
  before?: string;
  from?: string;
  to?: string;
}
export type TimeAnnotation = Base<'time'>;
export type TimezoneAnnotation = Base<'timezone'>;
export interface CasualtyAnnotation extends Base<'casualty'> {
  event: string;
  outcome: 'killed' | 'injured';
  population: string;
  scope: string;
  count?: string;
  restates?: string;
}
export interface DamageAnnotation extends Base<'damage'> {
  event: string;
  object: string;
  object_category: string;
  damage_level: string;
  unit: string;
  scope: string;
  count?: string;
  restates?: string;
}
export interface MunitionAnnotation extends Base<'munition'> {
  event: string;
  weapon: string;
  weapon_category: string;
  unit: string;
  scope: string;
  dates?: string[];
  origin?: string;
  count?: string;
}
export interface ActorAnnotation extends Base<'actor'> {
  name: string;
  actor_type: string;
  affiliation: string;
}
export interface ClaimAnnotation extends Base<'claim'> {
  actor: string;
  stance: 'asserts' | 'confirms' | 'reports' | 'denies';
  subjects: string[];
  statement_date?: string;
}
export interface ExclusionAnnotation extends Base<'exclusion'> {
  category: string;
  reason: string;
}

export type Annotation =
  | CampaignAnnotation
  | IncidentAnnotation
  | DateAnnotation
  | TimeAnnotation
  | TimezoneAnnotation
  | CasualtyAnnotation
  | DamageAnnotation
  | MunitionAnnotation
  | ActorAnnotation
  | ClaimAnnotation
  | ExclusionAnnotation;

export type Kind = Annotation['kind'];

export interface AnnotationFile {
  document_id: string;
  annotations: Annotation[];
}

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
  subjects: ['campaign', 'incident', 'casualty', 'damage', 'munition'],
  statement_date: ['date'],
};

/** Fields holding words that must occur inside the annotation's quote. */
export const QUOTED_FIELDS = ['count', 'object', 'weapon', 'origin'] as const;
