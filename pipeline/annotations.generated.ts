// Generated from schemas/annotations.schema.json by pipeline/types/generate-types.ts (make types). Do not edit.

export type Annotation = (Campaign | Incident | Date | Time | Timezone | Casualty | Damage | Munition | Actor | Claim | Role | Place | Inclusion | Exclusion)

/**
 * raw/<document_id>/annotations.json: the curated layer every record is built from. Selectors follow the W3C Web Annotation TextPositionSelector and TextQuoteSelector; offsets count Unicode code points, end exclusive.
 */
export interface StandoffAnnotationsOfOneDocument {
$schema?: string
/**
 * The document these annotations belong to.
 */
document_id: string
annotations: Annotation[]
}
/**
 * The bombardment as a whole. Becomes the event of kind campaign; its span is the words that name and date it.
 */
export interface Campaign {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "campaign"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * One-sentence summary in neutral words, for the events table.
 */
summary: string
/**
 * Place name as the text gives it.
 */
location: string
/**
 * ACLED event type.
 */
event_type: "Explosions/Remote violence"
/**
 * ACLED sub-event type.
 */
sub_event_type: ("Shelling/artillery/missile attack" | "Air/drone strike")
/**
 * Date annotations whose range (earliest start, latest end) is the event date.
 * 
 * @minItems 1
 */
dates: [string, ...(string)[]]
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
timezone: string
}
/**
 * Where the words are: start and end in code points (end exclusive), the exact words, and up to 32 code points of context on each side.
 */
export interface Selector {
start: number
end: number
exact: string
prefix: string
suffix: string
}
/**
 * One attack on the city as the text tells it. Becomes an event of kind incident.
 */
export interface Incident {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "incident"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
part_of: string
/**
 * One-sentence summary in neutral words.
 */
summary: string
/**
 * Place name as the text gives it.
 */
location: string
/**
 * ACLED event type.
 */
event_type: "Explosions/Remote violence"
/**
 * ACLED sub-event type.
 */
sub_event_type: ("Shelling/artillery/missile attack" | "Air/drone strike")
/**
 * Date annotations whose range is the event date.
 * 
 * @minItems 1
 */
dates: [string, ...(string)[]]
/**
 * Set to "context" when the referenced date belongs to the surrounding account, not to the incident's own words.
 */
date_basis?: "context"
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
time?: string
/**
 * Set when the time is not stated as the attack's own: "statement_time" when it is the time a party spoke of the attack under way, "linked_report" when it comes from a second report linked to the incident by the curators. Needs "time".
 */
time_basis?: ("statement_time" | "linked_report")
}
/**
 * Words that give a date. The rule says how they are resolved; the words themselves are parsed, never retyped. A rounded duration or an approximate span ("6-week", "about a month") gives an approximate bound, never an exact day: the range is widened by half the unit (see date_basis derived_duration in the vocabulary).
 */
export interface Date {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "date"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * calendar: the words are a calendar date or month. relative: an offset from relative_to. weekday: a weekday between after and before. range: from the start of from to the end of to.
 */
rule: ("calendar" | "relative" | "weekday" | "range")
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
year_from?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
relative_to?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
after?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
before?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
from?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
to?: string
}
/**
 * Words that give a local time of day ("08:03", "approximately 14:00", "11:00 a.m").
 */
export interface Time {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "time"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
}
/**
 * Words that give the UTC offset ("GMT+4").
 */
export interface Timezone {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "timezone"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
}
/**
 * A figure of people killed or injured.
 */
