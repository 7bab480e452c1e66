import * as chrono from 'chrono-node';
import type { Component, Doc } from '../core/doc.js';
import type { CodedEvent, DatePrecision } from '../core/event.js';
import { BACKGROUND_RULE } from '../core/event.js';
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
  // A conditional act is hypothetical, so like a planned one it may lie ahead of the report.
  const forward = e.modality === 'future' || e.modality === 'conditional';
  const best = nearest(sentenceDates(doc, e.sentence, ref, forward), e.trigger.start - (s?.start ?? 0));
  const speech = best ? null : speechDate(doc, e, ref);
  let rule: RuleId;
  const back = best || speech ? null : pastSpan(doc, e.sentence, ref);
  if (e.rules.includes(BACKGROUND_RULE) && !best) {
    // "since Russia invaded Ukraine": a background act with no date of its own is not the report's.
    [e.date, e.datePrecision, e.dateSource, rule] = [back?.date ?? null, back ? 'year' : 'unknown', back ? 'text' : null, 'dates:background'];
  } else if (back) {
    [e.date, e.datePrecision, e.dateSource, rule] = [back.date, back.date ? 'year' : 'unknown', back.date ? 'text' : null, 'dates:past-span'];
  } else if (best) {
    [e.date, e.datePrecision, e.dateSource, rule] = [best.date, best.precision, 'text', 'dates:text'];
  } else if (speech) {
    [e.date, e.datePrecision, e.dateSource, rule] = [speech.date, speech.precision, 'text', 'dates:speech'];
  } else if (ref) {
    [e.date, e.datePrecision, e.dateSource, rule] = [ref, 'day', 'report', 'dates:report'];
  } else {
    [e.date, e.datePrecision, e.dateSource, rule] = [null, 'unknown', null, 'dates:unknown'];
    if (s) warnUnresolved(doc, doc.article.text.slice(s.start, s.end), s.index);
  }
  if (!e.rules.includes(rule)) e.rules.push(rule);
  e.history = rule === 'dates:background' || rule === 'dates:past-span' || (e.dateSource === 'text' && isHistory(e.date, e.datePrecision, ref));
  const h: RuleId = 'dates:history';
  if (e.history && !e.rules.includes(h)) e.rules.push(h);
}

/** An event whose date's unit ended this long before its report is history: "in 2016" in a 2024 report is, "in March" is not. */
const HISTORY_DAYS = 365;

/** True when a text date (its whole day, month or year) lies more than HISTORY_DAYS before the report date. */
export function isHistory(date: string | null, precision: DatePrecision, ref: string | null): boolean {
  if (!date || !ref || precision === 'unknown') return false;
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const end = precision === 'year' ? iso(y, 12, 31) : precision === 'month' ? addDays(iso(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), -1) : date;
  return end < addDays(ref, -HISTORY_DAYS);
}

/**
 * "a year earlier", "two decades before", "years ago": a stretch back from
 * the story, so the act is history. A counted stretch dates it (year
 * precision, counted from the report); an uncounted one leaves it undated.
 */
const PAST_SPAN = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|many|a few|some)\s+(years?|decades?)\s+(?:earlier|before|ago)|the\s+(?:previous|preceding)\s+year|the\s+year\s+before|(?:years|decades)\s+ago)\b/i;
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function pastSpan(doc: Doc, si: number, ref: string | null): { date: string | null } | null {
  const s = doc.sentences[si];
  if (!s) return null;
  const m = PAST_SPAN.exec(doc.article.text.slice(s.start, s.end));
  if (!m) return null;
  const n = m[1] ? COUNT[m[1].toLowerCase()] ?? (/^\d+$/.test(m[1]) ? Number(m[1]) : null) : /previous|preceding|year before/i.test(m[0]) ? 1 : null;
  if (n === null || !ref) return { date: null };
  return { date: iso(Number(ref.slice(0, 4)) - n * (/decade/i.test(m[2] ?? '') ? 10 : 1), 1, 1) };
}

/** The dates written in sentence `si`, offsets within the sentence; the dateline's own date is the report date, not one of them. */
function sentenceDates(doc: Doc, si: number, ref: string | null, forward: boolean): TextDate[] {
  const s = doc.sentences[si];
  if (!s) return [];
  const dl = doc.article.dateline?.span;
  return datesIn(doc.article.text.slice(s.start, s.end), ref, forward).filter((d) => !dl || s.start + d.start >= dl.end);
}

function nearest(found: TextDate[], at: number): TextDate | undefined {
  return [...found].sort((a, b) => distance(a, at) - distance(b, at))[0];
}

/** How many sentences back a speaker found by coreference or an open quote may carry its occasion's date. */
const SPEECH_BACK = 2;

/**
 * "During the May 3 briefing, Lind was asked ... He responded, “...”": the
 * speaker of an undated sentence was named in an earlier sentence (by
 * coreference or a quote running on); what they said was said on that
 * sentence's date, the one written nearest the speaker.
 */
