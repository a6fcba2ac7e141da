// The server tests' events: seeded rows of our CSV columns, and the same events as the
// protocol's reference reads them (their instants worked out in JS, as the element's are).
export const DAY = 86_400_000;
export const COUNTRIES = ['ML', 'BF', 'CF', 'NE', 'TD', 'RU'];
export const CATEGORIES = ['military', 'politics', 'protest', 'violence'];

/** Seeded rows of our CSV columns: points and spans, days and months, some long, some without a country. */
export function rows(n) {
  let seed = 35;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = Date.UTC(2000, 0, 1) + Math.floor(random() * 20 * 365) * DAY;
    const day = new Date(t).toISOString().slice(0, 10);
    const month = day.slice(0, 7);
    const start = random() < 0.2 ? month : day;
    const long = random() < 0.01 ? 400 : random() < 0.2 ? Math.floor(random() * 30) : 0;
    const end = long > 0 ? new Date(t + long * DAY).toISOString().slice(0, 10) : '';
    const country = random() < 0.1 ? '' : COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    out.push({ id: `e${String(i).padStart(6, '0')}`, title: `Event ${i} ${i % 7 === 0 ? 'Attack' : 'Meeting'}`, start, end, category: CATEGORIES[i % CATEGORIES.length], country });
  }
  return out;
}

/** The same events as the reference reads them: instants worked out in JS, as the element's dates do. */
export function instants(r) {
  const first = (s) => Date.parse(s.length === 4 ? `${s}-01-01T00:00Z` : s.length === 7 ? `${s}-01T00:00Z` : `${s}T00:00Z`);
  const after = (s) => {
    const d = new Date(first(s));
    if (s.length === 7) d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + 1);
    return d.getTime();
  };
  const e = { id: r.id, title: r.title, start: r.start, category: r.category, startMs: first(r.start), endMs: after(r.end || r.start) };
  if (r.end) e.end = r.end;
  if (r.country) e.country = r.country;
  return e;
}

export const csv = (list) => ['id,title,start,end,category,country', ...list.map((r) => [r.id, r.title, r.start, r.end, r.category, r.country].join(','))].join('\n');