export interface Casualty {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "casualty"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
event: string
/**
 * killed: people reported killed. injured: people reported injured or wounded.
 */
outcome: ("killed" | "injured")
/**
 * civilian: the text calls them civilians or residents. military: soldiers. unspecified: the text says 'people' or gives no status.
 */
population: ("civilian" | "military" | "unspecified")
/**
 * Where the statement applies. stepanakert: the text places it in Stepanakert. stepanakert_and_region: the text speaks of Stepanakert together with the wider Nagorno-Karabakh region and does not separate them.
 */
scope: ("stepanakert" | "stepanakert_and_region")
/**
 * The words of the count, as they stand inside the quote ("13", "More than a dozen"). Omit when the text gives none.
 */
count?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
restates?: string
}
/**
 * An object or group of objects reported hit or damaged.
 */
export interface Damage {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "damage"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
event: string
/**
 * What was hit, in the text's words; must occur inside the quote.
 */
object: string
/**
 * What kind of object was hit, after the Airwars infrastructure categories. residential: homes, apartment buildings, residential areas. education: schools, kindergartens, classrooms. healthcare: hospitals, maternity wards. commercial: markets, businesses. government: state or emergency-service buildings. infrastructure: power, gas, water, telecommunications. vehicles: cars and other vehicles. religious_cultural: churches, heritage sites. recreation: playgrounds. civilian_unspecified: civilian buildings or infrastructure not further described. unspecified: buildings or objects of no stated kind.
 */
object_category: ("residential" | "education" | "healthcare" | "commercial" | "government" | "infrastructure" | "vehicles" | "religious_cultural" | "recreation" | "civilian_unspecified" | "unspecified")
/**
 * How badly, in the text's words. destroyed: 'destroyed'. partially_destroyed: 'partially destroyed'. heavily_damaged: 'heavily damaged', 'rubble'. damaged: 'damaged', 'damage' with no degree. out_of_service: put out of use ('out of commission'). targeted: 'targeted', 'struck' or 'shelled' with no statement of the damage.
 */
damage_level: ("destroyed" | "partially_destroyed" | "heavily_damaged" | "damaged" | "out_of_service" | "targeted")
/**
 * What the damage count counts. buildings: buildings, or a class of buildings the text names in the plural ('residential homes', 'schools'). objects: one named facility ('the maternity hospital of Stepanakert', 'School No. 12') or a class of infrastructure ('power plants'), one record each. vehicles: cars. classrooms: classrooms. strikes: times the object was hit. sites: areas or sites.
 */
unit: ("buildings" | "objects" | "vehicles" | "classrooms" | "strikes" | "sites")
/**
 * Where the statement applies. stepanakert: the text places it in Stepanakert. stepanakert_and_region: the text speaks of Stepanakert together with the wider Nagorno-Karabakh region and does not separate them.
 */
scope: ("stepanakert" | "stepanakert_and_region")
/**
 * The words of the count inside the quote. Omit when the text gives none.
 */
count?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
restates?: string
}
/**
 * A weapon or munition named as used.
 */
export interface Munition {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "munition"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
event: string
/**
 * What a munition count counts. munitions: weapons or rounds used. strikes: strikes carried out with the weapons. explosions: explosions heard or seen.
 */
unit: ("munitions" | "strikes" | "explosions")
/**
 * When the text says the weapon was used: the range of these dates. Omit when it does not say. A date the text states for the row is kept on it even with no end (see open_end).
 * 
 * @minItems 1
 */
dates?: [string, ...(string)[]]
/**
 * Set when the words give only when use began ("starting on September 27, 2020"): date_start is the earliest of the dates and date_end is empty, an open end. Needs "dates".
 */
open_end?: true
/**
 * The weapon in the text's words; must occur inside the quote.
 */
weapon: string
/**
 * Kind of weapon. cluster_munition: a weapon that disperses submunitions. submunition: a bomblet dispersed by a cluster munition. rocket_artillery: multiple-launch rockets (Smerch, Grad). missile: missiles. artillery: tube artillery, shelling. air_delivered: bombs or weapons dropped from aircraft. drone: drone strikes. unspecified: the text gives no weapon (e.g. explosions heard).
 */
weapon_category: ("cluster_munition" | "submunition" | "rocket_artillery" | "missile" | "artillery" | "air_delivered" | "drone" | "unspecified")
/**
 * Where the statement applies. stepanakert: the text places it in Stepanakert. stepanakert_and_region: the text speaks of Stepanakert together with the wider Nagorno-Karabakh region and does not separate them.
 */
scope: ("stepanakert" | "stepanakert_and_region")
/**
 * Where it was made, in the text's words ("Israeli-made"); must occur inside the quote. Omit when not stated.
 */
origin?: string
/**
 * The words of the count inside the quote. Omit when the text gives none.
 */
count?: string
}
/**
 * A party who asserts, confirms, reports or denies something. The span is the words that first name it. Every person or body who makes a statement is an actor; a person who speaks for an organisation is an actor of their own, linked to it by speaks_for. A side (affiliation) only where the text states it; otherwise unknown.
 */