function speechDate(doc: Doc, e: CodedEvent, ref: string | null): TextDate | null {
  const sp = [...e.chain].reverse().find((l) => l.kind !== 'outlet' && l.span)?.span;
  if (!sp) return null;
  const si = doc.sentences.findIndex((s) => s.start <= sp.start && sp.start < s.end);
  if (si < 0 || si >= e.sentence || e.sentence - si > SPEECH_BACK) return null;
  // A speech lies in the past of the report, whatever it announces.
  return nearest(sentenceDates(doc, si, ref, false), sp.start - doc.sentences[si]!.start) ?? null;
}

/** A relative date ("last Friday") with no report date to count from: a coded warning, once per sentence. */
function warnUnresolved(doc: Doc, sentence: string, index: number): void {
  const where = `${doc.article.origin}#s${index}`;
  if (doc.warnings.some((w) => w.code === 'E501' && w.where === where)) return;
  const rel = chrono.parse(sentence, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })
    .find((r) => !notAPoint(r, sentence) && (RELATIVE_WORD.test(r.text) || WEEKDAY.test(r.text) || !WRITTEN_YEAR.test(r.text)));
  if (!rel) return;
  doc.warnings.push(issue('E501', { text: rel.text.trim(), article: doc.article.origin,
    detail: 'a relative or yearless date needs the article date (published or dateline); the event date stays unknown' }, where));
}

/** Characters from the trigger; a date after it counts nearer, as English time adjuncts follow the verb phrase. */
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
 * A count of time units: "for the first time in 24 years", "for six months",
 * "within a year", "over the next two years". chrono reads these as offsets
 * from the reference date; they are lengths of time, not points ("two years
 * ago", with "ago", is a point).
 */
const DURATION = /\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|couple(?:\s+of)?|many)\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))\b/i;
/** "the next day", "the following week": counted from a day in the story, not from the report date. */
const ANAPHORIC_BEFORE = /\bthe\s*$/i;
const ANAPHORIC_WORD = /^(?:next|following|previous|same|preceding)\b/i;
/** "24/7", "1/3 of the shells", "9/11": a slash pair with no year is a ratio or a name more often than a date. */
const SLASH_PAIR = /\d\s*\/\s*\d/;
/** Published dates in feeds can trail the dateline by days: an actual event this far after the report still passes. */
const REPORT_SLACK_DAYS = 7;
/** Arms plans reach about a decade ahead ("by 2035"); a planned event dated further out is a misreading. */
const MAX_PLAN_YEARS = 15;
/** Older than this is a misreading of a number, not a date of a modern arms event. */
const MIN_YEAR = 1900;

/**
 * chrono results that are not a point in time: durations, offsets from
 * another event ("two days after"), days counted from a story day ("the
 * next day"), and slash pairs without a year.
 */
function notAPoint(r: chrono.ParsedResult, text: string): boolean {
  const t = r.text.trim();
  // "the truce lasts", "in the 1990s after": chrono reads "s" as seconds; offsets in hours or less date nothing.
  if (r.tags().has('result/relativeDateAndTime')) return true;
  // "Russia now supplies ...": present tense, not a date; it would only mask a real date in the sentence.
  if (/^(?:right\s+|just\s+)?now$/i.test(t)) return true;
  // "over the past year": a span up to the report, not a point in it.
  if (/\bpast\s+(?:day|week|month|year|decade)s?\b/i.test(t)) return true;
  // "in the days since the vote": an unmeasured stretch after another event.
  if (SPAN_AFTER.test(t) || /^(?:in\s+)?the\s+(?:days?|weeks?|months?|years?)\b/i.test(t)) return true;
  if (DURATION.test(t) && !/\bago\b/i.test(t)) return true;
  if (ANAPHORIC_WORD.test(t) && ANAPHORIC_BEFORE.test(text.slice(Math.max(0, r.index - 5), r.index))) return true;
  return SLASH_PAIR.test(t) && !r.start.isCertain('year');
}

/**
 * Whether a date (start of its day, month or year) can date an event
 * reported on `ref`: not before MIN_YEAR; an actual, negated or reported
 * act not after the report (give or take REPORT_SLACK_DAYS); a planned or
 * conditional act not more than MAX_PLAN_YEARS ahead.
 */
export function plausible(date: string, ref: string | null, forward: boolean): boolean {
  if (Number(date.slice(0, 4)) < MIN_YEAR) return false;
  if (!ref) return true;
  const limit = forward ? addDays(ref, Math.round(MAX_PLAN_YEARS * 365.25)) : addDays(ref, REPORT_SLACK_DAYS);
  return date <= limit;
}

/**
 * Every date written in `text`. `ref` is the report date (ISO) or null;
 * `future` lets a bare weekday or month point forward (planned events).
 */
