import { z } from 'zod';
import {
  ArticleBody, ArticlesQuery, ClaimsQuery, DyadsQuery, EventsQuery, SearchQuery, SeriesQuery, StreamQuery, TransfersQuery,
} from './schemas.js';
import { SourceInput } from '../ingest/follow/sources-file.js';

/**
 * The OpenAPI 3.0 document, generated from the same zod schemas that
 * validate requests (so the document cannot drift from the checks), plus
 * loose response shapes: they name the fields clients rely on and allow more.
 */

const nullableString = z.string().nullable();

const components = {
  Error: z.object({ error: z.object({ code: z.string().describe('E8xx catalogue code'), message: z.string() }) }),
  Span: z.object({ start: z.number().int(), end: z.number().int() }),
  Event: z.looseObject({
    id: z.string(), articleId: z.string(), sentence: z.number().int(), code: z.string(), plover: nullableString,
    quadClass: z.number().int(), source: nullableString, target: nullableString, modality: z.string(), hedged: z.boolean(),
    claimant: nullableString, date: nullableString, weapon: nullableString, system: nullableString, stage: nullableString,
    rules: z.array(z.string()), dictVersion: z.string(),
  }),
  EventPage: z.object({ items: z.array(z.looseObject({ id: z.string() })), nextCursor: nullableString, endCursor: nullableString }),
  Evidence: z.looseObject({
    event: z.looseObject({ id: z.string() }),
    article: z.looseObject({ id: z.string() }),
    sentence: z.looseObject({ text: z.string(), start: z.number().int(), end: z.number().int() }),
    highlights: z.array(z.object({ kind: z.string(), start: z.number().int(), end: z.number().int() })),
  }),
  Dyads: z.object({
    items: z.array(z.looseObject({ a: z.string(), b: z.string(), total: z.number(), coop: z.number() })),
    totalDyads: z.number().int(),
  }),
  Series: z.looseObject({ bucket: z.string(), buckets: z.array(z.string()), quadClass: z.record(z.string(), z.array(z.number())) }),
  List: z.object({ items: z.array(z.looseObject({})) }),
  ArticlePage: z.object({ items: z.array(z.looseObject({ id: z.string() })), nextCursor: nullableString, endCursor: nullableString }),
  ArticleWithEvents: z.object({ article: z.looseObject({ id: z.string(), text: z.string() }), events: z.array(z.looseObject({})), moreEvents: z.boolean() }),
  Transfers: z.object({ items: z.array(z.looseObject({})), truncated: z.boolean() }),
  Stats: z.looseObject({ articles: z.number().int(), sentences: z.number().int(), events: z.number().int(), claims: z.number().int(), store: z.string() }),
  Ingested: z.object({ result: z.unknown(), warnings: z.array(z.looseObject({})) }),
  ArticleBody,
  SourceBody: SourceInput,
  Sources: z.object({
    items: z.array(z.looseObject({ id: z.string(), url: z.string(), kind: z.string(), health: z.string(), lastSuccess: nullableString, lastError: nullableString, itemsToday: z.number().int() })),
  }),
  Source: z.object({ source: z.looseObject({ id: z.string(), url: z.string(), health: z.string() }) }),
};

type ComponentName = keyof typeof components;

interface Route {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathParams?: string[];
  body?: ComponentName;
  ok: ComponentName | 'stream';
  okStatus?: string;
  auth?: boolean;
}

