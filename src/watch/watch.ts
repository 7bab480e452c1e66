/**
 * Checking watch rules against the store and raising alerts. Each alert is
 * stored once per (rule, key) with a pending delivery per sink; delivery is
 * a separate step (sinks.ts), so a crash between the two loses nothing.
 */
import { createHash } from 'node:crypto';
import type { CodedEvent } from '../core/event.js';
import type { AlertRecord, EventFilter, Store } from '../store/store.js';
import { issue } from '../core/errors.js';
import type { WatchRule } from './rules.js';
import { matchesRule, storeFilterOf } from './match.js';
import type { Candidate } from './triggers.js';
import { candidatesFor } from './triggers.js';
import type { WatchIo } from './sinks.js';

/** State key of a rule's cursor; the rule's hash makes an edited rule start over. */
function cursorKey(rule: WatchRule): string {
  const h = createHash('sha1').update(JSON.stringify(rule)).digest('hex').slice(0, 12);
  return `watch:rule:${rule.id}:${h}`;
}

/** Pages through the store from `cursor`; returns the events and the cursor after the last one. */
async function readEvents(store: Store, filter: EventFilter, cursor: string | null): Promise<{ events: CodedEvent[]; end: string | null }> {
  const events: CodedEvent[] = [];
  let next: string | null = cursor;
  let end = cursor;
  for (;;) {
    const page = await store.events({ ...filter, limit: 1000, cursor: next });
    events.push(...page.items);
    end = page.endCursor ?? end;
    if (!page.nextCursor) return { events, end };
    next = page.nextCursor;
  }
}

/** Event fields an alert carries, with the sentence and article that are its evidence. */
async function evidenceOf(store: Store, e: CodedEvent): Promise<Record<string, unknown>> {
  const ev = await store.evidence(e.id);
  const s = ev?.sentence;
  const slice = (sp: { start: number; end: number } | null) => (s && sp ? s.text.slice(sp.start - s.start, sp.end - s.start) : null);
  return {
    id: e.id, articleId: e.articleId, code: e.code, plover: e.plover, quadClass: e.quadClass,
    source: e.source, target: e.target, weapon: e.weapon, system: e.system, maker: e.maker,
    quantity: e.quantity, quantityMin: e.quantityMin, quantityMax: e.quantityMax, stage: e.stage,
    modality: e.modality, hedged: e.hedged, claimant: e.claimant, reportedBy: e.reportedBy, date: e.date,
    trigger: slice(e.trigger),
    sentence: s?.text ?? null,
    article: ev ? { id: ev.article.id, title: ev.article.title, url: ev.article.url, published: ev.article.published, outlet: ev.article.outlet } : null,
  };
}

/** Builds the stored alert of a candidate. */
export async function buildAlert(store: Store, rule: WatchRule, c: Candidate, now: Date): Promise<AlertRecord> {
  const id = createHash('sha1').update(`${rule.id}\u0000${c.key}`).digest('hex').slice(0, 24);
  const events = [];
  for (const e of c.events) events.push(await evidenceOf(store, e));
  const payload = {
    rule: { id: rule.id, description: rule.description, trigger: rule.trigger },
    summary: c.summary,
    detail: c.detail,
    events,
  };
  return { id, rule: rule.id, key: c.key, createdAt: now.toISOString(), payload };
}

/** Checks one rule; returns how many alerts were new. */
async function checkRule(store: Store, rule: WatchRule, sinks: readonly string[], now: Date): Promise<number> {
  // `event` rules only need what is new since their cursor; the others look at the whole history.
  const incremental = rule.trigger === 'event';
  const key = cursorKey(rule);
  const from = incremental ? await store.getState(key) : null;
  const { events, end } = await readEvents(store, storeFilterOf(rule), from);
  let raised = 0;
  for (const c of candidatesFor(rule, events.filter((e) => matchesRule(rule, e)))) {
    if (await store.addAlert(await buildAlert(store, rule, c, now), [...sinks])) raised++;
  }
  // Saved after the alerts: a crash before this line re-checks, and (rule, key) keeps that harmless.
  if (incremental && end) await store.setState(key, end);
  return raised;
}

/** Checks every rule once; a rule that fails is reported (E704) and the others go on. */
export async function checkRules(
  store: Store,
  rules: readonly WatchRule[],
  sinks: readonly string[],
  io: WatchIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  let raised = 0;
  for (const rule of rules) {
    try {
      raised += await checkRule(store, rule, sinks, now());
    } catch (e) {
      const i = issue('E704', { rule: rule.id, detail: e instanceof Error ? e.message : String(e) });
      io.err(`${i.code} ${i.message}`);
    }
  }
  return raised;
}

/** True when events were stored after the watcher's global cursor; moves the cursor. */
export async function hasNewEvents(store: Store): Promise<boolean> {
  const key = 'watch:events-cursor';
  const from = await store.getState(key);
  const { events, end } = await readEvents(store, {}, from);
  if (end && end !== from) await store.setState(key, end);
  return events.length > 0;
}
