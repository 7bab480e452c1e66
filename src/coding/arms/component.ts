/**
 * The arms component: fills the weapon slots (weapon, system, maker,
 * quantity, stage and their spans) of every arms-transfer event. Events of
 * other codes are left untouched; only a small token window around each
 * trigger is read.
 */
import { createHash } from 'node:crypto';
import type { Component, Doc } from '../../core/doc.js';
import type { CodedEvent } from '../../core/event.js';
import type { WeaponDict } from './types.js';
import type { PhraseMatch } from './match.js';
import { windowOf, findWeapon } from './find.js';
import type { Window } from './find.js';
import { findQuantity, findTrailingQuantity } from './quantity.js';
import { codeStage, findStage } from './stage.js';
import { specialiseMissile } from './coref.js';

/** True when the event's code carries weapon slots (stages.yaml `codes`). */
export function isArmsCode(d: WeaponDict, code: string): boolean {
  return codeStage(d.stages, code) !== undefined;
}

/** Weapon, system and quantity slots from one phrase match. */
function fillFromMatch(doc: Doc, d: WeaponDict, e: CodedEvent, m: PhraseMatch, lo: number, hi: number): void {
  const tokens = doc.tokens;
  e.weapon = m.phrase.weapon;
  e.system = m.phrase.system;
  e.maker = m.phrase.maker;
  e.weaponSpan = { start: tokens[m.start]!.start, end: tokens[m.end - 1]!.end };
  e.rules.push(`arms:weapon:${m.phrase.id}`);
  const q = findQuantity(d, tokens, doc.article.text, m.start, lo) ?? findTrailingQuantity(d, tokens, doc.article.text, m.end, hi);
  e.quantity = q?.text ?? null;
  e.quantityMin = q?.min ?? null;
  e.quantityMax = q?.max ?? null;
  e.quantitySpan = q?.span ?? null;
  if (q) e.rules.push(`arms:quantity:${q.kind}`);
}

/** A class that only repeats a more specific one already named ("artillery ammunition ..., and rounds"). */
const GENERAL_OF: Record<string, string> = {
  artillery_ammunition: 'ammunition', ballistic_missile: 'missile', cruise_missile: 'missile',
};

/** A copy of `e` for another coordinated weapon class, with its own stable id. */
function splitCopy(e: CodedEvent, weapon: string): CodedEvent {
  const id = createHash('sha1').update(`${e.id}|arms:${weapon}`).digest('hex').slice(0, Math.max(16, e.id.length));
  return { ...e, id, rules: [...e.rules, 'arms:split'], cueSpans: [...e.cueSpans], chain: [...e.chain] };
}

/**
 * Coordinated weapons of other classes ("technology as well as tanks and
 * aircraft") become events of their own, one per class: each is a separate
 * claim an analyst would code. A generic "weapons" head is never split
 * ("weapons and ammunition" is one transfer of weapons).
 */
function extraEvents(doc: Doc, d: WeaponDict, e: CodedEvent, more: PhraseMatch[], w: Window): CodedEvent[] {
  if (e.weapon === null || e.weapon === 'weapons') return [];
  const seen = new Set([e.weapon]);
  const out: CodedEvent[] = [];
  let lo = e.weaponSpan ? w.te : w.lo;
  for (const m of more) {
    const cls = m.phrase.weapon;
    if (!cls || cls === 'weapons' || seen.has(cls) || [...seen].some((s) => GENERAL_OF[s] === cls)) continue;
    seen.add(cls);
    const copy = splitCopy(e, cls);
    copy.rules = copy.rules.filter((r) => !r.startsWith('arms:weapon:') && !r.startsWith('arms:quantity:'));
    fillFromMatch(doc, d, copy, m, Math.max(lo, m.start - 10), m.end);
    lo = m.end;
    out.push(copy);
  }
  return out;
}

/**
 * A denial that restates an earlier claim ("Peskov called such reports fake") names no weapon
 * itself: it denies what the claim named, so the claim's weapon slots are copied.
 */
function restatedFrom(doc: Doc, e: CodedEvent): boolean {
  if (!e.rules.includes('deny:restated-claim')) return false;
  // The nearest earlier claim is the one "these claims" answers.
  const orig = [...doc.events].reverse().find((o) => o !== e && o.weapon !== null && o.code === e.code && o.source === e.source && o.target === e.target && o.trigger.start < e.trigger.start);
  if (!orig) return false;
  e.weapon = orig.weapon; e.system = orig.system; e.maker = orig.maker; e.weaponSpan = orig.weaponSpan;
  e.rules.push('arms:from-restated-claim');
  return true;
}

/** Fills the slots of one event; returns events split off it. */
function codeEvent(doc: Doc, d: WeaponDict, e: CodedEvent): CodedEvent[] {
  if (restatedFrom(doc, e)) return [];
  const w = windowOf(doc, e);
  if (!w) return [];
  const found = findWeapon(doc, d, w);
  e.rules.push(`arms:find:${found.how}`);
  // Quantities before a weapon found right of the trigger never reach back past it.
  if (found.primary) fillFromMatch(doc, d, e, found.primary, found.how === 'right' ? w.te : w.lo, found.more[0]?.start ?? w.hi);
  if (found.primary) specialiseMissile(doc, d, e, w.ts);
  // "denied arming Russia": to arm someone is to give it weapons, of a kind the text does not say.
  else if (e.code === '072' && e.rules.includes('verb:072:arm-verb')) { e.weapon = 'weapons'; e.rules.push('arms:weapon:arm-verb'); }
  const st = findStage(d.stages, doc.tokens, e, w);
  e.stage = st.stage;
  e.rules.push(...st.rules);
  const extra = extraEvents(doc, d, e, found.more, w);
  for (const x of extra) x.stage = e.stage;
  return extra;
}

/** The pipeline component: requires tokens and events, assigns the arms layer. */
export function createArmsComponent(w: WeaponDict): Component {
  return {
    name: 'arms',
    requires: ['tokens', 'events'],
    assigns: ['arms'],
    run(doc: Doc): void {
      const out: CodedEvent[] = [];
      const ids = new Set(doc.events.map((e) => e.id));
      for (const e of doc.events) {
        out.push(e);
        if (!isArmsCode(w, e.code)) continue;
        for (const x of codeEvent(doc, w, e)) {
          if (ids.has(x.id)) continue;
          ids.add(x.id);
          out.push(x);
        }
      }
      doc.events = mergeSameTransfers(out);
    },
  };
}

/**
 * Transfers of one sentence with the same parties, modality and weapon are one claim, whichever triggers
 * coded them ("supplied drones to Russia, supplying them by ship"); one with no weapon found is merged
 * into any other of its sentence and parties.
 */
function mergeSameTransfers(events: CodedEvent[]): CodedEvent[] {
  const key = (e: CodedEvent) => [e.sentence, e.code, e.source, e.target, e.modality].join('|');
  const armed = new Set(events.filter((e) => e.code === '072' && e.weapon !== null).map(key));
  const seen = new Set<string>();
  return events.filter((e) => {
    if (e.code !== '072') return true;
    if (e.weapon === null && armed.has(key(e))) return false;
    const k = `${key(e)}|${e.weapon}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
