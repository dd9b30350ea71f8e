// Generated from schemas/tables/*.schema.json by pipeline/types/generate-types.ts (make types). Do not edit.

/**
 * One row per source document the records are built from.
 */
export interface Document {
/**
 * Document id (the folder name in raw/).
 */
document_id: string
/**
 * Title of the source.
 */
title: string
/**
 * Web address of the source.
 */
address: string
/**
 * Publisher of the source.
 */
publisher: string
/**
 * ISO 639 language code.
 */
language: string
/**
 * SPDX id of the source licence.
 */
licence: "CC-BY-SA-4.0"
/**
 * Link to the licence.
 */
licence_url: string
/**
 * Revision of the source; empty when unknown.
 */
revision_id: (string | null)
/**
 * Whether the revision is known. Unknown revisions are never guessed.
 */
revision_status: ("known" | "unknown")
/**
 * SHA-256 of the verbatim text, lowercase hex.
 */
sha256: string
/**
 * Size of the verbatim text in bytes (UTF-8).
 */
bytes: number
/**
 * Length of the verbatim text in Unicode code points; the unit of every span offset.
 */
code_points: number
}

/**
 * The bombardment as a whole (event_kind campaign) and each attack on Stepanakert the text tells of (incident).
 */
export interface Event {
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
event_id: string
/**
 * For an incident, the campaign it belongs to; empty for the campaign.
 */
parent_event_id: (string | null)
/**
 * campaign: the bombardment as a whole. incident: one attack.
 */
event_kind: ("campaign" | "incident")
/**
 * ACLED event type.
 */
event_type: "Explosions/Remote violence"
/**
 * ACLED sub-event type.
 */
sub_event_type: ("Shelling/artillery/missile attack" | "Air/drone strike")
/**
 * Earliest date the text allows (ISO 8601).
 */
date_start: string
/**
 * Latest date the text allows (ISO 8601); equals date_start when the day is known. From a rounded duration or an approximate span ("6-week") it is an approximate bound, widened by half the unit (see date_basis derived_duration), never an exact last day.
 */
date_end: string
/**
 * How wide the date range is, after UCDP GED's date_prec. day: one day (date_start = date_end). days: 2 to 6 days. week: 7 days. month: a month named, or more than 7 days within one calendar month. months: more than 7 days across a month boundary.
 */
date_precision: ("day" | "days" | "week" | "month" | "months")
/**
 * How the date was obtained from the words in date_basis_quote. stated: a full calendar date. stated_without_year: a day and month whose year comes from another stated date. derived_relative: an offset from another date ('the day before', 'a week later', 'the fourth day in a row'). derived_weekday: a weekday ('on Saturday'), resolved to the range of such weekdays the text allows. derived_duration: a stated duration from a stated start, its first day counted as day 1. A duration in weeks or months, or one the words qualify ('about', 'approximately', 'around'), is a rounded figure and gives an approximate bound, never an exact day: the range is widened by half the unit, rounded up to whole days ('the 6-week bombardment' from 27 September: 6.5 weeks, 46 days, so up to 11 November), and date_end is that bound, not a known last day. A duration in days is read exactly. derived_range: the range between two dates the text gives. context: the text gives no date for the event itself; it is the date of the surrounding account.
 */
date_basis: ("stated" | "stated_without_year" | "derived_relative" | "derived_weekday" | "derived_duration" | "derived_range" | "context")
/**
 * The words the date was obtained from; several pieces are joined by " … ".
 */
date_basis_quote: string
/**
 * Local time HH:MM (24-hour) where the text gives one; empty otherwise.
 */
time_local: (string | null)
/**
 * How the time is qualified: exact or approximately; empty when there is no time.
 */
time_qualifier: (("exact" | "approximately") | null)
/**
 * The words the time came from.
 */
time_quote: (string | null)
/**
 * What time_local is the time of: stated, statement_time or linked_report; empty when there is no time.
 */
time_basis: (("stated" | "statement_time" | "linked_report") | null)
/**
 * UTC offset of time_local, from the text's time zone (GMT+4 → +04:00), a fixed offset.
 */
utc_offset: string
/**
 * Place, as the text names it.
 */
location: string
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
place_id: string
/**
 * One-sentence summary written by the curators, at most 300 characters; the quote holds the source's words.
 */
summary: string
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * People killed or injured, one row per figure the text gives, with the words of the count; a mention without a number ('deaths') is a row with qualifier unspecified and empty counts.
 */
export interface Casualty {
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
casualty_id: string
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
event_id: string
/**
 * killed: people reported killed. injured: people reported injured or wounded.
 */
outcome: ("killed" | "injured")
/**
 * civilian: the text calls them civilians or residents. military: soldiers. unspecified: the text says 'people' or gives no status.
 */
population: ("civilian" | "military" | "unspecified")
/**
 * Lowest count the words allow; empty when they give no lower bound. See qualifier.
 */
count_low: (number | null)
/**
 * The count the words state; empty unless they state one number.
 */
count_best: (number | null)
/**
 * Highest count the words allow; empty when they give no upper bound.
 */
count_high: (number | null)
/**
 * How the words qualify the count; the rules for count_low, count_best and count_high.
 */
qualifier: ("exact" | "approximately" | "range" | "at_least" | "more_than" | "at_most" | "fewer_than" | "dozens" | "hundreds" | "several" | "multiple" | "numerous" | "unspecified")
/**
 * The count words inside quote ("More than a dozen", "4,258"); empty when the text gives no count.
 */
count_quote: (string | null)
/**
 * Where the statement applies. stepanakert: the text places it in Stepanakert. stepanakert_and_region: the text speaks of Stepanakert together with the wider Nagorno-Karabakh region and does not separate them.
 */
scope: ("stepanakert" | "stepanakert_and_region")
/**
 * The larger figure this one is recorded as part of (casualties.casualty_id), always a row of the same outcome; empty when no inclusion is recorded. A row without a count (count_low empty) never adds to a total. To total without counting anything twice, add, for one outcome, only the rows with a count whose included_in is empty.
 */
included_in: (string | null)
/**
 * How it is known that the figure is part of included_in: stated or inferred; empty when included_in is.
 */
inclusion_basis: (("stated" | "inferred") | null)
/**
 * Why the figure is part of included_in, in the curators' words; empty when included_in is.
 */
inclusion_reason: (string | null)
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * Objects reported hit or damaged, with their category, the degree of damage and any count.
 */
export interface Damage {
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
damage_id: string
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
event_id: string
/**
 * What was hit, in the text's words.
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
 * Lowest count the words allow; empty when they give no lower bound. See qualifier.
 */
count_low: (number | null)
/**
 * The count the words state; empty unless they state one number.
 */
count_best: (number | null)
/**
 * Highest count the words allow; empty when they give no upper bound.
 */
count_high: (number | null)
/**
 * How the words qualify the count; the rules for count_low, count_best and count_high.
 */
qualifier: ("exact" | "approximately" | "range" | "at_least" | "more_than" | "at_most" | "fewer_than" | "dozens" | "hundreds" | "several" | "multiple" | "numerous" | "unspecified")
/**
 * The count words inside quote ("More than a dozen", "4,258"); empty when the text gives no count.
 */
count_quote: (string | null)
/**
 * Where the statement applies. stepanakert: the text places it in Stepanakert. stepanakert_and_region: the text speaks of Stepanakert together with the wider Nagorno-Karabakh region and does not separate them.
 */
scope: ("stepanakert" | "stepanakert_and_region")
/**
 * Where the text places the object (places.place_id). Every row of scope stepanakert has a place: the text gives no coordinates of its own for any site in the town (a named school, the substation near School No. 10, the dual-use objects in its residential areas), so each takes the town's, precision town. Empty when the text does not place the object.
 */
place_id: (string | null)
/**
 * The larger damage figure this one is recorded as part of (damage.damage_id), always a row of the same unit. Empty when no inclusion is recorded, which does not say the object is part of no other figure: an inclusion is recorded only between rows of one unit and where the text supports it, so a named object (unit objects, such as School No. 12) is not linked to the buildings damaged in the city although it is likely among them, and two rows may describe one object the text does not identify as the same (the maternity hospital targeted on 28 October, the maternity ward the OHCHR letter names). A row without a count (count_low empty) never adds to a total. To total without counting anything twice, add, for one unit, only the rows with a count whose included_in is empty.
 */
included_in: (string | null)
/**
 * How it is known that the figure is part of included_in: stated or inferred; empty when included_in is.
 */
inclusion_basis: (("stated" | "inferred") | null)
/**
 * Why the figure is part of included_in, in the curators' words; empty when included_in is.
 */
inclusion_reason: (string | null)
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * Weapons and munitions named as used, with their origin as stated and any count.
 */
export interface Munition {
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
munition_id: string
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
event_id: string
/**
 * The weapon in the text's words.
 */
weapon: string
/**
 * Kind of weapon. cluster_munition: a weapon that disperses submunitions. submunition: a bomblet dispersed by a cluster munition. rocket_artillery: multiple-launch rockets (Smerch, Grad). missile: missiles. artillery: tube artillery, shelling. air_delivered: bombs or weapons dropped from aircraft. drone: drone strikes. unspecified: the text gives no weapon (e.g. explosions heard).
 */
weapon_category: ("cluster_munition" | "submunition" | "rocket_artillery" | "missile" | "artillery" | "air_delivered" | "drone" | "unspecified")
/**
 * Where it was made, as stated ("Israeli-made"); empty when not stated.
 */
origin: (string | null)
/**
 * What a munition count counts. munitions: weapons or rounds used. strikes: strikes carried out with the weapons. explosions: explosions heard or seen.
 */
unit: ("munitions" | "strikes" | "explosions")
/**
 * Lowest count the words allow; empty when they give no lower bound. See qualifier.
 */
count_low: (number | null)
/**
 * The count the words state; empty unless they state one number.
 */
count_best: (number | null)
/**
 * Highest count the words allow; empty when they give no upper bound.
 */
count_high: (number | null)
/**
 * How the words qualify the count; the rules for count_low, count_best and count_high.
 */
qualifier: ("exact" | "approximately" | "range" | "at_least" | "more_than" | "at_most" | "fewer_than" | "dozens" | "hundreds" | "several" | "multiple" | "numerous" | "unspecified")
/**
 * The count words inside quote ("More than a dozen", "4,258"); empty when the text gives no count.
 */
count_quote: (string | null)
/**
 * Earliest date of use the text gives for this row; empty when it gives none. A date the text states for the row is kept on it even with no end ("starting on September 27, 2020").
 */
date_start: (string | null)
/**
 * Latest date of use the text gives; empty when it gives none. An empty date_end beside a date_start is an open end: the text says when use began and gives no end (not that use ended on date_start).
 */
date_end: (string | null)
/**
 * Where the statement applies. stepanakert: the text places it in Stepanakert. stepanakert_and_region: the text speaks of Stepanakert together with the wider Nagorno-Karabakh region and does not separate them.
 */
scope: ("stepanakert" | "stepanakert_and_region")
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * Parties who assert, confirm, report or deny something in the text, and those it names as attacking or attacked (see event_actors): every person or body who makes a statement is one, a person linked to the organisation they speak for.
 */
export interface Actor {
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
actor_id: string
/**
 * Name of the actor: a body in full, a person as the text names them; the text's own words are in quote.
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
 * The words of quote that state the side ("Armenian" in "Armenian MoD"); empty when affiliation is unknown, which it is whenever the text states no side.
 */
affiliation_quote: (string | null)
/**
 * For a person who speaks for an organisation ("Stephen Goose, arms division director at Human Rights Watch"): the organisation's actor (actors.actor_id). Every person or body who makes a statement is an actor of their own; empty when the actor speaks for no other actor in the table.
 */
speaks_for_actor_id: (string | null)
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * Who asserts, confirms, reports or denies what: one row per statement and subject.
 */
export interface Claim {
/**
 * Claim id: "<document_id>:<claim annotation id>/<subject annotation id>".
 */
claim_id: string
/**
 * The table of the subject.
 */
subject_table: ("events" | "casualties" | "damage" | "munitions" | "event_actors")
/**
 * The record the statement is about.
 */
subject_id: string
/**
 * Who makes the statement (actors.actor_id).
 */
actor_id: string
/**
 * What the actor does with the subject. asserts: states it as fact on its own authority, without saying it saw or verified it itself. confirms: only where the actor says it saw or verified that very fact itself (a correspondent's own account from the city, an investigation that documented it). reports: relays it without saying it verified it; a news outlet reporting, and any report whose link to the subject is the curators' inference (an event's time_basis linked_report), is reports, never confirms. denies: says it did not happen or was not theirs.
 */
stance: ("asserts" | "confirms" | "reports" | "denies")
/**
 * Why the claim is attributed to its actor. explicit: the sentence itself names the source ('X stated that …', 'according to X', 'X reported'). continuation: the sentence names no source but carries on a named source's account in the same paragraph: reported speech that goes on, a list the source began ('also …'), a consequence the source states ('As a result, …'); it is attributed to that source. none: no source within reach in the paragraph; only then is it the article's own voice, the actor of type unattributed with stance reports.
 */
attribution_basis: ("explicit" | "continuation" | "none")
/**
 * When the statement was made, where the text gives it; empty otherwise.
 */
statement_date: (string | null)
/**
 * The words statement_date came from.
 */
statement_date_quote: (string | null)
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * Who the text names as having attacked (perpetrator) or been attacked (target) in an event: one row per event, actor and role, quoting the words that name the actor in that role. Responsibility is contested, so a row is not a verdict: the claims whose subject_table is event_actors say who asserts, confirms, reports or denies it. In ACLED the perpetrator is usually actor1 and the target actor2, though actor1 and actor2 do not by themselves say who attacked whom. In UCDP GED the roles match side_a and side_b only in one-sided violence (type_of_violence 3, side_b "Civilians"); in state-based conflict side_a is a government, the order of the sides does not say who attacked, and civilians are no side: their deaths go to deaths_civilians. See the role vocabulary.
 */
export interface EventActor {
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
event_actor_id: string
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
event_id: string
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
actor_id: string
/**
 * What an actor did in an event, as the text says. perpetrator: the text names the actor as the one who attacked. target: the text names the actor, or the civilian places standing for it, as attacked. ACLED: in its coding of remote violence the attacker is usually actor1 and the attacked actor2 ("Civilians" when civilians are targeted), but ACLED notes that actor1 and actor2 do not by themselves say who attacked whom: here the role does. UCDP GED: a perpetrator is side_a and a civilian target side_b ("Civilians") only when the event is one-sided violence (type_of_violence 3). In state-based conflict (type_of_violence 1) side_a is always a government and side_b the opposing government or organised group, the order of the sides does not say who attacked, and civilians are never a side: civilian deaths are counted in deaths_civilians. A target civilians row is therefore no side_b of a state-based event, and the opposing side of such an event is not recorded here, because the text names none as attacked. Responsibility is contested: each role is the subject of claims saying who asserts, confirms, reports or denies it.
 */
role: ("perpetrator" | "target")
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * Places the text names, with coordinates from a gazetteer outside the text (never from the text itself): the name as in the text, the coordinates, their precision, and the gazetteer entry with its source and licence. Events and damaged objects link to a place through place_id.
 */
export interface Place {
/**
 * Record id: "<document_id>:<annotation id>". Derived from the annotation, so it never changes when others are added; never reused.
 */
place_id: string
/**
 * The place's name as the text gives it (the quote).
 */
name: string
/**
 * WGS 84 latitude in decimal degrees (north positive), exactly as the gazetteer's source gives it.
 */
latitude: number
/**
 * WGS 84 longitude in decimal degrees (east positive), exactly as the gazetteer's source gives it.
 */
longitude: number
/**
 * How exactly the coordinates place what happened, after ACLED's geo_precision and UCDP GED's where_prec. site: the coordinates are those of the site itself (ACLED 1, UCDP 1). town: the coordinates of the town; the event or object is in it, also when the text names a site in the town (a hospital, a market) without coordinates of its own (ACLED 1: a particular town with coordinates; UCDP 1). region: the coordinates of a larger area (ACLED 3; UCDP 3 or 4, by administrative level).
 */
geo_precision: ("site" | "town" | "region")
/**
 * The gazetteer entry the coordinates come from (raw/gazetteer.json in the repository).
 */
gazetteer_id: string
/**
 * Title and publisher of the source of the coordinates.
 */
coordinates_source: string
/**
 * Web address of the source of the coordinates.
 */
coordinates_address: string
/**
 * Licence of the source of the coordinates (SPDX identifier).
 */
coordinates_licence: string
/**
 * The coordinates as their source writes them.
 */
coordinates_quote: string
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/**
 * Every mention of a number, date, time or count word that the coverage report marks excluded: left out of the tables on purpose, with the reason, so that what was left out can be audited. span_start, span_end and quote are the mention; exclusion_start and exclusion_end the curated exclusion that holds it.
 */
export interface Exclusion {
/**
 * Mention id: "<document_id>:<exclusion annotation id>@<span_start>".
 */
mention_id: string
/**
 * The exclusion annotation: "<document_id>:<annotation id>".
 */
exclusion_id: string
/**
 * What kind of mention it is: a number, a date, a time or a count word.
 */
mention_type: ("number" | "date" | "time" | "count_word")
/**
 * Why a mention is left out of the dataset. background: the Background section, context before the bombardment. title_or_name: a number that is part of a title or name. not_stepanakert: a fact about Nagorno-Karabakh in general, not Stepanakert. not_a_casualty_or_damage_count: a count of something else (people interviewed, people present). consequence: a consequence outside the tables (displacement, disease). population_context: the city's population. technical_specification: a property of a weapon, not a count of its use. not_a_count: a word that looks like a number but counts nothing ('third parties'). restatement: words that restate a value recorded from other words ('the first day of the war' beside 'September 27, 2020'). assessment: a judgement, request or call to act (a condemnation, a legal qualification), not an event, figure, object or weapon.
 */
category: ("background" | "title_or_name" | "not_stepanakert" | "not_a_casualty_or_damage_count" | "consequence" | "population_context" | "technical_specification" | "not_a_count" | "restatement" | "assessment")
/**
 * Why the mention is left out, in the curators' words.
 */
reason: string
/**
 * Start of the exclusion's words, in code points.
 */
exclusion_start: number
/**
 * End of the exclusion's words, in code points (exclusive).
 */
exclusion_end: number
/**
 * The source document the record was built from (documents.document_id).
 */
document_id: string
/**
 * Start of the words the record was built from, in Unicode code points from the start of the document text (0-based, inclusive).
 */
span_start: number
/**
 * End of those words, in Unicode code points (exclusive): quote is text[span_start:span_end] in Python.
 */
span_end: number
/**
 * Exactly the text between span_start and span_end.
 */
quote: string
}

/** One row per source document the records are built from. */
export declare const documents: Document[];
/** The bombardment as a whole (event_kind campaign) and each attack on Stepanakert the text tells of (incident). */
export declare const events: Event[];
/** People killed or injured, one row per figure the text gives, with the words of the count; a mention without a number ('deaths') is a row with qualifier unspecified and empty counts. */
export declare const casualties: Casualty[];
/** Objects reported hit or damaged, with their category, the degree of damage and any count. */
export declare const damage: Damage[];
/** Weapons and munitions named as used, with their origin as stated and any count. */
export declare const munitions: Munition[];
/** Parties who assert, confirm, report or deny something in the text, and those it names as attacking or attacked (see event_actors): every person or body who makes a statement is one, a person linked to the organisation they speak for. */
export declare const actors: Actor[];
/** Who asserts, confirms, reports or denies what: one row per statement and subject. */
export declare const claims: Claim[];
/** Who the text names as having attacked (perpetrator) or been attacked (target) in an event: one row per event, actor and role, quoting the words that name the actor in that role. Responsibility is contested, so a row is not a verdict: the claims whose subject_table is event_actors say who asserts, confirms, reports or denies it. In ACLED the perpetrator is usually actor1 and the target actor2, though actor1 and actor2 do not by themselves say who attacked whom. In UCDP GED the roles match side_a and side_b only in one-sided violence (type_of_violence 3, side_b "Civilians"); in state-based conflict side_a is a government, the order of the sides does not say who attacked, and civilians are no side: their deaths go to deaths_civilians. See the role vocabulary. */
export declare const event_actors: EventActor[];
/** Places the text names, with coordinates from a gazetteer outside the text (never from the text itself): the name as in the text, the coordinates, their precision, and the gazetteer entry with its source and licence. Events and damaged objects link to a place through place_id. */
export declare const places: Place[];
/** Every mention of a number, date, time or count word that the coverage report marks excluded: left out of the tables on purpose, with the reason, so that what was left out can be audited. span_start, span_end and quote are the mention; exclusion_start and exclusion_end the curated exclusion that holds it. */
export declare const exclusions: Exclusion[];

/** Every table by name. */
export declare const tables: {
  documents: Document[];
  events: Event[];
  casualties: Casualty[];
  damage: Damage[];
  munitions: Munition[];
  actors: Actor[];
  claims: Claim[];
  event_actors: EventActor[];
  places: Place[];
  exclusions: Exclusion[];
};
