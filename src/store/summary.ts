import type { DyadSummary, EventFilter, SeriesRow } from './store.js';
import type { Params } from './filter.js';
import { whereClause } from './filter.js';

/**
 * Summary tables behind the dashboard's aggregates (schema migration 3),
 * kept by triggers in the same transaction as the event rows they count:
 *
 * - dyad_totals: events per dyad, QuadClass, modality and hedged, with the
 *   first and last effective date. A few thousand rows at a million events,
 *   so the dyad list never reads the events table.
 * - dyad_weekly, dyad_monthly: events per dyad, week (month), QuadClass,
 *   PLOVER type, modality and hedged. One dyad's timeline reads a few
 *   thousand rows, already in bucket order.
 *
 * A missing PLOVER type is stored as '' (a NULL in a key would never conflict).
 * A filter the tables cannot answer exactly (dates, codes, weapons, a
 * direction...) is answered from the events table as before.
 */

const TOTALS_KEY = ['dyad_a', 'dyad_b', 'quad_class', 'modality', 'hedged'] as const;

/** A timeline table: counts per dyad and bucket, keyed so one dyad's rows stream in bucket order (no sort). */
interface SeriesTable {
  table: 'dyad_weekly' | 'dyad_monthly';
  bucket: 'week' | 'month';
  /** The events column it counts by; events without it are not in the table (nor in the timeline). */
  source: 'eff_week' | 'eff_month';
}
const SERIES_TABLES: readonly SeriesTable[] = [
  { table: 'dyad_weekly', bucket: 'week', source: 'eff_week' },
  { table: 'dyad_monthly', bucket: 'month', source: 'eff_month' },
];
const seriesKey = (t: SeriesTable) => ['dyad_a', 'dyad_b', t.bucket, 'quad_class', 'plover', 'modality', 'hedged'];

/** Conditions over a summary table for `f`, or null when the table cannot answer it exactly. */
export function summaryConditions(f: EventFilter, p: Params, table: 'totals' | 'series'): string[] | null {
  const exact: (keyof EventFilter)[] = ['dyad', 'actor', 'quadClass', 'modality', 'includeHedged', 'limit', 'cursor'];
  if (table === 'series') exact.push('plover');
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== null && !exact.includes(k as keyof EventFilter)) return null;
  const c: string[] = [];
  if (f.dyad) {
    if (f.directed) return null;
    const [x, y] = f.dyad;
    const [a, b] = x < y ? [x, y] : [y, x];
    c.push(`dyad_a = ${p.add(a)} AND dyad_b = ${p.add(b)}`);
  }
  if (f.actor) c.push(`(dyad_a = ${p.add(f.actor)} OR dyad_b = ${p.add(f.actor)})`);
  if (f.quadClass !== undefined && f.quadClass !== null) c.push(`quad_class = ${p.add(f.quadClass)}`);
  if (f.plover) c.push(`plover = ${p.add(f.plover)}`);
  if (f.modality && f.modality.length) c.push(`modality IN (${f.modality.map((m) => p.add(m)).join(', ')})`);
  if (f.includeHedged === false) c.push('NOT hedged');
  return c;
}

/** The dyad list from dyad_totals; same rows and order as the events query. */
export function totalsSql(conditions: string[]): string {
  const q = (n: number) => `coalesce(sum(n) FILTER (WHERE quad_class = ${n}), 0) AS q${n}`;
  return `SELECT dyad_a AS a, dyad_b AS b, sum(n) AS total, ${[1, 2, 3, 4].map(q).join(', ')},
    min(first) AS first, max(last) AS last FROM dyad_totals${whereClause(conditions)}
    GROUP BY dyad_a, dyad_b ORDER BY total DESC, a, b`;
}

/** Dyad timelines from dyad_weekly or dyad_monthly; same rows and order as the events query. */
export function seriesSql(conditions: string[], bucket: 'week' | 'month'): string {
  return `SELECT ${bucket} AS bucket, dyad_a AS a, dyad_b AS b, quad_class AS "quadClass",
    CASE WHEN plover = '' THEN NULL ELSE plover END AS plover, sum(n) AS count
    FROM dyad_${bucket}ly${whereClause(conditions)}
    GROUP BY ${bucket}, dyad_a, dyad_b, quad_class, plover ORDER BY bucket, a, b, "quadClass", 5`;
}

/** Rows of both tables come back as numbers from either driver. */
export function numericTotals(rows: DyadSummary[]): DyadSummary[] {
  return rows.map((r) => ({ ...r, total: Number(r.total), q1: Number(r.q1), q2: Number(r.q2), q3: Number(r.q3), q4: Number(r.q4) }));
}

