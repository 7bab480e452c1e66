/**
 * Short names of officials named in full earlier in the same text: after
 * "Kim Jong Un", a bare "Kim" is him; after "Choe Son Hui", "Choe". Family
 * names come first in East Asian names and last elsewhere. A short name two
 * officials of the text share is ambiguous and left alone, as is one that
 * stands beside another capitalised word ("Kim Yo Jong").
 */
import type { ActorRef, Mention } from '../core/actor.js';
import type { MatchToken } from './match.js';

/** States whose officials' names put the family name first, as English-language news writes them. */
const FAMILY_FIRST = new Set(['CHN', 'PRK', 'KOR', 'TWN', 'VNM', 'HKG', 'MAC', 'KHM', 'MNG']);

/** The family name of an official's canonical name, or null when the name is one word. */
export function familyName(name: string, state: string): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  // "Mohammed bin Salman": Arabic patronymic names have no family name to shorten to.
  if (words.length < 2 || words.some((w) => /^(bin|ibn|bint|al|el|Al|El)$/.test(w))) return null;
  const w = FAMILY_FIRST.has(state) ? words[0]! : words[words.length - 1]!;
  return /^\p{Lu}[\p{L}'’-]+$/u.test(w) ? w : null;
}

/** Titles that may stand before a short name ("President Kim", "Mr Putin"). */
const TITLES = new Set(['president', 'leader', 'chairman', 'premier', 'minister', 'secretary', 'general', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'dr', 'chancellor', 'king', 'prince', 'marshal', 'comrade', 'ambassador', 'envoy', 'spokesman', 'spokeswoman']);

function capitalised(text: string, t: MatchToken | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(text.slice(t.start, t.end));
}

/**
 * Mentions for bare family names of officials named earlier in the text,
 * merged into `found` in text order.
 */
export function addShortNames(text: string, tokens: readonly MatchToken[], found: Mention[]): Mention[] {
  const first = new Map<string, { at: number; actors: ActorRef[] } | null>();
  for (const m of found) {
    if (m.kind !== 'official') continue;
    for (const a of m.actors) {
      const f = familyName(a.name, a.state);
      if (f === null || text.slice(m.start, m.end) === f) continue;
      const prev = first.get(f);
      if (prev === undefined) first.set(f, { at: m.end, actors: [a] });
      else if (prev !== null && !prev.actors.some((p) => p.entryId === a.entryId)) first.set(f, null);
    }
  }
  if (![...first.values()].some((v) => v !== null)) return found;
  const covered = new Uint8Array(tokens.length);
  for (const m of found) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
  const extra: Mention[] = [];
  tokens.forEach((t, i) => {
    if (covered[i]) return;
    const hit = first.get(text.slice(t.start, t.end));
    if (!hit || t.start < hit.at) return;
    // "Kim Yo Jong", "President Kim Dae-jung's": another capitalised word beside it makes another name.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (capitalised(text, next) && next!.sentence === t.sentence) return;
    const title = prev !== undefined && TITLES.has(text.slice(prev.start, prev.end).toLowerCase());
    if (prev && prev.sentence === t.sentence && capitalised(text, prev) && prev.pos === 'PROPN' && !covered[i - 1] && !title) return;
    extra.push({ start: t.start, end: t.end, kind: 'official', actors: hit.actors, sentence: t.sentence, tokenStart: i, tokenEnd: i + 1, rule: 'actors:short-name' });
  });
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}
