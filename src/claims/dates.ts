import * as chrono from 'chrono-node';
import type { Component, Doc } from '../core/doc.js';
import type { CodedEvent, DatePrecision } from '../core/event.js';
import type { RuleId } from './types.js';
import { linkDocClaims } from './ledger.js';
import { issue } from '../core/errors.js';

/*
 * Event dates, in order of preference: a date written in the event's
 * sentence (chrono-node, the article date as reference), else the report
 * date, else unknown. A relative expression ("last Friday") needs a report
 * date; without one only dates with a written year count: never invent one.
 */

/** A date found in a sentence, with where it is written. */
export interface TextDate {
  date: string;
  precision: Exclude<DatePrecision, 'unknown'>;
  start: number;
  end: number;
}

/** The dates component: date, precision and source of every event. */
export function createDatesComponent(): Component {
  return {
    name: 'dates',
    requires: ['sentences', 'tokens', 'events'],
    assigns: ['dates'],
    run(doc) {
      for (const e of doc.events) dateEvent(doc, e);
      // Time is part of a claim's content: link again now that events are dated.
      if (doc.layers.has('claims')) linkDocClaims(doc);
    },
  };
}

/** The article's own date: published, else the dateline's (ISO day), else null. */
export function reportDate(doc: Doc): string | null {
  const d = doc.article.published ?? doc.article.dateline?.date ?? null;
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** Sets date, datePrecision, dateSource of one event and appends the rule used. */
export function dateEvent(doc: Doc, e: CodedEvent): void {
  const ref = reportDate(doc);
  const s = doc.sentences[e.sentence];
  const dl = doc.article.dateline?.span;
  // The dateline's own date is the report date, not a date in the text.
  const found = (s ? datesIn(doc.article.text.slice(s.start, s.end), ref, e.modality === 'future') : [])
    .filter((d) => !dl || s!.start + d.start >= dl.end);
  const at = e.trigger.start - (s?.start ?? 0);
  const best = found.sort((a, b) => distance(a, at) - distance(b, at))[0];
  let rule: RuleId;
  if (best) {
    [e.date, e.datePrecision, e.dateSource, rule] = [best.date, best.precision, 'text', 'dates:text'];
  } else if (ref) {
    [e.date, e.datePrecision, e.dateSource, rule] = [ref, 'day', 'report', 'dates:report'];
  } else {
    [e.date, e.datePrecision, e.dateSource, rule] = [null, 'unknown', null, 'dates:unknown'];
    if (s) warnUnresolved(doc, doc.article.text.slice(s.start, s.end), s.index);
  }
  if (!e.rules.includes(rule)) e.rules.push(rule);
}

/** Characters from the trigger; a date after it counts nearer, as English time adjuncts follow the verb phrase. */
/** A relative date ("last Friday") with no report date to count from: a coded warning, once per sentence. */
function warnUnresolved(doc: Doc, sentence: string, index: number): void {
  const where = `${doc.article.origin}#s${index}`;
  if (doc.warnings.some((w) => w.code === 'E501' && w.where === where)) return;
  const rel = chrono.parse(sentence, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })
    .find((r) => !SPAN_AFTER.test(r.text) && (RELATIVE_WORD.test(r.text) || WEEKDAY.test(r.text) || !WRITTEN_YEAR.test(r.text)));
  if (!rel) return;
  doc.warnings.push(issue('E501', { text: rel.text.trim(), article: doc.article.origin,
    detail: 'a relative or yearless date needs the article date (published or dateline); the event date stays unknown' }, where));
}

function distance(d: TextDate, at: number): number {
  return at < d.start ? (d.start - at) * 0.6 : at >= d.end ? at - d.end + 1 : 0;
}

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const RELATIVE_WORD = /\b(last|next|this|ago|yesterday|today|tomorrow|tonight|earlier|later|past|coming)\b/i;
/** "two days after", "weeks later": offsets from an event, not from the report date. */
const SPAN_AFTER = /\b(days?|weeks?|months?|years?)\s+(after|before|later|earlier)\b/i;
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?$/i;
const YEAR_ONLY = /\b(?:(early|mid|late)[- ]|(?:in|since|by|during|until|from|of|before|after|throughout)\s+)((?:19|20)\d{2})\b(?![-–]\d)/gi;
const WRITTEN_YEAR = /\b(19|20)\d{2}\b/;

