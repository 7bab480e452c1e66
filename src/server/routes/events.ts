import type { Hono } from 'hono';
import { z } from 'zod';
import type { CodedEvent } from '../../core/event.js';
import type { Span } from '../../core/span.js';
import type { Evidence } from '../../store/store.js';
import { EventsQuery, toFilter } from '../schemas.js';
import { parseQuery, parseValue, sendError, sendJsonBytes } from '../http.js';
import type { AppContext } from '../context.js';
import { storyReport } from '../../stories/report.js';

/** What a highlight marks in the evidence sentence. */
export type HighlightKind = 'source' | 'target' | 'trigger' | 'weapon' | 'quantity' | 'cue';

/**
 * A stretch of the sentence to highlight, with offsets relative to the
 * sentence text so a client can split it into text nodes without ever
 * parsing markup.
 */
export interface Highlight {
  kind: HighlightKind;
  start: number;
  end: number;
}

export const EventIdParam = z.object({ id: z.string().min(1).max(128) });

/** GET /api/events and GET /api/events/:id. */
export function registerEvents(app: Hono, ctx: AppContext): void {
  app.get('/api/events', async (c) => {
    const q = parseQuery(c, EventsQuery);
    if (!q.ok) return q.response;
    const filter = toFilter(q.data);
    // The normalized filter (cursor and limit included) is the whole key: same filter, same page.
    const body = await ctx.cache.json(`events|${JSON.stringify(filter)}`, async () => {
      const page = await ctx.store.events(filter);
      return { items: page.items, nextCursor: page.nextCursor, endCursor: page.endCursor ?? null };
    });
    return sendJsonBytes(c, body);
  });

  app.get('/api/events/:id', async (c) => {
    const p = parseValue(c, EventIdParam, c.req.param());
    if (!p.ok) return p.response;
    const evidence = await ctx.store.evidence(p.data.id);
    if (!evidence) return sendError(c, 404, 'E802', { detail: `no event with id ${p.data.id}` });
    // Every outlet that ran the event, each copy with its own attribution chain.
    return c.json({ ...evidenceView(evidence), story: await storyReport(ctx.store, evidence.event) });
  });
}

/** The event, its sentence and article, and the highlights to draw. */
export function evidenceView(ev: Evidence): {
  event: CodedEvent;
  article: Evidence['article'];
  sentence: Evidence['sentence'];
  mentions: Evidence['mentions'];
  highlights: Highlight[];
} {
  return {
    event: ev.event,
    article: ev.article,
    sentence: ev.sentence,
    mentions: ev.mentions,
    highlights: highlightsOf(ev.event, ev.sentence),
  };
}

/** Event spans clipped to the sentence and shifted to sentence-relative offsets. */
export function highlightsOf(e: CodedEvent, sentence: Span): Highlight[] {
  const spans: [HighlightKind, Span | null][] = [
    ['source', e.sourceSpan],
    ['target', e.targetSpan],
    ['trigger', e.trigger],
    ['weapon', e.weaponSpan],
    ['quantity', e.quantitySpan],
    ...e.cueSpans.map((s): [HighlightKind, Span] => ['cue', s]),
  ];
  const out: Highlight[] = [];
  for (const [kind, span] of spans) {
    if (!span) continue;
    // A span outside the sentence (e.g. a source resolved from an earlier sentence) is not drawn here.
    const start = Math.max(span.start, sentence.start) - sentence.start;
    const end = Math.min(span.end, sentence.end) - sentence.start;
    if (end > start) out.push({ kind, start, end });
  }
  return out;
}
