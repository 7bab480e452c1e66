/**
 * Part-of-speech repairs the coder needs before chunking: wink tags some
 * verbs as nouns ("if Iran supplies missiles", "countries that supply
 * weapons") and some participles and gerunds the other way round.
 */
import { inClass } from './chunk.js';
import type { SentView } from './chunk.js';

const POSS_MARK = new Set(["'s", '’s']);
const POSS_PRON = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const GERUND_TAKERS = new Set(['deny', 'admit', 'stop', 'continue', 'begin', 'start', 'keep', 'consider', 'avoid', 'resume', 'halt', 'suspend', 'finish', 'discuss', 'risk', 'reject', 'refuse', 'recommend', 'propose', 'acknowledge']);
const COMPOUND_ING = new Set(['fighting', 'landing', 'training', 'firing', 'launching', 'refuelling', 'refueling', 'patrolling', 'minesweeping', 'jamming', 'tracking']);
const SINGULAR_DET = new Set(['a', 'an', 'each', 'every']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center']);

/**
 * Repairs the tags in place (and the lemma of a sentence-initial plural
 * read as a name), before the sentence is chunked.
 */
export function retag(sv: SentView): void {
  // "Shipments of drones ...": a capitalised sentence-initial plural is read as a name with itself as lemma.
  if (sv.n > 1 && sv.pos[0] === 'PROPN' && sv.mentionOf[0]! < 0 && /^[a-z]{4,}s$/.test(sv.norm[0]!) && sv.lemma[0] === sv.norm[0]) {
    sv.pos[0] = 'NOUN';
    sv.lemma[0] = singular(sv.norm[0]!);
  }
  for (let i = 1; i + 1 < sv.n; i++) {
    const w = sv.norm[i]!;
    const prev = sv.pos[i - 1]!;
    const next = sv.pos[i + 1]!;
    // "China-based network", "Russian-made fighters": a participle after a hyphen modifies the noun.
    if (sv.pos[i] === 'VERB' && sv.norm[i - 1] === '-') { sv.pos[i] = 'ADJ'; continue; }
    // "is not supplying weapons": an -ing word after an auxiliary or "not" is a verb.
    if (sv.pos[i] === 'NOUN' && w.endsWith('ing') && (prev === 'AUX' || sv.norm[i - 1] === 'not' || sv.norm[i - 1] === "n't")) { sv.pos[i] = 'VERB'; continue; }
    // "who ship tanks": right after a relative pronoun comes a verb.
    if (sv.pos[i] === 'NOUN' && (sv.norm[i - 1] === 'who' || sv.norm[i - 1] === 'which') && next !== 'VERB' && next !== 'AUX') { sv.pos[i] = 'VERB'; continue; }
    // "Iran's purported supplies", "the growing cooperation", "38 advanced tanks": a participle between determiner (or number) and noun.
    if (sv.pos[i] === 'VERB' && (w.endsWith('ed') || w.endsWith('ing')) && ((prev === 'DET' && !['that', 'which', 'what'].includes(sv.norm[i - 1]!)) || (prev === 'NUM' && w.endsWith('ed')) || POSS_MARK.has(sv.norm[i - 1]!) || prev === 'ADJ' || POSS_PRON.has(sv.norm[i - 1]!)) && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN' || next === 'NUM')) {
      sv.pos[i] = 'ADJ';
      continue;
    }
    // "Bradley fighting vehicles", "landing ships": an -ing word of a military compound modifies the noun after it.
    if (sv.pos[i] === 'VERB' && COMPOUND_ING.has(w) && next === 'NOUN' && prev !== 'AUX' && prev !== 'PART' && sv.norm[i - 1] !== 'not') { sv.pos[i] = 'ADJ'; continue; }
    // "an apartment block in Odesa": after "a(n)" and a singular noun a bare verb form cannot be a finite verb (it would need -s).
    if (sv.pos[i] === 'VERB' && i >= 2 && SINGULAR_DET.has(sv.norm[i - 2]!) && prev === 'NOUN' && sv.norm[i - 1] === sv.lemma[i - 1] && w === sv.lemma[i] && !w.endsWith('ed') && (next === 'ADP' || next === 'PUNCT')) {
      sv.pos[i] = 'NOUN';
      continue;
    }
    // "in the north of Chile": a compass word between a determiner and "of" is a noun.
    if (COMPASS.has(w) && sv.pos[i - 1] === 'DET' && sv.norm[i + 1] === 'of') { sv.pos[i] = 'NOUN'; continue; }
    // "China's transfer of ...": a possessor is followed by a noun, not a verb.
    if (sv.pos[i] === 'VERB' && (w !== 'been') && POSS_MARK.has(sv.norm[i - 1]!) && prev === 'PART') { sv.pos[i] = 'NOUN'; continue; }
    // "denied arming Russia", "began shipping drones": an -ing word after a verb that takes a gerund is that gerund.
    if (sv.pos[i] === 'NOUN' && w.endsWith('ing') && prev === 'VERB' && GERUND_TAKERS.has(sv.lemma[i - 1]!) && ['NOUN', 'DET', 'ADJ', 'NUM', 'PROPN'].includes(next)) { sv.pos[i] = 'VERB'; continue; }
    // "of trading arms", "by supplying drones": a gerund read as a noun after a preposition.
    if (sv.pos[i] === 'NOUN' && w.endsWith('ing') && prev === 'ADP' && ['NOUN', 'DET', 'ADJ', 'NUM', 'PROPN'].includes(next)) { sv.pos[i] = 'VERB'; continue; }
    // ", warning that ...": a gerund read as a noun after a comma.
    if (sv.pos[i] === 'NOUN' && w.endsWith('ing') && sv.norm[i - 1] === ',' && (sv.norm[i + 1] === 'that' || next === 'DET' || next === 'PROPN')) {
      sv.pos[i] = 'VERB';
      continue;
    }
  }
  // "fired at least 60 missiles", "buy up to 1,000 drones": a bound before a number belongs to the noun group, not a preposition.
  for (let i = 1; i + 2 < sv.n; i++) {
    const bound = (sv.norm[i] === 'at' && (sv.norm[i + 1] === 'least' || sv.norm[i + 1] === 'most')) || (sv.norm[i] === 'up' && sv.norm[i + 1] === 'to');
    // "up to 1,000 drones" after a verb; "up to $1 billion" after "lend" stays as it was (a sum, not a count).
    if (bound && sv.pos[i + 2] === 'NUM' && (sv.norm[i] !== 'up' || sv.pos[i - 1] === 'VERB')) { sv.pos[i] = 'ADJ'; sv.pos[i + 1] = 'ADJ'; }
  }
  for (let i = 1; i + 2 < sv.n; i++) if (relativeThat(sv, i)) { sv.pos[i] = 'PRON'; sv.pos[i + 1] = 'VERB'; }
  for (let i = 1; i + 1 < sv.n; i++) {
    if (sv.pos[i] !== 'NOUN' || !sv.norm[i]!.endsWith('s')) continue;
    // "North Korean arms shipments": a demonym modifies the noun after it; it is no subject.
    if (sv.mentionOf[i - 1]! >= 0 && sv.doc.mentions[sv.mentionOf[i - 1]!]!.kind === 'demonym') continue;
    const prevName = sv.pos[i - 1] === 'PROPN' || (sv.mentionOf[i - 1]! >= 0 && sv.mentionOf[i]! < 0);
    // "Russia plans to buy ...", "Pyongyang denies supplying ...": a plural after a name before an infinitive or a gerund is the verb too.
    const nextNp = ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(sv.pos[i + 1]!) || (sv.mentionOf[i - 1]! >= 0 && ((sv.norm[i + 1] === 'to' && sv.pos[i + 2] === 'VERB') || /^[a-z]{3,}ing$/.test(sv.norm[i + 1]!)));
    if (prevName && nextNp && sv.mentionOf[i]! < 0 && sv.pos[i - 1] !== 'ADJ') {
      const before = i >= 2 ? sv.pos[i - 2]! : '';
      if (before !== 'DET' && before !== 'ADJ' && before !== 'PART') sv.pos[i] = 'VERB';
    }
  }
}

/** Naive singular of a plural noun ("deliveries" → "delivery", "shipments" → "shipment"). */
function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/**
 * "countries that supply weapons", "a state that arms Kyiv": "that" read as a determiner between a
 * noun and a verb read as a noun that agrees with it in number, before the verb's object.
 */
function relativeThat(sv: SentView, i: number): boolean {
  if (sv.norm[i] !== 'that' || sv.pos[i] !== 'DET' || sv.pos[i - 1] !== 'NOUN' || sv.mentionOf[i + 1]! >= 0) return false;
  if (inClass(sv, i - 1, 'claim-noun') || inClass(sv, i - 1, 'evidence-noun')) return false;
  const v = i + 1;
  if (sv.pos[v] !== 'NOUN' && sv.pos[v] !== 'VERB') return false;
  const plural = sv.norm[i - 1] !== sv.lemma[i - 1];
  const agrees = plural ? sv.norm[v] === sv.lemma[v] : sv.norm[v] !== sv.lemma[v] && sv.norm[v]!.endsWith('s');
  const obj = sv.mentionOf[v + 1]! >= 0 || ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(sv.pos[v + 1]!);
  return agrees && obj;
}
