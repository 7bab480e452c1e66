import type { Hono } from 'hono';
import { z } from 'zod';
import { issue } from '../../core/errors.js';
import { createGuard, refuseSourceUrl } from '../../ingest/follow/guard.js';
import { healthOf } from '../../ingest/follow/backoff.js';
import { SourceInput, toSourceRecord } from '../../ingest/follow/sources-file.js';
import { errorBody, parseValue, sendError } from '../http.js';
import type { AppContext } from '../context.js';

const SourceIdParam = z.object({ id: z.string().min(1).max(64) });

/**
 * GET /api/sources (health of every followed source), GET
 * /api/sources/:id/log (its latest fetches) and POST /api/sources (add or
 * update a source; bearer token, and the URL must pass the SSRF guard).
 */
export function registerSources(app: Hono, ctx: AppContext): void {
  const guard = createGuard(ctx.config.follow.allowHosts);

  app.get('/api/sources', async (c) => {
    const items = (await ctx.store.sources()).map((s) => ({ ...s, health: healthOf(s) }));
    return c.json({ items });
  });

  app.get('/api/sources/:id/log', async (c) => {
    const p = parseValue(c, SourceIdParam, c.req.param());
    if (!p.ok) return p.response;
    if (!(await ctx.store.source(p.data.id))) return sendError(c, 404, 'E802', { detail: `no source with id ${p.data.id}` });
    return c.json({ items: await ctx.store.fetchLog(p.data.id, 50) });
  });

  app.post('/api/sources', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return sendError(c, 400, 'E801', { detail: 'body is not valid JSON' });
    }
    const p = parseValue(c, SourceInput, body);
    if (!p.ok) return p.response;
    const why = await refuseSourceUrl(guard, p.data.url);
    if (why) return c.json(errorBody(issue('E135', { url: p.data.url, detail: why })), 400);
    await ctx.store.upsertSource(toSourceRecord(p.data, 'api'));
    const source = (await ctx.store.source(p.data.id))!;
    return c.json({ source: { ...source, health: healthOf(source) } }, 201);
  });
}
