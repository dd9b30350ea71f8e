import { LOADER_SCRIPT, START_SCRIPT } from './explorer-loader-script.js';

/**
 * The part of the page's script that shows the selected document: its totals, its records a
 * page at a time with filters and tabs, and a record's paragraph with its quote marked and its
 * claims. Data is only ever set as text (textContent), never parsed as HTML.
 */
const RECORDS_SCRIPT = `  let data = null;
  let actors = new Map();
  let events = new Map();
  let records = new Map();
  let places = new Map();
  let claimsBy = new Map();
  const claimsAbout = (id) => claimsBy.get(id) || [];
  const eventOf = (table, r) => (table === 'claims' ? (records.get(r.subject_id)?.r.event_id ?? r.subject_id) : r.event_id);
  const count = (r) => {
    if (r.count_best !== null && r.count_low === r.count_best && r.count_high === r.count_best) return String(r.count_best);
    if (r.qualifier === 'unspecified') return '—';
    const range = r.count_best !== null ? '≈ ' + r.count_best : r.count_low !== null && r.count_high !== null ? r.count_low + '–' + r.count_high : r.count_low !== null ? '≥ ' + r.count_low : r.count_high !== null ? '≤ ' + r.count_high : '';
    return (range + ' (' + r.qualifier.replace(/_/g, ' ') + ')').trim();
  };
  const shortId = (id) => String(id).split(':').pop();
  const quoteOf = (r) => { const p = data.paragraphs[r.p]; return Array.from(p.text).slice(r.span_start - p.start, r.span_end - p.start).join(''); };
  const eventLabel = (id) => { const e = events.get(id); return e ? (e.event_kind === 'campaign' ? 'whole bombardment' : e.when) : shortId(id); };
  const columns = {
    casualties: [['incident', (r) => eventLabel(r.event_id)], ['outcome', (r) => r.outcome], ['count', count], ['population', (r) => r.population], ['words', quoteOf]],
    damage: [['incident', (r) => eventLabel(r.event_id)], ['object', (r) => r.object], ['category', (r) => r.object_category], ['damage', (r) => r.damage_level.replace(/_/g, ' ')], ['count', (r) => count(r) + (r.count_quote ? ' ' + r.unit : '')]],
    munitions: [['incident', (r) => eventLabel(r.event_id)], ['weapon', (r) => r.weapon], ['category', (r) => r.weapon_category.replace(/_/g, ' ')], ['origin', (r) => r.origin || '—'], ['count', (r) => count(r) + (r.count_quote ? ' ' + r.unit : '')]],
    event_actors: [['incident', (r) => eventLabel(r.event_id)], ['role', (r) => r.role], ['actor', (r) => actors.get(r.actor_id)?.name], ['words', quoteOf]],
    places: [['place', (r) => r.name], ['coordinates', (r) => r.latitude + ' N, ' + r.longitude + ' E'], ['precision', (r) => r.geo_precision], ['coordinates from', (r) => r.coordinates_source + ', ' + r.coordinates_licence]],
    exclusions: [['words', quoteOf], ['type', (r) => r.mention_type.replace(/_/g, ' ')], ['category', (r) => r.category.replace(/_/g, ' ')], ['reason', (r) => r.reason]],
    claims: [['actor', (r) => actors.get(r.actor_id)?.name], ['stance', (r) => r.stance], ['basis', (r) => r.attribution_basis], ['about', (r) => { const s = records.get(r.subject_id); return s ? s.table + ': ' + shortId(r.subject_id) : eventLabel(r.subject_id); }], ['date', (r) => r.statement_date || '—']],
  };
  const filters = { event: $('f-event'), outcome: $('f-outcome'), category: $('f-category'), actor: $('f-actor'), stance: $('f-stance') };
  const options = (select, pairs) => { for (const [value, label] of pairs) select.append(el('option', label, { value })); };
  options(filters.outcome, [['killed', 'killed'], ['injured', 'injured']]);
  options(filters.stance, ['asserts', 'confirms', 'reports', 'denies'].map((s) => [s, s]));
  let table = 'casualties';
  let selected = null;
  let rowPage = 0;
  const matches = (t, r) => {
    const f = Object.fromEntries(Object.entries(filters).map(([k, s]) => [k, s.value]));
    if (f.event && eventOf(t, r) !== f.event) return false;
    if (f.outcome && (t !== 'casualties' || r.outcome !== f.outcome)) return false;
    if (f.category && (t === 'damage' ? r.object_category : t === 'munitions' ? r.weapon_category : null) !== f.category) return false;
    const claims = t === 'claims' ? [r] : claimsAbout(Object.values(r)[0]);
    if (f.actor && !claims.some((c) => c.actor_id === f.actor)) return false;
    if (f.stance && !claims.some((c) => c.stance === f.stance)) return false;
    return true;
  };`;

