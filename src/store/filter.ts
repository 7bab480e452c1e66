import type { EventFilter } from './store.js';

/** Collects bind parameters and hands out the driver's placeholder for each. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: 'sqlite' | 'postgres') {}
  /** Adds a value and returns its placeholder (? or $n). */
  add(value: unknown): string {
    this.values.push(value);
    return this.dialect === 'sqlite' ? '?' : `$${this.values.length}`;
  }
}

/** True when the filter restricts which events match (pagination fields aside). */
export function restrictsEvents(f: EventFilter): boolean {
  return eventConditions(f, new Params('sqlite')).length > 0;
}

/**
 * SQL conditions (joined by AND) over the events table aliased `e`, for
 * every EventFilter field except limit and cursor. Each condition is chosen
 * so an index can serve it: dyads use the stored sorted pair (dyad_a, dyad_b).
 */
export function eventConditions(f: EventFilter, p: Params): string[] {
  const c: string[] = [];
  if (f.dyad) {
    const [x, y] = f.dyad;
    if (f.directed) c.push(`e.source = ${p.add(x)} AND e.target = ${p.add(y)}`);
    else if (x === y) c.push(`e.source = ${p.add(x)} AND e.target = ${p.add(y)}`);
    else {
      const [a, b] = x < y ? [x, y] : [y, x];
      c.push(`e.dyad_a = ${p.add(a)} AND e.dyad_b = ${p.add(b)}`);
    }
  }
  // Codes are digit strings; a prefix range keeps the code index usable (LIKE would need escaping).
  if (f.code) c.push(`e.code >= ${p.add(f.code)} AND e.code < ${p.add(`${f.code}~`)}`);
  if (f.actor) c.push(`(e.source = ${p.add(f.actor)} OR e.target = ${p.add(f.actor)})`);
  if (f.source) c.push(`e.source = ${p.add(f.source)}`);
  if (f.target) c.push(`e.target = ${p.add(f.target)}`);
  if (f.since) c.push(`e.eff_date >= ${p.add(f.since)}`);
  // Inclusive of the whole unit written: until "2024-08" keeps 2024-08-31 (columns compare bytewise).
  if (f.until) c.push(`e.eff_date <= ${p.add(`${f.until}~`)}`);
  if (f.plover) c.push(`e.plover = ${p.add(f.plover)}`);
  if (f.quadClass !== undefined && f.quadClass !== null) c.push(`e.quad_class = ${p.add(f.quadClass)}`);
  if (f.weapon) c.push(`e.weapon = ${p.add(f.weapon)}`);
  if (f.modality && f.modality.length) c.push(`e.modality IN (${f.modality.map((m) => p.add(m)).join(', ')})`);
  if (f.includeHedged === false) c.push('NOT e.hedged');
  if (f.articleId) c.push(`e.article_id = ${p.add(f.articleId)}`);
  return c;
}

/** " WHERE a AND b" or "" for the conditions given. */
export function whereClause(conditions: string[]): string {
  return conditions.length ? ` WHERE ${conditions.map((x) => `(${x})`).join(' AND ')}` : '';
}
