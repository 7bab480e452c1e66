/**
 * Reads gold files (JSON Lines) in either format of FORMAT.md: the event
 * format (`text` + `events`) or the pair format (`source`/`target` spans +
 * `plover`). A bad line is reported and skipped so one typo does not hide
 * the score of the rest of the file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { WEAPON_CLASSES, PLOVER_TYPES } from '../core/event.js';
import { issue } from '../core/errors.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import type { GoldFile, GoldPair, GoldPassage } from './types.js';
import { formatActorCode } from './petr-codes.js';

const CODE = z.string().regex(/^\d{2,4}$/, 'a CAMEO code is two to four digits, as a string');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const EventSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1).nullable(),
  code: CODE,
  // Slots FORMAT.md fills with null when absent; a missing key means the same.
  weapon: z.enum(WEAPON_CLASSES).nullish().transform((v) => v ?? null),
  quantity: z.string().nullish().transform((v) => v ?? null),
  modality: z.enum(['actual', 'future', 'conditional', 'negated']),
  hedged: z.boolean(),
  claimant: z.string().min(1).nullish().transform((v) => v ?? null),
  reported_by: z.string().min(1).nullish().transform((v) => v ?? null),
  // Present only in petr2-gsr: full actor codes with sector.
  source_code: z.string().optional(),
  target_code: z.string().optional(),
});

const PassageSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullish().transform((v) => v ?? null),
  // Checked after parsing: a malformed date or an empty text is a note, not a
  // reason to drop real gold judgements (petr2-gsr has both).
  published: z.string().nullish().transform((v) => v ?? null),
  text: z.string(),
  events: z.array(EventSchema),
});

const SpanSchema = z.object({
  text: z.string().nullish().transform((v) => v ?? null),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});

const PairSchema = z
  .object({
    id: z.string().min(1),
    sentence_id: z.string().min(1).nullish().transform((v) => v ?? null),
    text: z.string().min(1),
    source: SpanSchema,
    target: SpanSchema,
    plover: z.enum(PLOVER_TYPES),
  })
  .superRefine((p, ctx) => {
    // Offsets are UTF-16 indices: check them against the text so a file made
    // with byte or code-point offsets is caught here, not as a low score.
    for (const side of ['source', 'target'] as const) {
      const s = p[side];
      if (s.start > s.end || s.end > p.text.length) {
        ctx.addIssue({ code: 'custom', path: [side], message: `span ${s.start}-${s.end} is outside the text` });
      } else if (s.text !== null && p.text.slice(s.start, s.end) !== s.text) {
        ctx.addIssue({ code: 'custom', path: [side, 'text'], message: 'does not equal text[start:end] (UTF-16 offsets)' });
      }
    }
  });

type Parsed =
  | { kind: 'events'; passage: GoldPassage; codesOnly: boolean; notes: string[] }
  | { kind: 'pairs'; pair: GoldPair }
  | { kind: 'bad'; detail: string };

/** Joins the first few zod issues into one readable detail. */
function zodDetail(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Parses one non-blank line into a passage, a pair, or the reason it is neither. */
function parseLine(raw: string, line: number): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { kind: 'bad', detail: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'bad', detail: 'a line must be one JSON object' };
  }
  if ('events' in value) {
    const r = PassageSchema.safeParse(value);
    if (!r.success) return { kind: 'bad', detail: zodDetail(r.error) };
    const codesOnly = r.data.events.some((e) => e.source_code !== undefined || e.target_code !== undefined);
    // PETRARCH's full codes name the EU, UN or NATO where the cut code says only "IGO".
    const events = r.data.events.map(({ source_code: sc, target_code: tc, ...rest }) => ({
      ...rest, source: formatActorCode(rest.source, sc) ?? rest.source, target: formatActorCode(rest.target, tc),
    }));
    const notes: string[] = [];
    let published = r.data.published;
    if (published !== null && !DATE.test(published)) {
      notes.push(`"published" ${JSON.stringify(published)} is not YYYY-MM-DD; read as null`);
      published = null;
    }
    if (r.data.text.trim() === '' && events.length) notes.push(`"text" is empty; its ${events.length} gold event(s) can only be missed`);
    return { kind: 'events', passage: { ...r.data, published, events, line }, codesOnly, notes };
  }
  if ('plover' in value || ('source' in value && 'target' in value)) {
    const r = PairSchema.safeParse(value);
    if (!r.success) return { kind: 'bad', detail: zodDetail(r.error) };
    return { kind: 'pairs', pair: { ...r.data, line } };
  }
  return { kind: 'bad', detail: 'neither format: give "text" and "events", or "text", "source", "target" and "plover"' };
}

/** Options of `parseGold`. */
export interface GoldOptions {
  /** Force (or forbid) codes-only scoring; by default detected from `source_code`/`target_code` keys. */
  codesOnly?: boolean;
}

/**
 * Parses the text of a gold file. The file's format is that of its first
 * valid line; lines that are broken, of the other format or repeat an id are
 * skipped with an E904 warning; lines kept despite a flaw (bad date, empty
 * text) get an E908 note. No valid line at all gives E905.
 */
export function parseGold(text: string, path: string, options: GoldOptions = {}): Result<GoldFile> {
  const warnings: Issue[] = [];
  const passages: GoldPassage[] = [];
  const pairs: GoldPair[] = [];
  const seen = new Set<string>();
  let format: 'events' | 'pairs' | null = null;
  let codesOnly = false;
  const bad = (line: number, detail: string) => warnings.push(issue('E904', { path, line, detail }, `${path}:${line}`));

  // A BOM from some editors would otherwise make line 1 invalid JSON.
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const p = parseLine(raw, line);
    if (p.kind === 'bad') return bad(line, p.detail);
    format ??= p.kind;
    if (p.kind !== format) return bad(line, `a line of the ${p.kind} format in a file of the ${format} format`);
    const id = p.kind === 'events' ? p.passage.id : p.pair.id;
    if (seen.has(id)) return bad(line, `duplicate id "${id}"; ids must be unique in the file`);
    seen.add(id);
    if (p.kind === 'events') {
      for (const detail of p.notes) warnings.push(issue('E908', { path, line, detail }, `${path}:${line}`));
      passages.push(p.passage);
      codesOnly ||= p.codesOnly;
    } else pairs.push(p.pair);
  });

  if (format === null) return fail(issue('E905', { path }, path), ...warnings);
  const file: GoldFile =
    format === 'events'
      ? { format, path, passages, codesOnly: options.codesOnly ?? codesOnly }
      : { format, path, pairs };
  return ok(file, warnings);
}

/** Reads and parses a gold file from disk (see `parseGold`); unreadable → E906. */
export function readGold(path: string, options: GoldOptions = {}): Result<GoldFile> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
    return fail(issue('E906', { path, detail }, path));
  }
  return parseGold(text, path, options);
}
