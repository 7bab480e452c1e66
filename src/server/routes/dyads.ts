import type { Hono } from 'hono';
import { z } from 'zod';
import type { DyadSummary, VolumeRow } from '../../store/store.js';
import { DyadsQuery, SeriesQuery, limitOf, toFilter } from '../schemas.js';
import { parseQuery, parseValue, sendJsonBytes } from '../http.js';
import type { AppContext } from '../context.js';

/** A dyad with its cooperation share, ready to draw as an edge. */
export interface DyadEdge extends DyadSummary {
  /** (q1 + q2) / total: 1 all cooperation, 0 all conflict. */
  coop: number;
}

/** Counts per bucket, one array per QuadClass and per PLOVER type, aligned with `buckets`. */
export interface SeriesView {
  bucket: 'week' | 'month';
  buckets: string[];
  quadClass: { q1: number[]; q2: number[]; q3: number[]; q4: number[] };
  plover: Record<string, number[]>;
}

const DyadParams = z.object({
  a: z.string().regex(/^[A-Za-z]{2,12}$/),
  b: z.string().regex(/^[A-Za-z]{2,12}$/),
});

/** GET /api/dyads, /api/dyads/:a/:b/series, /api/series, /api/actors. */
export function registerDyads(app: Hono, ctx: AppContext): void {
  app.get('/api/dyads', async (c) => {
    const q = parseQuery(c, DyadsQuery);
    if (!q.ok) return q.response;
    const { limit, ...rest } = q.data;
    const filter = toFilter(rest);
    const n = limitOf(limit, 500, 20000);
    const body = await ctx.cache.json(`dyads|${n}|${JSON.stringify(filter)}`, async () => {
      const all = await ctx.store.dyads(filter);
      // Biggest dyads first: a network of thousands of hairline edges helps nobody.
      const items = all.sort((x, y) => y.total - x.total).slice(0, n).map(toEdge);
      return { items, totalDyads: all.length };
    });
    return sendJsonBytes(c, body);
  });

  app.get('/api/dyads/:a/:b/series', async (c) => {
    const p = parseValue(c, DyadParams, c.req.param());
    if (!p.ok) return p.response;
    const q = parseQuery(c, SeriesQuery);
    if (!q.ok) return q.response;
    const { bucket = 'week', dyad: _ignored, ...rest } = q.data;
    const filter = { ...toFilter(rest), dyad: [p.data.a.toUpperCase(), p.data.b.toUpperCase()] as [string, string] };
    const body = await ctx.cache.json(`dyadSeries|${bucket}|${JSON.stringify(filter)}`, async () => ({
      a: filter.dyad[0],
      b: filter.dyad[1],
      ...pivotSeries(await ctx.store.dyadSeries(filter, bucket), bucket),
    }));
    return sendJsonBytes(c, body);
  });

  app.get('/api/series', async (c) => {
    const q = parseQuery(c, SeriesQuery);
    if (!q.ok) return q.response;
    const { bucket = 'month', ...rest } = q.data;
    const filter = toFilter(rest);
    // Summed in the database: per-dyad rows would be tens of thousands at 100k events.
    const body = await ctx.cache.json(`series|${bucket}|${JSON.stringify(filter)}`, async () =>
      pivotSeries(await ctx.store.volumeSeries(filter, bucket), bucket),
    );
    return sendJsonBytes(c, body);
  });

  app.get('/api/actors', async (c) => {
    return sendJsonBytes(c, await ctx.cache.json('actors', async () => ({ items: await ctx.store.actors() })));
  });
}

/** Adds the cooperation share to a dyad summary. */
export function toEdge(d: DyadSummary): DyadEdge {
  return { ...d, coop: d.total ? (d.q1 + d.q2) / d.total : 0.5 };
}

/**
 * Pivots store rows into aligned arrays for a chart, filling empty buckets
 * between the first and the last with zeros so quiet weeks show as gaps.
 */
export function pivotSeries(rows: readonly VolumeRow[], bucket: 'week' | 'month'): SeriesView {
  const present = [...new Set(rows.map((r) => r.bucket))].sort();
  const buckets = fillBuckets(present, bucket);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const zeros = (): number[] => buckets.map(() => 0);
  const quadClass = { q1: zeros(), q2: zeros(), q3: zeros(), q4: zeros() };
  const plover: Record<string, number[]> = {};
  for (const r of rows) {
    const i = index.get(r.bucket);
    if (i === undefined) continue;
    const key = `q${r.quadClass}` as keyof typeof quadClass;
    if (quadClass[key]) quadClass[key][i]! += r.count;
    const type = r.plover ?? 'OTHER';
    (plover[type] ??= zeros())[i]! += r.count;
  }
  return { bucket, buckets, quadClass, plover };
}

/** Every bucket from the first to the last present one (at most 3000, oldest dropped). */
export function fillBuckets(present: readonly string[], bucket: 'week' | 'month'): string[] {
  if (present.length < 2) return [...present];
  const out: string[] = [];
  const last = present[present.length - 1]!;
  const d = new Date(`${present[0]}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return [...present];
  while (out.length < 100000) {
    const iso = d.toISOString().slice(0, 10);
    if (iso > last) break;
    out.push(iso);
    if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out.length > 3000 ? out.slice(out.length - 3000) : out;
}