const RENDER_SCRIPT = `  const render = () => {
    if (!data) return;
    const cols = columns[table];
    const head = $('table').tHead;
    head.replaceChildren(el('tr'));
    for (const [name] of cols) head.rows[0].append(el('th', name, { scope: 'col' }));
    const body = $('table').tBodies[0];
    body.replaceChildren();
    const rows = data[table].filter((r) => matches(table, r));
    const per = boot.rowsPerPage;
    rowPage = Math.max(0, Math.min(rowPage, Math.ceil(rows.length / per) - 1));
    for (const r of rows.slice(rowPage * per, rowPage * per + per)) {
      const id = Object.values(r)[0];
      const tr = el('tr', undefined, { tabindex: '0', 'data-id': id, 'aria-selected': String(id === selected) });
      for (const [, get] of cols) tr.append(el('td', get(r)));
      activate(tr, () => select(id));
      body.append(tr);
    }
    $('count').textContent = rows.length + ' of ' + data[table].length + ' ' + table + ' records';
    $('rows-pager').hidden = rows.length <= per;
    $('rows-range').textContent = 'Rows ' + number(rowPage * per + 1) + '–' + number(Math.min(rows.length, rowPage * per + per)) + ' of ' + number(rows.length);
    $('rows-prev').disabled = rowPage === 0;
    $('rows-next').disabled = (rowPage + 1) * per >= rows.length;
  };
  const paragraphWithMark = (r) => {
    const p = data.paragraphs[r.p];
    const cps = Array.from(p.text);
    const a = r.span_start - p.start;
    const b = r.span_end - p.start;
    const q = el('blockquote');
    q.append(document.createTextNode(cps.slice(0, a).join('')), el('mark', cps.slice(a, b).join('')), document.createTextNode(cps.slice(b).join('')));
    return q;
  };`;

const DETAIL_SCRIPT = `  const select = (id) => {
    selected = id;
    const { table: t, r } = records.get(id);
    const box = $('detail');
    box.replaceChildren(el('h2', 'Source', { id: 'detail-title' }));
    box.append(el('p', t + ': ' + shortId(id) + ' — ' + (t === 'claims' ? actors.get(r.actor_id)?.name + ' ' + r.stance : columns[t].slice(1, 3).map(([, g]) => g(r)).join(', '))));
    box.append(paragraphWithMark(r));
    const doc = data.documents.find((d) => d.document_id === r.document_id);
    const place = places.get(r.place_id || events.get(eventOf(t, r))?.place_id);
    if (place) box.append(el('p', 'Place: ' + place.name + ', ' + place.latitude + ' N, ' + place.longitude + ' E, precision ' + place.geo_precision + ' (coordinates from ' + place.coordinates_source + ', ' + place.coordinates_licence + ', not from the article).', { class: 'place' }));
    if (r.included_in) box.append(el('p', 'Part of ' + shortId(r.included_in) + ': total only the rows included in no other.', { class: 'hint' }));
    box.append(el('p', 'Code points ' + r.span_start + '–' + r.span_end + ' of “' + (doc ? doc.title : r.document_id) + '”.', { class: 'hint' }));
    const about = t === 'claims' ? claimsAbout(r.subject_id) : claimsAbout(id);
    box.append(el('h3', t === 'claims' ? 'All claims about the same subject' : 'Who asserts, confirms, reports or denies it'));
    const dl = el('dl', undefined, { class: 'claims' });
    for (const stance of ['asserts', 'confirms', 'reports', 'denies']) {
      const list = about.filter((c) => c.stance === stance);
      if (!list.length) continue;
      dl.append(el('dt', stance));
      for (const c of list) dl.append(el('dd', actors.get(c.actor_id)?.name + (c.statement_date ? ' (' + c.statement_date + ')' : '') + (c.attribution_basis === 'continuation' ? ', continuing its account' : '') + ': “' + quoteOf(c) + '”'));
    }
    box.append(about.length ? dl : el('p', 'No claim names this record.', { class: 'hint' }));
    for (const tr of $('table').tBodies[0].rows) tr.setAttribute('aria-selected', String(tr.dataset.id === id));
  };`;

