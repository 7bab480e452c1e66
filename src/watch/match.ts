/** Whether one event falls under a watch rule (pure; no store access). */
import type { CodedEvent, Stage } from '../core/event.js';
import { STAGES } from '../core/event.js';
import type { EventFilter } from '../store/store.js';
import type { WatchRule } from './rules.js';

const rank = (s: Stage | null) => (s === null ? -1 : STAGES.indexOf(s));

function dyadOk(r: WatchRule, e: CodedEvent): boolean {
  if (r.dyad) {
    const { a, b, directed } = r.dyad;
    if (e.source === a && e.target === b) return true;
    return !directed && e.source === b && e.target === a;
  }
  if (r.sources && !(e.source && r.sources.includes(e.source))) return false;
  return !(r.targets && !(e.target && r.targets.includes(e.target)));
}

function modalityOk(r: WatchRule, e: CodedEvent): boolean {
  if (r.modality !== 'any') {
    // Listing "negated" is asking for denials explicitly.
    return r.modality.includes(e.modality) && (e.modality !== 'negated' || r.includeDenied || r.modality.includes('negated'));
  }
  return e.modality !== 'negated' || r.includeDenied;
}

function hedgeOk(r: WatchRule, e: CodedEvent): boolean {
  return r.hedged === 'include' || (r.hedged === 'only' ? e.hedged : !e.hedged);
}

/** True when `e` passes every condition of `r` (the trigger kind aside). */
export function matchesRule(r: WatchRule, e: CodedEvent): boolean {
  // History ("in 1956", "since Russia invaded Ukraine") is background to a report, never news to alert on.
  if (e.history) return false;
  if (!dyadOk(r, e)) return false;
  if (r.codes && !r.codes.some((c) => e.code.startsWith(c))) return false;
  if (r.plover && !(e.plover && r.plover.includes(e.plover))) return false;
  if (r.weapons && !(e.weapon && r.weapons.includes(e.weapon))) return false;
  if (r.systems && !(e.system && r.systems.some((s) => s.toLowerCase() === e.system!.toLowerCase()))) return false;
  if (r.minStage && rank(e.stage) < rank(r.minStage)) return false;
  if (r.spike && e.quadClass !== r.spike.quadClass) return false;
  return modalityOk(r, e) && hedgeOk(r, e);
}

/** The narrowest store filter that returns a superset of the rule's events. */
export function storeFilterOf(r: WatchRule): EventFilter {
  const f: EventFilter = {};
  if (r.dyad) {
    f.dyad = [r.dyad.a, r.dyad.b];
    f.directed = r.dyad.directed;
  } else if (r.sources?.length === 1) f.source = r.sources[0]!;
  else if (r.targets?.length === 1) f.target = r.targets[0]!;
  if (r.codes?.length === 1) f.code = r.codes[0]!;
  if (r.weapons?.length === 1) f.weapon = r.weapons[0]!;
  return f;
}
