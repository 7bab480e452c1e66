/**
 * Trigger kinds of watch rules, as pure functions from the rule's events (in
 * store order) to alert candidates. Each candidate has a key that is stable
 * across runs, so re-checking the same events raises nothing new.
 */
import type { CodedEvent, Stage } from '../core/event.js';
import { STAGES } from '../core/event.js';
import { weekBucket } from '../store/common.js';
import type { WatchRule } from './rules.js';
import { directionOf } from './transfers.js';

/** An alert before it is stored: what fired, on which events. */
export interface Candidate {
  /** Unique within the rule: an event id, "new:IRN->RUS:Shahed-136", "stage:...", "spike:...". */
  key: string;
  summary: string;
  events: CodedEvent[];
  detail: Record<string, unknown>;
}

/** Most events kept in one alert (a spike week can hold many). */
const MAX_EVENTS = 20;
const rank = (s: Stage | null) => (s === null ? -1 : STAGES.indexOf(s));

function what(e: CodedEvent): string | null {
  return e.system ?? e.weapon;
}

function pairOf(e: CodedEvent): string {
  const { supplier, recipient } = directionOf(e);
  return `${supplier ?? '?'}->${recipient ?? '?'}`;
}

/** `event`: one alert per matching event. */
export function eventTrigger(events: readonly CodedEvent[]): Candidate[] {
  return events.map((e) => ({
    key: e.id,
    summary: `${e.source ?? '?'}→${e.target ?? '-'} ${e.code}${e.weapon ? ` ${e.system ?? e.weapon}` : ''} (${e.modality})`,
    events: [e],
    detail: {},
  }));
}

/** `new_system`: the first event naming a system (or class) in a supplier→recipient dyad. */
export function newSystemTrigger(events: readonly CodedEvent[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const e of events) {
    const w = what(e);
    if (!w) continue;
    const key = `new:${pairOf(e)}:${w}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, summary: `first report of ${w} in ${pairOf(e)}`, events: [e], detail: { system: e.system, weapon: e.weapon } });
  }
  return out;
}

/** `stage_change`: a dyad+system reaching a stage higher than any before it (e.g. offered → delivered). */
export function stageChangeTrigger(events: readonly CodedEvent[]): Candidate[] {
  const best = new Map<string, CodedEvent>();
  const out: Candidate[] = [];
  for (const e of events) {
    // A denial never moves a transfer forward.
    if (e.stage === null || e.modality === 'negated') continue;
    const group = `${pairOf(e)}:${what(e) ?? '(unspecified)'}`;
    const prev = best.get(group);
    if (prev && rank(e.stage) <= rank(prev.stage)) continue;
    best.set(group, e);
    if (!prev) continue;
    out.push({
      key: `stage:${group}:${e.stage}`,
      summary: `${group} moved from ${prev.stage} to ${e.stage}`,
      events: [prev, e],
      detail: { from: prev.stage, to: e.stage },
    });
  }
  return out;
}

/** Monday of the week `n` weeks before the ISO day `week`. */
function weeksBefore(week: string, n: number): string {
  const d = new Date(`${week}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7 * n);
  return d.toISOString().slice(0, 10);
}

/** Reported events among `list`: copies of one story (same reportOf) count once. */
function reports(list: readonly CodedEvent[] | undefined): number {
  return list ? new Set(list.map((e) => e.reportOf ?? e.id)).size : 0;
}

/**
 * `spike`: a week whose count of reported events (a story's copies once) of the rule's QuadClass in a dyad is at least
 * `minCount` and above `factor` × the mean of the previous `weeks` weeks
 * (weeks with no event count as zero).
 */
export function spikeTrigger(rule: WatchRule, events: readonly CodedEvent[]): Candidate[] {
  const s = rule.spike;
  if (!s) return [];
  const byPair = new Map<string, Map<string, CodedEvent[]>>();
  for (const e of events) {
    const week = weekBucket(e.date);
    if (!week || !e.source || !e.target) continue;
    const pair = rule.dyad?.directed ? `${e.source}->${e.target}` : [e.source, e.target].sort().join('-');
    const weeks = byPair.get(pair) ?? new Map<string, CodedEvent[]>();
    byPair.set(pair, weeks);
    weeks.set(week, [...(weeks.get(week) ?? []), e]);
  }
  const out: Candidate[] = [];
  for (const [pair, weeks] of byPair) {
    for (const [week, list] of [...weeks].sort(([a], [b]) => a.localeCompare(b))) {
      let sum = 0;
      for (let k = 1; k <= s.weeks; k++) sum += reports(weeks.get(weeksBefore(week, k)));
      const baseline = sum / s.weeks;
      const count = reports(list);
      if (count < s.minCount || count <= s.factor * baseline) continue;
      out.push({
        key: `spike:${pair}:q${s.quadClass}:${week}`,
        summary: `${pair}: ${count} QuadClass ${s.quadClass} events in the week of ${week} (baseline ${baseline.toFixed(2)}/week)`,
        events: list.slice(0, MAX_EVENTS),
        detail: { week, count, baseline, factor: s.factor, weeks: s.weeks },
      });
    }
  }
  return out;
}

/** Candidates of one rule over its matching events, in store order. */
export function candidatesFor(rule: WatchRule, events: readonly CodedEvent[]): Candidate[] {
  switch (rule.trigger) {
    case 'event': return eventTrigger(events);
    case 'new_system': return newSystemTrigger(events);
    case 'stage_change': return stageChangeTrigger(events);
    case 'spike': return spikeTrigger(rule, events);
  }
}
