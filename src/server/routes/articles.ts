import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { RawArticle } from '../../core/article.js';
import { MAX_LIMIT } from '../../store/store.js';
import { ArticleBody, ArticlesQuery, SearchQuery, limitOf } from '../schemas.js';
import { errorBody, parseQuery, parseValue, sendError } from '../http.js';
import type { AppContext } from '../context.js';
import { ingestRaw } from '../../pipeline/ingest.js';

const ArticleIdParam = z.object({ id: z.string().min(1).max(128) });

/** GET/POST /api/articles, GET /api/articles/:id, GET /api/search. */
export function registerArticles(app: Hono, ctx: AppContext): void {
  app.get('/api/articles', async (c) => {
    const q = parseQuery(c, ArticlesQuery);
    if (!q.ok) return q.response;
    const page = await ctx.store.articles(limitOf(q.data.limit, 50, MAX_LIMIT), q.data.cursor ?? null);
    return c.json({ items: page.items, nextCursor: page.nextCursor, endCursor: page.endCursor ?? null });
  });

  app.get('/api/articles/:id', async (c) => {
    const p = parseValue(c, ArticleIdParam, c.req.param());
    if (!p.ok) return p.response;
    const article = await ctx.store.article(p.data.id);
    if (!article) return sendError(c, 404, 'E802', { detail: `no article with id ${p.data.id}` });
    // One article rarely holds more than a few dozen events; the cap only guards odd inputs.
    const events = await ctx.store.events({ articleId: article.id, limit: MAX_LIMIT });
    return c.json({ article, events: events.items, moreEvents: events.nextCursor !== null });
  });

  app.post('/api/articles', (c) => ingestRoute(c, ctx));

  app.get('/api/search', async (c) => {
    const q = parseQuery(c, SearchQuery);
    if (!q.ok) return q.response;
    const items = await ctx.store.searchSentences(q.data.q, limitOf(q.data.limit, 50, 200));
    return c.json({ items });
  });
}

/** POST /api/articles: text/plain is the article text; JSON is {text, title?, url?, ...}. */
async function ingestRoute(c: Context, ctx: AppContext): Promise<Response> {
  const raw = await readArticle(c);
  if (!raw.ok) return raw.response;
  const pipeline = ctx.deps.pipeline;
  const ingest = ctx.deps.ingest ?? (pipeline ? (r: RawArticle) => ingestRaw(pipeline, ctx.store, r) : undefined);
  if (!ingest) return sendError(c, 501, 'E808', { detail: 'no ingest function was given to the server' });
  const result = await ingest(raw.data);
  if (!result.ok) {
    const first = result.issues[0] ?? { code: 'E808', message: 'ingestion failed' };
    return c.json(errorBody(first), 422);
  }
  // Wake the stream now rather than at the next poll, so dashboards update at once.
  ctx.hub.poke();
  return c.json({ result: result.value, warnings: result.warnings ?? [] }, 201);
}

type Read = { ok: true; data: RawArticle } | { ok: false; response: Response };

/** Reads the body as a RawArticle, by content type. */
async function readArticle(c: Context): Promise<Read> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/plain') {
    const text = await c.req.text();
    if (!text.trim()) return { ok: false, response: sendError(c, 400, 'E801', { detail: 'empty article text' }) };
    return { ok: true, data: { text, origin: 'http' } };
  }
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return { ok: false, response: sendError(c, 400, 'E801', { detail: 'body is not valid JSON' }) };
    }
    const p = parseValue(c, ArticleBody, body);
    if (!p.ok) return p;
    return { ok: true, data: { ...p.data, origin: 'http' } };
  }
  return { ok: false, response: sendError(c, 415, 'E811', { type: type || 'none' }) };
}
