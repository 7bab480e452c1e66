/**
 * The whole view lives in the URL hash, so a link reloads to the same view:
 *   #/network?since=2025-01-01&code=072
 *   #/dyad/IRN/RUS?bucket=week&ev=<event id>
 *   #/article/<id>?ev=<event id>
 *   #/search?q=drones
 *   #/sources
 */

export type View =
  | { name: 'network' }
  | { name: 'dyad'; a: string; b: string }
  | { name: 'article'; id: string }
  | { name: 'search' }
  | { name: 'sources' };

/** Filters shared by every view. */
export interface Filters {
  since: string;
  until: string;
  code: string;
  weapon: string;
  /** Include hedged reports ("may", "reportedly"). */
  hedged: boolean;
  /** Include denials (modality negated). */
  denied: boolean;
}

export interface Route {
  view: View;
  filters: Filters;
  /** Event whose evidence drawer is open. */
  ev: string;
  q: string;
  bucket: 'week' | 'month';
}

export const DEFAULT_FILTERS: Filters = { since: '', until: '', code: '', weapon: '', hedged: true, denied: false };

/** Parses a location hash (with or without the leading #). */
export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = h.split('?', 2);
  const parts = pathPart.split('/').filter(Boolean).map(safeDecode);
  const p = new URLSearchParams(queryPart);
  const filters: Filters = {
    since: dateOr(p.get('since')),
    until: dateOr(p.get('until')),
    code: /^\d{2,4}$/.test(p.get('code') ?? '') ? p.get('code')! : '',
    weapon: /^[a-z_]{2,30}$/.test(p.get('weapon') ?? '') ? p.get('weapon')! : '',
    hedged: p.get('hedged') !== '0',
    denied: p.get('denied') === '1',
  };
  let view: View = { name: 'network' };
  if (parts[0] === 'dyad' && parts[1] && parts[2]) view = { name: 'dyad', a: parts[1].toUpperCase(), b: parts[2].toUpperCase() };
  else if (parts[0] === 'article' && parts[1]) view = { name: 'article', id: parts[1] };
  else if (parts[0] === 'search') view = { name: 'search' };
  else if (parts[0] === 'sources') view = { name: 'sources' };
  return { view, filters, ev: p.get('ev') ?? '', q: p.get('q') ?? '', bucket: p.get('bucket') === 'month' ? 'month' : 'week' };
}

/** The hash for a route; default values are left out to keep links short. */
export function formatRoute(r: Route): string {
  const v = r.view;
  const path =
    v.name === 'dyad' ? `/dyad/${enc(v.a)}/${enc(v.b)}` : v.name === 'article' ? `/article/${enc(v.id)}` : `/${v.name}`;
  const p = new URLSearchParams();
  const f = r.filters;
  if (f.since) p.set('since', f.since);
  if (f.until) p.set('until', f.until);
  if (f.code) p.set('code', f.code);
  if (f.weapon) p.set('weapon', f.weapon);
  if (!f.hedged) p.set('hedged', '0');
  if (f.denied) p.set('denied', '1');
  if (r.bucket !== 'week') p.set('bucket', r.bucket);
  if (r.q) p.set('q', r.q);
  if (r.ev) p.set('ev', r.ev);
  const qs = p.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/** Filters as API query parameters. */
export function filterQuery(f: Filters): Record<string, string | undefined> {
  return {
    since: f.since || undefined,
    until: f.until || undefined,
    code: f.code || undefined,
    weapon: f.weapon || undefined,
    hedged: f.hedged ? undefined : 'false',
    modality: f.denied ? undefined : 'actual,future,conditional',
  };
}

function dateOr(v: string | null): string {
  return v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : '';
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