/**
 * Every date written in `text`. `ref` is the report date (ISO) or null;
 * `future` lets a bare weekday or month point forward (planned events).
 */
export function datesIn(text: string, ref: string | null, future = false): TextDate[] {
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(text, { instant: refDate, timezone: 0 }, { forwardDate: false });
  const out: TextDate[] = [];
  results.forEach((r, i) => {
    const d = fromChrono(r, results[i + 1], text, ref, future);
    if (d) out.push(d);
  });
  for (const m of text.matchAll(YEAR_ONLY)) {
    const start = m.index + m[0].length - m[2]!.length - (m[1] ? m[1].length + 1 : 0);
    if (!out.some((o) => o.start <= m.index! + m[0].length && m.index! < o.end)) {
      out.push({ date: `${m[2]}-01-01`, precision: 'year', start, end: m.index + m[0].length });
    }
  }
  return out;
}

/** "said on Monday", "reported Thursday": a date on the speech act, which is past even for planned content. */
const SPEECH_BEFORE = /\b(?:said|says|reported|reports|told\s+\w+|announced|stated|added|wrote|warned|confirmed|denied)\s*(?:on\s+|late\s+|early\s+)?$/i;

function fromChrono(r: chrono.ParsedResult, next: chrono.ParsedResult | undefined, text: string, ref: string | null, planned: boolean): TextDate | null {
  const future = planned && !SPEECH_BEFORE.test(text.slice(Math.max(0, r.index - 30), r.index));
  const c = r.start;
  const t = r.text.trim();
  if (SPAN_AFTER.test(t)) return null;
  const relative = RELATIVE_WORD.test(t) || (c.isCertain('weekday') && !c.isCertain('day'));
  // Without a report date, only a written year anchors anything.
  if (!ref && (relative || !WRITTEN_YEAR.test(t) || !c.isCertain('year'))) return null;
  // "march", "may": a lower-case month word is a verb.
  if (MONTH_WORD.test(t.replace(/^(in|on)\s+/i, '')) && !/^[A-Z]/.test(t.replace(/^(in|on)\s+/i, ''))) return null;
  if (c.isCertain('weekday') && !c.isCertain('day') && !WEEKDAY.test(t)) return null;
  const span = { start: r.index, end: r.index + r.text.length };
  if (c.isCertain('weekday') && !c.isCertain('day')) return weekday(c.get('weekday')!, t, r, ref!, future, span);
  let year = c.get('year')!;
  const month = c.get('month')!;
  const day = c.get('day')!;
  const precision: TextDate['precision'] = c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : 'year';
  if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year')) return null;
  // "September last year": the year comes in the next result.
  if (!c.isCertain('year') && next && next.index - span.end <= 1 && next.start.isCertain('year') && !next.start.isCertain('month')) {
    year = next.start.get('year')!;
  } else if (!c.isCertain('year') && ref) {
    // chrono picks the nearest year; reports look back, plans look forward.
    const d = iso(year, month, precision === 'day' ? day : 1);
    if (!future && d > addDays(ref, 7)) year -= 1;
    else if (future && d < addDays(ref, -7)) year += 1;
  }
  return { date: iso(year, precision === 'year' ? 1 : month, precision === 'day' ? day : 1), precision, ...span };
}

/** A bare weekday ("on Friday") is the last such day up to the report; "last/next Friday" as chrono says. */
function weekday(wd: number, t: string, r: chrono.ParsedResult, ref: string, future: boolean, span: { start: number; end: number }): TextDate {
  if (/\b(last|next|this|coming|past)\b/i.test(t)) {
    const d = r.start.date();
    return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day', ...span };
  }
  const base = new Date(`${ref}T12:00:00Z`);
  const delta = future ? (wd - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - wd + 7) % 7);
  const d = new Date(base.getTime() + delta * 86400000);
  return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day', ...span };
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(isoDay: string, n: number): string {
  const d = new Date(new Date(`${isoDay}T12:00:00Z`).getTime() + n * 86400000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