/** See numericTotals. */
export function numericSeries(rows: SeriesRow[]): SeriesRow[] {
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

const TOTALS_TABLE = (hedged: string) => `
CREATE TABLE dyad_totals (
  dyad_a TEXT NOT NULL, dyad_b TEXT NOT NULL, quad_class INTEGER NOT NULL, modality TEXT NOT NULL, hedged ${hedged} NOT NULL,
  n INTEGER NOT NULL, first TEXT, last TEXT,
  PRIMARY KEY (${TOTALS_KEY.join(', ')})
)`;
const SERIES_TABLE = (t: SeriesTable, hedged: string) => `
CREATE TABLE ${t.table} (
  dyad_a TEXT NOT NULL, dyad_b TEXT NOT NULL, ${t.bucket} TEXT NOT NULL, quad_class INTEGER NOT NULL,
  plover TEXT NOT NULL, modality TEXT NOT NULL, hedged ${hedged} NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (${seriesKey(t).join(', ')})
)`;

/** Key expressions of an events row `r` (a table alias, NEW or OLD) in summary-key order. */
const totalsKeyOf = (r: string) => `${r}.dyad_a, ${r}.dyad_b, ${r}.quad_class, ${r}.modality, ${r}.hedged`;
const seriesKeyOf = (t: SeriesTable, r: string) =>
  `${r}.dyad_a, ${r}.dyad_b, ${r}.${t.source}, ${r}.quad_class, coalesce(${r}.plover, ''), ${r}.modality, ${r}.hedged`;
/**
 * History (migration 5) is no current count: with `h`, dyad_totals leaves events flagged history out;
 * the timelines keep them, placed at their own date.
 */
const current = (r: string, h: boolean) => (h ? ` AND NOT ${r}.history` : '');
/** The backfill (and the PostgreSQL statement triggers) aggregate an events relation `src`. */
const totalsFrom = (src: string, h = false) =>
  `SELECT ${totalsKeyOf('e')}, count(*), min(e.eff_date), max(e.eff_date) FROM ${src} e WHERE e.dyad_a IS NOT NULL${current('e', h)} GROUP BY ${totalsKeyOf('e')}`;
const seriesFrom = (t: SeriesTable, src: string) =>
  `SELECT ${seriesKeyOf(t, 'e')}, count(*) FROM ${src} e WHERE e.dyad_a IS NOT NULL AND e.${t.source} IS NOT NULL GROUP BY ${seriesKeyOf(t, 'e')}`;
/** first/last of one totals key, recomputed from the events (after a delete); the covering index of migration 2 serves it. */
const rangeOf = (agg: 'min' | 'max', r: string, h = false) =>
  `(SELECT ${agg}(x.eff_date) FROM events x WHERE x.dyad_a IS NOT NULL AND x.dyad_a = ${r}.dyad_a AND x.dyad_b = ${r}.dyad_b
     AND x.quad_class = ${r}.quad_class AND x.modality = ${r}.modality AND x.hedged = ${r}.hedged${current('x', h)})`;
const matchTotals = (r: string) => TOTALS_KEY.map((k) => `dyad_totals.${k} = ${r}.${k}`).join(' AND ');

/** SQLite: per-row triggers (the statement's rows are not visible as a table). */
function sqliteTriggerBody(op: 'add' | 'remove', r: 'NEW' | 'OLD', h = false): string {
  if (op === 'add') {
    return `
  INSERT INTO dyad_totals SELECT ${totalsKeyOf(r)}, 1, ${r}.eff_date, ${r}.eff_date WHERE true${current(r, h)}
    ON CONFLICT DO UPDATE SET n = n + 1,
      first = CASE WHEN first IS NULL OR excluded.first < first THEN excluded.first ELSE first END,
      last = CASE WHEN last IS NULL OR excluded.last > last THEN excluded.last ELSE last END;
${SERIES_TABLES.map((t) => `
  INSERT INTO ${t.table} SELECT ${seriesKeyOf(t, r)}, 1 WHERE ${r}.${t.source} IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;`).join('')}`;
  }
  const seriesMatch = (t: SeriesTable) => `(${seriesKey(t).join(', ')}) = (${seriesKeyOf(t, r)})`;
  return `
  UPDATE dyad_totals SET n = n - 1, first = ${rangeOf('min', r, h)}, last = ${rangeOf('max', r, h)} WHERE ${matchTotals(r)}${current(r, h)};
  DELETE FROM dyad_totals WHERE ${matchTotals(r)} AND n <= 0;${SERIES_TABLES.map((t) => `
  UPDATE ${t.table} SET n = n - 1 WHERE ${seriesMatch(t)};
  DELETE FROM ${t.table} WHERE ${seriesMatch(t)} AND n <= 0;`).join('')}`;
}

const KEY_COLUMNS = 'dyad_a, dyad_b, quad_class, modality, hedged, eff_date, eff_week, eff_month, plover';
/** With history (migration 5), a change of the flag moves an event in or out of dyad_totals. */
const keyColumns = (h: boolean) => (h ? `${KEY_COLUMNS}, history` : KEY_COLUMNS);

/** Migration 3 for SQLite: tables, backfill from existing events, triggers. */
export function sqliteSummaryMigration(): string {
  return `${TOTALS_TABLE('INTEGER')} WITHOUT ROWID;
${SERIES_TABLES.map((t) => `${SERIES_TABLE(t, 'INTEGER')} WITHOUT ROWID;`).join('\n')}
INSERT INTO dyad_totals ${totalsFrom('events')};
${SERIES_TABLES.map((t) => `INSERT INTO ${t.table} ${seriesFrom(t, 'events')};`).join('\n')}
${sqliteTriggers(false)}`;
}

/**
 * The four SQLite summary triggers. `h`: dyad_totals leaves history out
 * (migration 5); `firstReports`: only first reports of a story count
 * (migration 4), so report_of is a column whose update moves a row.
 */
function sqliteTriggers(h: boolean, firstReports = false): string {
  const when = (r: 'NEW' | 'OLD') => `${r}.dyad_a IS NOT NULL${firstReports ? ` AND ${r}.report_of IS NULL` : ''}`;
  const cols = firstReports ? `${keyColumns(h)}, report_of` : keyColumns(h);
  return `CREATE TRIGGER events_summary_insert AFTER INSERT ON events WHEN ${when('NEW')} BEGIN${sqliteTriggerBody('add', 'NEW', h)}
END;
CREATE TRIGGER events_summary_delete AFTER DELETE ON events WHEN ${when('OLD')} BEGIN${sqliteTriggerBody('remove', 'OLD', h)}
END;
CREATE TRIGGER events_summary_update_old AFTER UPDATE OF ${cols} ON events WHEN ${when('OLD')} BEGIN${sqliteTriggerBody('remove', 'OLD', h)}
END;
CREATE TRIGGER events_summary_update_new AFTER UPDATE OF ${cols} ON events WHEN ${when('NEW')} BEGIN${sqliteTriggerBody('add', 'NEW', h)}
END;
`;
}

const HISTORY_COLUMN_INDEX = `
DROP INDEX events_dyad_agg;
CREATE INDEX events_dyad_agg ON events(dyad_a, dyad_b, history, quad_class, modality, hedged, eff_date, code, weapon, report_of)
  WHERE dyad_a IS NOT NULL;`;

/**
 * Migration 5 for SQLite: the history flag; the summary triggers rebuilt so
 * dyad_totals skips history as well as copies of a story (migration 4).
 */
export function sqliteHistoryMigration(): string {
  return `ALTER TABLE events ADD COLUMN history INTEGER NOT NULL DEFAULT 0 CHECK (history IN (0, 1));${HISTORY_COLUMN_INDEX}
${sqliteFirstReportTriggers(true)}`;
}

/** PostgreSQL: statement triggers over transition tables, one aggregated upsert per statement. */
function pgAdd(src: string, h = false): string {
  return `
  INSERT INTO dyad_totals AS t ${totalsFrom(src, h)}
    ON CONFLICT (${TOTALS_KEY.join(', ')}) DO UPDATE SET n = t.n + excluded.n,
      first = LEAST(t.first, excluded.first), last = GREATEST(t.last, excluded.last);
${SERIES_TABLES.map((t) => `
  INSERT INTO ${t.table} AS t ${seriesFrom(t, src)}
    ON CONFLICT (${seriesKey(t).join(', ')}) DO UPDATE SET n = t.n + excluded.n;`).join('')}`;
}

function pgRemove(src: string, h = false): string {
  const k = TOTALS_KEY.join(', ');
  return `
  UPDATE dyad_totals SET n = dyad_totals.n - g.n FROM (SELECT ${totalsKeyOf('e')}, count(*) AS n FROM ${src} e
    WHERE e.dyad_a IS NOT NULL${current('e', h)} GROUP BY ${totalsKeyOf('e')}) g WHERE ${matchTotals('g')};
  DELETE FROM dyad_totals WHERE n <= 0 AND (${k}) IN (SELECT ${totalsKeyOf('e')} FROM ${src} e WHERE e.dyad_a IS NOT NULL);
  UPDATE dyad_totals SET first = ${rangeOf('min', 'dyad_totals', h)}, last = ${rangeOf('max', 'dyad_totals', h)}
    WHERE (${k}) IN (SELECT ${totalsKeyOf('e')} FROM ${src} e WHERE e.dyad_a IS NOT NULL);
${SERIES_TABLES.map((t) => {
    const key = seriesKey(t);
    const rows = `SELECT ${seriesKeyOf(t, 'e')} FROM ${src} e WHERE e.dyad_a IS NOT NULL AND e.${t.source} IS NOT NULL`;
    return `
  UPDATE ${t.table} SET n = ${t.table}.n - g.n FROM (SELECT ${seriesKeyOf(t, 'e')}, count(*) AS n FROM ${src} e
    WHERE e.dyad_a IS NOT NULL AND e.${t.source} IS NOT NULL GROUP BY ${seriesKeyOf(t, 'e')}) AS g(${key.join(', ')}, n)
    WHERE (${key.map((c) => `${t.table}.${c}`).join(', ')}) = (${key.map((c) => `g.${c}`).join(', ')});
  DELETE FROM ${t.table} WHERE n <= 0 AND (${key.join(', ')}) IN (${rows});`;
  }).join('')}`;
}

/** Rows of an UPDATE whose summary key changed: only those move between summary rows (saveClaims' claim_id updates do not). */
const CHANGED = (side: 'old_rows' | 'new_rows') =>
  `(SELECT ${side === 'old_rows' ? 'o' : 'n'}.* FROM old_rows o JOIN new_rows n ON n.seq = o.seq
    WHERE (${KEY_COLUMNS.split(', ').map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${KEY_COLUMNS.split(', ').map((c) => `n.${c}`).join(', ')}))`;

/** Migration 3 for PostgreSQL: tables, backfill from existing events, statement triggers. */
const pgFn = (name: string, body: string, replace = false) => `
CREATE ${replace ? 'OR REPLACE ' : ''}FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN${body}
  RETURN NULL;
END $$;`;

/** Migration 5 for PostgreSQL: the history flag; the summary functions replaced so dyad_totals skips history and copies. */
export function pgHistoryMigration(): string {
  return `ALTER TABLE events ADD COLUMN history BOOLEAN NOT NULL DEFAULT FALSE;${HISTORY_COLUMN_INDEX}
${pgFirstReportFunctions(true)}`;
}

export function pgSummaryMigration(): string {
  const fn = (name: string, body: string) => pgFn(name, body);
  return `${TOTALS_TABLE('BOOLEAN')};
${SERIES_TABLES.map((t) => `${SERIES_TABLE(t, 'BOOLEAN')};`).join('\n')}
INSERT INTO dyad_totals ${totalsFrom('events')};
${SERIES_TABLES.map((t) => `INSERT INTO ${t.table} ${seriesFrom(t, 'events')};`).join('\n')}
${fn('summary_insert', pgAdd('new_rows'))}
${fn('summary_delete', pgRemove('old_rows'))}
${fn('summary_update', pgRemove(CHANGED('old_rows')) + pgAdd(CHANGED('new_rows')))}
-- Fresh statistics after the backfill, or the planner guesses a handful of rows.
ANALYZE dyad_totals;
${SERIES_TABLES.map((t) => `ANALYZE ${t.table};`).join('\n')}
CREATE TRIGGER events_summary_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_insert();
CREATE TRIGGER events_summary_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_delete();
CREATE TRIGGER events_summary_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_update();
`;
}

/**
 * Migration 4 (stories), SQLite: the summary triggers again, counting first
 * reports only. A copy's event gets report_of after it is inserted (when its
 * article is filed into a story), which moves it out of the counts; report_of
 * is therefore one of the columns whose update moves a row.
 */
export function sqliteFirstReportTriggers(h = false): string {
  return `
DROP TRIGGER events_summary_insert;
DROP TRIGGER events_summary_delete;
DROP TRIGGER events_summary_update_old;
DROP TRIGGER events_summary_update_new;
${sqliteTriggers(h, true)}`;
}

/** Migration 4 (stories), PostgreSQL: the summary functions again over first reports only (see sqliteFirstReportTriggers). */
export function pgFirstReportFunctions(h = false): string {
  const cols = `${keyColumns(h)}, report_of`.split(', ');
  const changed = (side: 'o' | 'n') =>
    `(SELECT ${side}.* FROM old_rows o JOIN new_rows n ON n.seq = o.seq
      WHERE ${side}.report_of IS NULL AND (${cols.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${cols.map((c) => `n.${c}`).join(', ')}))`;
  const firstOf = (rel: string) => `(SELECT * FROM ${rel} WHERE report_of IS NULL)`;
  return `${pgFn('summary_insert', pgAdd(firstOf('new_rows'), h), true)}
${pgFn('summary_delete', pgRemove(firstOf('old_rows'), h), true)}
${pgFn('summary_update', pgRemove(changed('o'), h) + pgAdd(changed('n'), h), true)}
`;
}
