/**
 * The part of the page's script that loads explorer/ files and shows the list of documents
 * (plain browser JavaScript, inlined in one function with the records part). A file is loaded
 * as a classic script that calls explorerLoaded with its name and data: the page works from
 * disk, where fetch() is refused. Only a few files are kept at a time, whatever the corpus.
 */
export const LOADER_SCRIPT = `  const boot = JSON.parse($('boot').textContent);
  const loaded = new Map();
  const pending = new Map();
  window.explorerLoaded = (name, payload) => { loaded.set(name, payload); };
  const forget = () => { while (loaded.size > 12) loaded.delete(loaded.keys().next().value); };
  const load = (name) => {
    if (loaded.has(name)) return Promise.resolve(loaded.get(name));
    if (!pending.has(name)) pending.set(name, new Promise((resolve, reject) => {
      const s = el('script', undefined, { src: name, charset: 'utf-8' });
      const done = () => { s.remove(); pending.delete(name); };
      s.addEventListener('load', () => { done(); if (loaded.has(name)) { resolve(loaded.get(name)); forget(); } else reject(new Error(name + ' holds no data of this page')); });
      s.addEventListener('error', () => { done(); reject(new Error(name + ' could not be loaded: keep the explorer folder beside this page')); });
      document.head.append(s);
    }));
    return pending.get(name);
  };
  const status = (text) => { $('status').textContent = text; $('status').hidden = !text; };
  const activate = (item, action) => {
    item.addEventListener('click', action);
    item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); action(); } });
  };
  const number = (n) => Number(n).toLocaleString('en-US');
  let current = null;
  let listSeq = 0;
  let shown = 0;
  const showDocuments = async (n) => {
    const token = ++listSeq;
    const page = Math.min(Math.max(1, Math.floor(Number(n)) || 1), boot.pages);
    $('doc-page').value = String(page);
    // a page already shown is left as it is: a click on one of its rows must find the row
    if (page === shown) return;
    let list;
    try { list = await load('explorer/documents-' + page + '.js'); } catch (e) { if (token === listSeq) { $('doc-page').value = String(shown || 1); status(e.message); } return; }
    if (token !== listSeq) return;
    shown = page;
    const body = $('doc-table').tBodies[0];
    body.replaceChildren();
    list.documents.forEach((d, i) => {
      const tr = el('tr', undefined, { tabindex: '0', 'data-id': d.document_id, 'aria-selected': String(d.document_id === current) });
      tr.append(el('td', number(list.first + i)), el('td', d.document_id), el('td', d.title), el('td', d.publisher));
      for (const t of ['events', 'casualties', 'damage', 'munitions', 'claims']) tr.append(el('td', number(d.rows[t])));
      activate(tr, () => selectDocument(d.document_id));
      body.append(tr);
    });
    $('doc-range').textContent = 'Documents ' + number(list.first) + '–' + number(list.first + list.documents.length - 1) + ' of ' + number(boot.documents) + ' (page ' + page + ' of ' + boot.pages + ')';
    $('doc-prev').disabled = page <= 1;
    $('doc-next').disabled = page >= boot.pages;
  };
  let docSeq = 0;
  const selectDocument = async (id) => {
    const token = ++docSeq;
    let payload;
    try { payload = await load('explorer/' + id + '.js'); } catch (e) { if (token === docSeq) status(e.message); return; }
    if (token !== docSeq) return;
    status('');
    current = id;
    useDocument(payload);
    for (const tr of $('doc-table').tBodies[0].rows) tr.setAttribute('aria-selected', String(tr.dataset.id === id));
  };
  $('doc-prev').addEventListener('click', () => showDocuments(shown - 1));
  $('doc-next').addEventListener('click', () => showDocuments(shown + 1));
  $('doc-page').addEventListener('change', () => showDocuments($('doc-page').value));`;

/** The page's first steps: the list of documents when there are several, and the first document. */
export const START_SCRIPT = `  if (boot.documents > 1) showDocuments(1);
  if (boot.first) selectDocument(boot.first);`;