const DOCUMENT_SCRIPT = `  const showTotals = (headline) => $('totals-list').replaceChildren(...headline.map(([label, n, quote]) => {
    const li = el('li');
    li.append(el('span', n, { class: 'count' }), document.createTextNode(' '), el('span', label, { class: 'label' }), el('q', quote));
    return li;
  }));
  const useDocument = (d) => {
    data = d;
    actors = new Map(d.actors.map((a) => [a.actor_id, a]));
    events = new Map(d.events.map((e) => [e.event_id, e]));
    places = new Map(d.places.map((p) => [p.place_id, p]));
    records = new Map();
    for (const t of ['casualties', 'damage', 'munitions', 'claims', 'event_actors', 'places', 'exclusions']) for (const r of d[t]) records.set(Object.values(r)[0], { table: t, r });
    claimsBy = new Map();
    for (const c of d.claims) {
      if (!claimsBy.has(c.subject_id)) claimsBy.set(c.subject_id, []);
      claimsBy.get(c.subject_id).push(c);
    }
    for (const s of Object.values(filters)) s.value = '';
    for (const s of [filters.event, filters.category, filters.actor]) s.replaceChildren(el('option', 'all', { value: '' }));
    options(filters.event, d.events.map((e) => [e.event_id, (e.event_kind === 'campaign' ? 'Whole bombardment' : e.when) + ' — ' + e.summary.slice(0, 40)]));
    options(filters.category, [...new Set([...d.damage.map((r) => r.object_category), ...d.munitions.map((r) => r.weapon_category)])].sort().map((c) => [c, c.replace(/_/g, ' ')]));
    options(filters.actor, d.actors.map((a) => [a.actor_id, a.name]));
    selected = null;
    rowPage = 0;
    $('detail').replaceChildren(el('h2', 'Source', { id: 'detail-title' }), el('p', 'Select a record to see the paragraph it was quoted from.', { class: 'hint' }));
    showTotals(d.headline);
    if (boot.documents > 1) $('records-heading').textContent = 'Records of “' + d.documents[0].title + '” (' + d.documents[0].document_id + ')';
    markTimeline();
    render();
  };`;

const WIRING_SCRIPT = `  for (const tab of document.querySelectorAll('[role=tab]')) {
    tab.addEventListener('click', () => {
      table = tab.dataset.table;
      rowPage = 0;
      for (const t of document.querySelectorAll('[role=tab]')) t.setAttribute('aria-selected', String(t === tab));
      render();
    });
  }
  for (const s of Object.values(filters)) s.addEventListener('change', () => { rowPage = 0; markTimeline(); render(); });
  $('f-clear').addEventListener('click', () => { for (const s of Object.values(filters)) s.value = ''; rowPage = 0; markTimeline(); render(); });
  $('rows-prev').addEventListener('click', () => { rowPage--; render(); });
  $('rows-next').addEventListener('click', () => { rowPage++; render(); });
  function markTimeline() { for (const g of document.querySelectorAll('svg [data-event]')) g.setAttribute('aria-pressed', String(g.dataset.event === filters.event.value)); }
  for (const g of document.querySelectorAll('svg [data-event]')) {
    const pick = async () => {
      const doc = g.dataset.document;
      if (doc && doc !== current) await selectDocument(doc);
      if (doc && doc !== current) return;
      filters.event.value = filters.event.value === g.dataset.event ? '' : g.dataset.event;
      rowPage = 0;
      markTimeline();
      render();
    };
    activate(g, pick);
  }`;

/**
 * The explorer page's script (plain browser JavaScript, inlined). It reads the page's small
 * boot JSON, loads the files of explorer/ as it needs them and builds the DOM with textContent;
 * no data is ever parsed as HTML, and nothing is fetched from outside the page's folder.
 */
export const EXPLORER_SCRIPT = `(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, attrs) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  };
${LOADER_SCRIPT}
${RECORDS_SCRIPT}
${RENDER_SCRIPT}
${DETAIL_SCRIPT}
${DOCUMENT_SCRIPT}
${WIRING_SCRIPT}
${START_SCRIPT}
})();`;