const ROUTES: Route[] = [
  { method: 'get', path: '/api/events', summary: 'Coded events matching the filters, oldest first, one page at a time.', query: EventsQuery, ok: 'EventPage' },
  { method: 'get', path: '/api/events/{id}', summary: 'One event with its sentence, article, mentions and highlight offsets.', pathParams: ['id'], ok: 'Evidence' },
  { method: 'get', path: '/api/dyads', summary: 'Event counts per dyad by QuadClass, biggest first.', query: DyadsQuery, ok: 'Dyads' },
  { method: 'get', path: '/api/dyads/{a}/{b}/series', summary: 'Timeline of one dyad by QuadClass and PLOVER type.', pathParams: ['a', 'b'], query: SeriesQuery, ok: 'Series' },
  { method: 'get', path: '/api/series', summary: 'Timeline of every event matching the filters (for the date brush).', query: SeriesQuery, ok: 'Series' },
  { method: 'get', path: '/api/actors', summary: 'State-level actors with their counts as source and target.', ok: 'List' },
  { method: 'get', path: '/api/claims', summary: 'Claims with everyone who asserted or denied them, in date order.', query: ClaimsQuery, ok: 'List' },
  { method: 'get', path: '/api/transfers', summary: 'Arms transfers (072, 0232) grouped by directed dyad and system.', query: TransfersQuery, ok: 'Transfers' },
  { method: 'get', path: '/api/articles', summary: 'Articles in ingestion order (without their text).', query: ArticlesQuery, ok: 'ArticlePage' },
  { method: 'get', path: '/api/articles/{id}', summary: 'One article with its text and events.', pathParams: ['id'], ok: 'ArticleWithEvents' },
  { method: 'post', path: '/api/articles', summary: 'Ingest one article (text/plain or JSON). Requires the bearer token.', body: 'ArticleBody', ok: 'Ingested', okStatus: '201', auth: true },
  { method: 'get', path: '/api/search', summary: 'Full-text search over sentences.', query: SearchQuery, ok: 'List' },
  { method: 'get', path: '/api/stats', summary: 'Counts of articles, sentences, events and claims; the store kind.', ok: 'Stats' },
  { method: 'get', path: '/api/sources', summary: 'Followed sources with their health: last success, last error, items today.', ok: 'Sources' },
  { method: 'get', path: '/api/sources/{id}/log', summary: 'The latest fetches of one source, newest first.', pathParams: ['id'], ok: 'List' },
  { method: 'post', path: '/api/sources', summary: 'Add or update a followed source (JSON). Its URL must pass the SSRF guard. Requires the bearer token.', body: 'SourceBody', ok: 'Source', okStatus: '201', auth: true },
  { method: 'get', path: '/api/stream', summary: 'Server-sent events: one "coded" message per newly stored event.', query: StreamQuery, ok: 'stream' },
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonOf = (name: string) => ({ 'application/json': { schema: ref(name) } });
const toSchema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' });

/** Builds the OpenAPI 3.0.3 document served at /openapi.json. */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) (paths[r.path] ??= {})[r.method] = operation(r);
  const schemas = Object.fromEntries(Object.entries(components).map(([k, s]) => [k, toSchema(s)]));
  return {
    openapi: '3.0.3',
    info: {
      title: 'dyadwatch API',
      version,
      description: 'Military-cooperation events between states coded from news text (CAMEO/PLOVER), with claims and evidence.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

function operation(r: Route): Record<string, unknown> {
  const parameters = [
    ...(r.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...Object.entries(r.query?.shape ?? {}).map(([name, s]) => queryParam(name, s as z.ZodType)),
  ];
  const errors = { description: 'Error', content: jsonOf('Error') };
  const ok =
    r.ok === 'stream'
      ? { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }
      : { description: 'OK', content: jsonOf(r.ok) };
  const op: Record<string, unknown> = {
    summary: r.summary,
    operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, ch: string) => ch.toUpperCase())}`,
    parameters,
    responses: { [r.okStatus ?? '200']: ok, '400': errors, '404': errors, '500': errors, ...(r.auth ? { '401': errors, '501': errors } : {}) },
  };
  if (r.body) {
    op.requestBody = {
      required: true,
      content: { ...jsonOf(r.body), ...(r.body === 'ArticleBody' ? { 'text/plain': { schema: { type: 'string' } } } : {}) },
    };
  }
  if (r.auth) op.security = [{ bearer: [] }];
  return op;
}

function queryParam(name: string, s: z.ZodType): Record<string, unknown> {
  const schema = toSchema(s) as Record<string, unknown>;
  const { description, ...rest } = schema;
  const required = !s.safeParse(undefined).success;
  return { name, in: 'query', required, ...(description ? { description } : {}), schema: rest };
}
