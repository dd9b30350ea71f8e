/** The explorer page's style: readable on a phone, visible focus, no external fonts. */
export const EXPLORER_STYLE = `:root { color-scheme: light; --ink: #111827; --muted: #4b5563; --line: #e5e7eb; --accent: #b91c1c; --mark: #fde68a; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink); background: #f9fafb; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
header h1 { margin: 16px 0 4px; font-size: 1.6rem; }
main { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 16px; }
main > section { grid-column: 1 / -1; }
#records { grid-column: 1; }
#detail { grid-column: 2; align-self: start; position: sticky; top: 8px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; }
@media (max-width: 800px) { main { grid-template-columns: minmax(0, 1fr); } #records, #detail { grid-column: 1; position: static; } }
h2 { font-size: 1.15rem; margin: 16px 0 8px; }
.hint { color: var(--muted); font-size: 0.9rem; margin: 4px 0; }
.totals { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.totals li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; flex: 1 1 220px; }
.totals .count { font-size: 1.6rem; font-weight: 700; color: var(--accent); }
.totals q { display: block; color: var(--muted); font-size: 0.85rem; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
svg { width: 100%; min-width: 640px; height: auto; }
svg [role=button] { cursor: pointer; }
svg [role=button]:focus { outline: none; }
svg [role=button]:focus text, svg [role=button]:hover text { text-decoration: underline; }
svg [aria-pressed=true] text { font-weight: 700; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; }
.filters label { display: flex; flex-direction: column; min-width: 0; max-width: 100%; font-size: 0.85rem; color: var(--muted); }
select { max-width: 100%; }
select, button { font: inherit; padding: 4px 8px; border: 1px solid #9ca3af; border-radius: 6px; background: #fff; color: var(--ink); min-height: 36px; }
.tabs { display: flex; flex-wrap: wrap; gap: 4px; margin: 12px 0 4px; }
.tabs [aria-selected=true] { background: var(--ink); color: #fff; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 0.9rem; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr { cursor: pointer; }
tbody tr:hover, tbody tr[aria-selected=true] { background: #fef3c7; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
mark { background: var(--mark); padding: 0 1px; }
blockquote { margin: 8px 0; padding: 8px 12px; border-left: 4px solid var(--accent); background: #fafafa; }
.claims dt { font-weight: 600; margin-top: 6px; text-transform: capitalize; }
.claims dd { margin: 0 0 0 12px; }
#documents .scroll { max-height: 22rem; overflow-y: auto; border: 1px solid var(--line); }
#documents thead th { position: sticky; top: 0; background: #fff; }
.pager { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.pager input { width: 6em; font: inherit; padding: 4px 8px; border: 1px solid #9ca3af; border-radius: 6px; min-height: 36px; }
button:disabled { color: #9ca3af; cursor: default; }
#status { color: var(--accent); font-weight: 600; }
footer { color: var(--muted); font-size: 0.85rem; padding-bottom: 24px; }`;