export interface Actor {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "actor"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Name of the actor: a body in full ("Ministry of Defence of Armenia" for "Armenian MoD"), a person as the text names them ("Stephen Goose").
 */
name: string
/**
 * Who speaks, or who the text names as attacking or attacked. government_body: a government office or ministry. armed_forces: a defence ministry or military. ngo: a non-governmental organisation. ngo_official: a named official of an NGO. news_outlet: a news organisation. journalist: a reporter speaking for themselves. un_body: a United Nations body or mandate holder. ombudsman: a human rights ombudsman. experts: experts named by profession or nationality only. unnamed_sources: 'reports', 'third parties', 'several outlets' — sources the text does not name. unattributed: the article's own voice: a statement with no source within reach in its paragraph (attribution_basis none). civilians: civilians or the civilian places the text names as attacked, ACLED's actor "Civilians".
 */
actor_type: ("government_body" | "armed_forces" | "ngo" | "ngo_official" | "news_outlet" | "journalist" | "un_body" | "ombudsman" | "experts" | "unnamed_sources" | "unattributed" | "civilians")
/**
 * Side of the actor, only where the text states it (affiliation_quote gives the words); otherwise unknown. An outlet's or a person's name alone states no side. armenia_artsakh: Armenia or the self-proclaimed Republic of Artsakh. azerbaijan: Azerbaijan. third_party: the text places the actor outside the conflict ('international third parties', 'French AFP journalists': a country that is neither belligerent). unknown: the text does not say.
 */
affiliation: ("armenia_artsakh" | "azerbaijan" | "third_party" | "unknown")
/**
 * The words of the quote that state the side ("Armenian" in "Armenian MoD", "international", "French"); required unless affiliation is unknown, and a side with no such words is unknown.
 */
affiliation_words?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
speaks_for?: string
}
/**
 * An actor asserting, confirming, reporting or denying subjects. The span is the words of the statement. A sentence that names its source is that source's (attribution_basis explicit); a sentence that continues a named source's account in the same paragraph (reported speech that goes on, a list the source began with "also …", a consequence it states with "As a result, …") is that source's too (continuation); only a sentence with no source within reach is the article's own voice (none), a claim of the unattributed actor with stance reports.
 */
export interface Claim {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "claim"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
actor: string
/**
 * What the actor does with the subject. asserts: states it as fact on its own authority, without saying it saw or verified it itself. confirms: only where the actor says it saw or verified that very fact itself (a correspondent's own account from the city, an investigation that documented it). reports: relays it without saying it verified it; a news outlet reporting, and any report whose link to the subject is the curators' inference (an event's time_basis linked_report), is reports, never confirms. denies: says it did not happen or was not theirs.
 */
stance: ("asserts" | "confirms" | "reports" | "denies")
/**
 * Why the claim is attributed to its actor. explicit: the sentence itself names the source ('X stated that …', 'according to X', 'X reported'). continuation: the sentence names no source but carries on a named source's account in the same paragraph: reported speech that goes on, a list the source began ('also …'), a consequence the source states ('As a result, …'); it is attributed to that source. none: no source within reach in the paragraph; only then is it the article's own voice, the actor of type unattributed with stance reports.
 */
attribution_basis: ("explicit" | "continuation" | "none")
/**
 * What the statement is about; one claim record per subject.
 * 
 * @minItems 1
 */
subjects: [string, ...(string)[]]
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
statement_date?: string
}
/**
 * An actor the text names as having attacked (perpetrator) or been attacked (target) in an event. The span is the words that name the actor in that role. Becomes a row of event_actors; claims name it as a subject to say who asserts, confirms, reports or denies it.
 */
