import { z } from 'zod';
import { PLOVER_TYPES, WEAPON_CLASSES } from '../core/event.js';
import type { Modality } from '../core/event.js';
import type { EventFilter } from '../store/store.js';
import { MAX_LIMIT } from '../store/store.js';
import { isRealDate } from '../ingest/normalize.js';

/**
 * Request schemas of the HTTP API. They stay plain strings on the wire (no
 * zod transforms) so the same objects generate the OpenAPI document; the
 * conversion to an EventFilter is a separate, pure function below.
 */

const actorCode = z
  .string()
  .regex(/^[A-Za-z]{2,12}$/, 'a state or group code such as IRN, RUS, NATO')
  .describe('State-level actor code (ISO 3166-1 alpha-3 or a group code such as NATO, EUR).');

/** ISO date, or just a year or a month: until=2024-08 keeps the whole of August. */
const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  // 2024-02-30 passes the pattern but names no day: refused, not read as March 1.
  .refine((v) => v.length < 10 || isRealDate(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))), 'not a calendar date')
  .describe('ISO date (YYYY-MM-DD, YYYY-MM or YYYY); inclusive.');

const MODALITIES = ['actual', 'future', 'conditional', 'negated'] as const;

/** Filters shared by every list and aggregate endpoint (same names as the CLI options). */
export const filterFields = {
  dyad: z
    .string()
    .regex(/^[A-Za-z]{2,12}[-,:][A-Za-z]{2,12}$/, 'two codes joined by "-", e.g. IRN-RUS')
    .optional()
    .describe('Unordered pair of state codes, e.g. IRN-RUS (either direction unless directed=true).'),
  directed: z.enum(['true', 'false']).optional().describe('With dyad: true keeps only source=first, target=second.'),
  code: z.string().regex(/^\d{2,4}$/, 'two to four CAMEO digits').optional().describe('CAMEO code prefix: 07 matches 070-079.'),
  actor: actorCode.optional(),
  source: actorCode.optional(),
  target: actorCode.optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  plover: z.enum(PLOVER_TYPES).optional().describe('PLOVER event type.'),
  quadClass: z.enum(['1', '2', '3', '4']).optional().describe('1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.'),
  weapon: z.enum(WEAPON_CLASSES).optional().describe('Weapon class of arms-transfer events.'),
  modality: z
    .string()
    .regex(/^(actual|future|conditional|negated)(,(actual|future|conditional|negated))*$/, 'comma-separated modalities')
    .optional()
    .describe('Comma-separated subset of actual, future, conditional, negated (negated = denied).'),
  hedged: z.enum(['true', 'false']).optional().describe('false excludes hedged reports ("may", "reportedly").'),
};

const pageFields = {
  cursor: z.string().max(200).optional().describe('Opaque nextCursor of the previous page.'),
  limit: z.string().regex(/^\d{1,4}$/).optional().describe(`Page size, 1-${MAX_LIMIT} (default 100).`),
};

export const EventsQuery = z
  .object({ ...filterFields, ...pageFields, article: z.string().max(128).optional().describe('Only events of this article id.') })
  .strict();
export const DyadsQuery = z
  .object({ ...filterFields, limit: z.string().regex(/^\d{1,5}$/).optional().describe('Most dyads returned, by volume (default 500).') })
  .strict();
export const SeriesQuery = z
  .object({ ...filterFields, bucket: z.enum(['week', 'month']).optional().describe('Time bucket (default week).') })
  .strict();
export const ClaimsQuery = z
  .object({ ...filterFields, limit: z.string().regex(/^\d{1,4}$/).optional().describe('Most claims returned (default 200).') })
  .strict();
export const TransfersQuery = z.object({ ...filterFields }).omit({ code: true, plover: true, quadClass: true }).strict();
export const ArticlesQuery = z.object({ ...pageFields }).strict();
export const SearchQuery = z
  .object({
    q: z.string().min(1).max(500).describe('Words to find in sentences (all required; punctuation is ignored).'),
    limit: z.string().regex(/^\d{1,3}$/).optional().describe('Most sentences returned (default 50, max 200).'),
  })
  .strict();
export const StreamQuery = z
  .object({
    dyad: filterFields.dyad,
    actor: filterFields.actor,
    code: filterFields.code,
  })
  .strict();

/** Body of POST /api/articles when sent as JSON (text/plain sends the text alone). */
export const ArticleBody = z
  .object({
    text: z.string().min(1).describe('The article text (plain text).'),
    title: z.string().max(1000).nullish(),
    url: z.string().max(2000).nullish(),
    published: isoDate.nullish(),
    outlet: z.string().max(200).nullish(),
    externalId: z.string().max(200).nullish(),
  })
  .strict();

export type FilterInput = { [K in keyof typeof filterFields]?: string };

/** Splits "IRN-RUS" (or IRN,RUS / IRN:RUS) into upper-case codes. */
export function parseDyad(text: string): [string, string] {
  const [a = '', b = ''] = text.toUpperCase().split(/[-,:]/);
  return [a, b];
}

/** Converts validated query strings into the store's EventFilter (undefined fields left out). */
export function toFilter(q: FilterInput & { cursor?: string; limit?: string; article?: string }): EventFilter {
  const f: EventFilter = {};
  if (q.dyad) f.dyad = parseDyad(q.dyad);
  if (q.directed === 'true') f.directed = true;
  if (q.code) f.code = q.code;
  if (q.actor) f.actor = q.actor.toUpperCase();
  if (q.source) f.source = q.source.toUpperCase();
  if (q.target) f.target = q.target.toUpperCase();
  if (q.since) f.since = q.since;
  if (q.until) f.until = q.until;
  if (q.plover) f.plover = q.plover;
  if (q.quadClass) f.quadClass = Number(q.quadClass);
  if (q.weapon) f.weapon = q.weapon;
  if (q.modality) f.modality = [...new Set(q.modality.split(','))] as Modality[];
  if (q.hedged === 'false') f.includeHedged = false;
  if (q.article) f.articleId = q.article;
  if (q.cursor) f.cursor = q.cursor;
  if (q.limit) f.limit = Math.min(MAX_LIMIT, Math.max(1, Number(q.limit)));
  return f;
}

/** Every modality value, for clients building a stance filter. */
export const ALL_MODALITIES: readonly Modality[] = MODALITIES;

/** Reads a numeric limit string with a default and a ceiling. */
export function limitOf(text: string | undefined, dflt: number, max: number): number {
  const n = text === undefined ? dflt : Number(text);
  return Math.min(max, Math.max(1, Number.isFinite(n) ? Math.floor(n) : dflt));
}