export function datesIn(text: string, ref: string | null, future = false): TextDate[] {
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(text, { instant: refDate, timezone: 0 }, { forwardDate: false });
  const out: TextDate[] = [];
  const taken: { start: number; end: number }[] = [];
  results.forEach((r, i) => {
    // A rejected reading still owns its words: "in 2048" inside "for 24 years until 2048" is not re-read below.
    taken.push({ start: r.index, end: r.index + r.text.length });
    const d = fromChrono(r, results[i + 1], text, ref, future);
    if (d) out.push(d);
  });
  for (const m of text.matchAll(YEAR_ONLY)) {
    const start = m.index + m[0].length - m[2]!.length - (m[1] ? m[1].length + 1 : 0);
    const date = `${m[2]}-01-01`;
    if (!taken.some((o) => o.start <= m.index! + m[0].length && m.index! < o.end) && plausible(date, ref, future)) {
      out.push({ date, precision: 'year', start, end: m.index + m[0].length });
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
  if (notAPoint(r, text)) return null;
  const relative = RELATIVE_WORD.test(t) || (c.isCertain('weekday') && !c.isCertain('day'));
  // Without a report date, only a written year anchors anything.
  if (!ref && (relative || !WRITTEN_YEAR.test(t) || !c.isCertain('year'))) return null;
  // "march", "may": a lower-case month word is a verb.
  if (MONTH_WORD.test(t.replace(/^(in|on)\s+/i, '')) && !/^[A-Z]/.test(t.replace(/^(in|on)\s+/i, ''))) return null;
  if (c.isCertain('weekday') && !c.isCertain('day') && !WEEKDAY.test(t)) return null;
  const span = { start: r.index, end: r.index + r.text.length };
  if (c.isCertain('weekday') && !c.isCertain('day')) return checked(weekday(c.get('weekday')!, t, r, ref!, future, span), ref, future);
  if (/\bweeks?\b/i.test(t) && !WEEKDAY.test(t)) return checked(week(r.start.date(), span), ref, future);
  let year = c.get('year')!;
  const month = c.get('month')!;
  const day = c.get('day')!;
  // "at the end of October": chrono picks the last day; the text names only the month.
  const day0 = c.isCertain('day') && !/\bend\s+of\b/i.test(t);
  const precision: TextDate['precision'] = day0 ? 'day' : c.isCertain('month') ? 'month' : 'year';
  if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year')) return null;
  // "September last year": the year comes in the next result.
  if (!c.isCertain('year') && next && next.index - span.end <= 1 && next.start.isCertain('year') && !next.start.isCertain('month')) {
    year = next.start.get('year')!;
  } else if (!c.isCertain('year') && ref) {
    // chrono picks the nearest year; reports look back, plans look forward.
    const d = iso(year, month, precision === 'day' ? day : 1);
    if (!future && d > addDays(ref, REPORT_SLACK_DAYS)) year -= 1;
    else if (future && d < addDays(ref, -REPORT_SLACK_DAYS)) year += 1;
  }
  return checked({ date: iso(year, precision === 'year' ? 1 : month, precision === 'day' ? day : 1), precision, ...span }, ref, future);
}


/** A bare weekday ("on Friday") is the last such day up to the report; "last/next Friday" as chrono says. */
function weekday(wd: number, t: string, r: chrono.ParsedResult, ref: string, future: boolean, span: { start: number; end: number }): TextDate {
  const base = new Date(`${ref}T12:00:00Z`);
  const inWeek = /\b(last|next)\s+week\b/i.exec(t);
  if (inWeek) {
    // "Tuesday last week": that weekday in the calendar week (Monday first) before or after the report's.
    const monday = base.getTime() - ((base.getUTCDay() + 6) % 7) * 86400000 + (inWeek[1]!.toLowerCase() === 'last' ? -7 : 7) * 86400000;
    const d = new Date(monday + ((wd + 6) % 7) * 86400000);
    return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day', ...span };
  }
  if (/\b(last|next|this|coming|past)\b/i.test(t)) {
    const d = r.start.date();
    return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day', ...span };
  }
  const delta = future ? (wd - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - wd + 7) % 7);
  const d = new Date(base.getTime() + delta * 86400000);
  return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day', ...span };
}

/**
 * "last week", "two weeks ago": chrono gives a day, but the text names a
 * week (Monday to Sunday); the date is that week's month, or its year when
 * the week straddles two months, never a day the text did not give.
 */
function week(d: Date, span: { start: number; end: number }): TextDate | null {
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  const [y, m] = [monday.getUTCFullYear(), monday.getUTCMonth() + 1];
  if (y !== sunday.getUTCFullYear()) return null;
  if (m === sunday.getUTCMonth() + 1) return { date: iso(y, m, 1), precision: 'month', ...span };
  return { date: iso(y, 1, 1), precision: 'year', ...span };
}

function checked(d: TextDate | null, ref: string | null, forward: boolean): TextDate | null {
  return d && plausible(d.date, ref, forward) ? d : null;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(isoDay: string, n: number): string {
  const d = new Date(new Date(`${isoDay}T12:00:00Z`).getTime() + n * 86400000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