export interface Role {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "role"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
event: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
actor: string
/**
 * What an actor did in an event, as the text says. perpetrator: the text names the actor as the one who attacked. target: the text names the actor, or the civilian places standing for it, as attacked. ACLED: in its coding of remote violence the attacker is usually actor1 and the attacked actor2 ("Civilians" when civilians are targeted), but ACLED notes that actor1 and actor2 do not by themselves say who attacked whom: here the role does. UCDP GED: a perpetrator is side_a and a civilian target side_b ("Civilians") only when the event is one-sided violence (type_of_violence 3). In state-based conflict (type_of_violence 1) side_a is always a government and side_b the opposing government or organised group, the order of the sides does not say who attacked, and civilians are never a side: civilian deaths are counted in deaths_civilians. A target civilians row is therefore no side_b of a state-based event, and the opposing side of such an event is not recorded here, because the text names none as attacked. Responsibility is contested: each role is the subject of claims saying who asserts, confirms, reports or denies it.
 */
role: ("perpetrator" | "target")
}
/**
 * A place the text names, with its coordinates from an entry of the gazetteer (raw/gazetteer.json), never from the text. The span is the place name. Becomes a row of places; every event, and every damaged object the text places, is listed in exactly one place's located.
 */
export interface Place {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "place"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
gazetteer: string
/**
 * The events and damaged objects the text places here.
 * 
 * @minItems 1
 */
located: [string, ...(string)[]]
}
/**
 * A figure that is part of a larger figure (an incident's dead among the campaign's), so that a total never counts it twice. The span is the words the inclusion rests on. Sets included_in, inclusion_basis and inclusion_reason of the part's record.
 */
export interface Inclusion {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "inclusion"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
part: string
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
whole: string
/**
 * How it is known that a figure is part of a larger one. stated: the text says so. inferred: the curators read it from the text (a total for the whole bombardment of the city and a figure for one attack on it); inclusion_reason says why.
 */
basis: ("stated" | "inferred")
/**
 * Why the part is in the whole, in a sentence.
 */
reason: string
}
/**
 * A mention deliberately left out of the dataset, with the reason.
 */
export interface Exclusion {
/**
 * Annotation id: lowercase letters, digits and hyphens; stable, never reused.
 */
id: string
kind: "exclusion"
selector: Selector
/**
 * Curator's note: why the annotation reads the text as it does.
 */
note?: string
/**
 * Why a mention is left out of the dataset. background: the Background section, context before the bombardment. title_or_name: a number that is part of a title or name. not_stepanakert: a fact about Nagorno-Karabakh in general, not Stepanakert. not_a_casualty_or_damage_count: a count of something else (people interviewed, people present). consequence: a consequence outside the tables (displacement, disease). population_context: the city's population. technical_specification: a property of a weapon, not a count of its use. not_a_count: a word that looks like a number but counts nothing ('third parties'). restatement: words that restate a value recorded from other words ('the first day of the war' beside 'September 27, 2020'). assessment: a judgement, request or call to act (a condemnation, a legal qualification), not an event, figure, object or weapon.
 */
category: ("background" | "title_or_name" | "not_stepanakert" | "not_a_casualty_or_damage_count" | "consequence" | "population_context" | "technical_specification" | "not_a_count" | "restatement" | "assessment")
/**
 * Why the mention is left out, in a sentence.
 */
reason: string
}
