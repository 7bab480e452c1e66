import type { ActorRef } from '../core/actor.js';
import type { Lex } from './lexicon.js';
import type { RoleEntry } from './schema.js';

/** True when `date` (ISO) falls inside the role's validity, ends included. */
export function roleActive(r: RoleEntry, date: string): boolean {
  return (r.from === null || r.from <= date) && (r.to === null || date <= r.to);
}

/**
 * The role an official holds at `date`: the first listed active role (list
 * order is priority). Without a date, the open-ended role, else the latest
 * started: the present is the best guess for an undated text.
 */
export function roleAt(roles: RoleEntry[], date: string | null): RoleEntry | null {
  if (date !== null) return roles.find((r) => roleActive(r, date)) ?? null;
  const open = roles.find((r) => r.to === null);
  if (open) return open;
  let best: RoleEntry | null = null;
  for (const r of roles) if (best === null || (r.from ?? '') > (best.from ?? '')) best = r;
  return best;
}

/**
 * An official with dated roles, none held at the (known) `date`: a former or
 * future office holder ("Trump" in 2016, "Clinton" in 2016, "Obama" in 2019).
 * Without a date the present is assumed, so nobody is out of office.
 */
export function outOfOffice(lex: Lex, date: string | null): boolean {
  return lex.kind === 'official' && date !== null && lex.roles.length > 0 && roleAt(lex.roles, date) === null;
}

/**
 * The actor of an official out of office: the person with no state, so the
 * mention still stands (a pronoun after it is this person, not an earlier
 * official) but no event makes a state of them (issue 10, people are not states).
 */
export function privatePerson(ref: ActorRef): ActorRef {
  return { ...ref, code: '', state: '', sector: null, role: null };
}

/** Joins state and sector into a CAMEO-style code ("USA" + "GOV"). */
export function joinCode(state: string, sector: string | null): string {
  return sector ? state + sector : state;
}

/** The actor a lexicon item names at `date`, or null for heads and stops. */
export function refOf(lex: Lex, date: string | null): ActorRef | null {
  if (lex.kind === 'head' || lex.kind === 'stop') return null;
  if (lex.kind === 'set') return lex.members[0] ?? null;
  if (lex.kind === 'official') {
    const r = roleAt(lex.roles, date);
    const sector = r ? r.sector : null;
    const state = r?.state ?? lex.state;
    return { code: joinCode(state, sector), state, sector, name: lex.name, role: r ? r.role : null, entryId: lex.id };
  }
  const code = lex.kind === 'outlet' && lex.state === '' ? '' : joinCode(lex.state, lex.sector);
  return { code, state: lex.state, sector: lex.sector, name: lex.name, role: lex.role, entryId: lex.id };
}

/** A ref with a sector and role put on a base actor (chain "Iranian" + "officials"). */
export function withSector(base: ActorRef, sector: string | null, role: string | null): ActorRef {
  const s = sector ?? base.sector;
  return { ...base, code: joinCode(base.state, s), sector: s, role: role ?? base.role };
}
