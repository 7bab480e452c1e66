/**
 * Readings of a state, capital or demonym that do not name the state acting.
 * The dictionaries match names; these rules look at the words around a
 * single-name mention (no title or head joined to it) to tell:
 *
 * - a firm's name ("Gillette Canada Inc", "Swiss Bank Corp", "Air Canada",
 *   "American Motors"): the firm, not the government. It stays an actor of
 *   its state with the business sector (CAMEO BUS), because FORMAT.md counts
 *   firms as the state where they are based in sanctions and arms deals.
 * - a currency ("Swiss francs", "U.S. dollars") or a newspaper or rate named
 *   after a place ("Washington Post", "London Interbank Offered Rate"): no
 *   actor at all, so the mention is dropped.
 * - a capital or city named as a place ("a summit in Athens", "travelled to
 *   Paris", "a rally in Birmingham"): kept with its state, since the coder needs it for the host of a visit
 *   (042) and a third-country meeting (044), but marked with PLACE_RULE so a
 *   coder can refuse it as the actor of anything else.
 */
import type { Mention } from '../core/actor.js';
import type { MatchToken } from './match.js';
import { GROUP_CODES } from '../core/actor.js';
import { withSector } from './resolve.js';

const GROUPS: ReadonlySet<string> = new Set(GROUP_CODES);

/** Rule of a capital read as a location rather than as its government ("met in Paris"). */
export const PLACE_RULE = 'actors:place';

/** True when the mention is a capital used as a location, not a metonym for its government. */
export function isPlaceReading(m: Pick<Mention, 'rule'>): boolean {
  return m.rule === PLACE_RULE;
}

/** Mentions these rules look at: one name standing alone, as the chainer left it. */
const SINGLE = new Set(['actors:state', 'actors:capital', 'actors:demonym']);

/** Legal-form words that end a firm's name: decisive wherever they fall in the name. */
const CORP_SUFFIX = new Set(['inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'cos', 'ltd', 'ltd.', 'limited', 'plc', 'sa', 's.a.', 'ag', 'gmbh', 'nv', 'n.v.', 'bv', 'spa', 'bhd', 'berhad', 'pty', 'holdings', 'bancorp', 'llc']);

/**
 * Trade words that make "<place> <Word>" a firm even without a legal form
 * ("British Petroleum", "Texas Air", "American Express"). Words that also
 * name state bodies (Central, National, Development, Fund, Oil) are left out:
 * "Swiss National Bank" and "Saudi Fund for Development" are the state.
 */
const FIRM_HEAD = new Set(['air', 'airlines', 'airline', 'airways', 'express', 'motors', 'petroleum', 'telephone', 'telecom', 'telecommunications', 'steel', 'brands', 'tire', 'electric', 'instruments', 'chemical', 'chemicals', 'shell', 'breweries', 'brewing', 'foods', 'bank', 'banking', 'savings', 'securities', 'insurance']);

/** Words before a place that make the two a firm's name ("Air Canada", "Shell Canada", "Banque Paribas Paris"). */
const FIRM_PREFIX = new Set(['air', 'shell', 'banque', 'banco', 'paribas', 'unicorp']);

/** "Air Force", "Securities and Exchange Commission": words after a trade word that make it a state body. */
const BODY_AFTER = new Set(['force', 'forces', 'and', 'ministry', 'minister', 'commission', 'regulator', 'authority', 'board', 'of']);

/** Mastheads named after a place ("Washington Post", "Jakarta Post", "New York Daily News"): outlets, not the state. */
const MASTHEAD = new Set(['post', 'times', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'globe']);

/** Money named after its state ("Swiss francs", "U.S. Dlrs"): a unit, never an actor. */
const CURRENCY = new Set([
  'dollar', 'dollars', 'dlr', 'dlrs', 'franc', 'francs', 'yen', 'mark', 'marks', 'pound', 'pounds', 'sterling', 'lira', 'lire', 'peseta', 'pesetas',
  'rupee', 'rupees', 'peso', 'pesos', 'rouble', 'roubles', 'ruble', 'rubles', 'won', 'yuan', 'renminbi', 'rand', 'riyal', 'riyals', 'rial', 'rials',
  'dinar', 'dinars', 'shekel', 'shekels', 'krona', 'kronor', 'krone', 'kroner', 'guilder', 'guilders', 'currency', 'currencies', 'escudo', 'escudos',
  'schilling', 'schillings', 'drachma', 'drachmas', 'baht', 'ringgit', 'rupiah', 'hryvnia', 'zloty', 'forint', 'cruzado', 'cruzados', 'crown', 'crowns', 'kroon', 'interbank',
]);

/** A capital after "in" is where something happens ("talks in Paris"); after "at" only where people meet ("fired at Riyadh" aims at Saudi Arabia). */
const MEETING = new Set(['meeting', 'meetings', 'summit', 'talks', 'conference', 'session', 'rally', 'forum', 'held', 'met', 'gathering']);
/** ...unless the noun before the preposition is someone there: "officials in Moscow" speak for Russia. */
const PEOPLE_IN = new Set(['officials', 'official', 'authorities', 'government', 'diplomats', 'diplomat', 'sources', 'leaders', 'leadership', 'regime', 'embassy', 'embassies', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'policymakers', 'hawks', 'decision-makers', 'counterparts', 'police', 'prosecutors', 'court', 'courts', 'judge', 'ministry', 'parliament']);
/** Verbs of going after which "to <capital>" names a destination ("travelled to Paris"), not a recipient. */
const TRAVEL = new Set(['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'flown', 'flying', 'go', 'goes', 'went', 'gone', 'going', 'return', 'returns', 'returned', 'returning', 'trip', 'trips', 'visit', 'journey', 'moved', 'move', 'headed', 'heading', 'came', 'come', 'comes', 'coming', 'back']);
const POSS = new Set(["'s", '\u2019s', "'", '\u2019']);

/**
 * "US-backed fighters", "Iranian-funded militias": a state named only as the
 * backer of an armed group is not the group; the noun it modifies acts. ("-led"
 * and "-made" stay: a led coalition is its leader's act, and makers are read
 * by the coder.)
 */
const BACKED = new Set(['backed', 'funded', 'sponsored', 'supported', 'trained', 'armed', 'aligned', 'allied', 'financed', 'equipped', 'installed', 'imposed']);

/**
 * Capitalised words that precede a state or demonym inside names of places
 * and bodies ("Royal Thai Air Force", "North Korean", "Monday Russia said"):
 * such a word is no given name, so the state that follows is no surname.
 */
const NOT_GIVEN = new Set([
  'royal', 'great', 'greater', 'new', 'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
  'upper', 'lower', 'united', 'democratic', 'federal', 'islamic', 'soviet', 'imperial', 'gulf', 'latin', 'arab', 'pacific', 'atlantic',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'president', 'minister', 'premier', 'king', 'queen',
  'prince', 'general', 'admiral', 'chancellor', 'secretary', 'ambassador', 'pro', 'anti', 'ex', 'former', 'free', 'old', 'sub',
]);

/**
 * "Billionaire Mark Cuban", "striker Chris Jordan": a lone state name or
 * demonym right after a given name (a capitalised proper noun that is no
 * dictionary hit) and before a lower-case word is a
 * person's surname, not the state (the given name may follow a title:
 * "Billionaire Mark Cuban").
 */
function surname(text: string, tokens: readonly MatchToken[], m: Mention, covered: Uint8Array): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const s = m.sentence;
  const prev = at(tokens, m.tokenStart - 1, s);
  const next = at(tokens, m.tokenEnd, s);
  if (!prev || covered[m.tokenStart - 1] || prev.pos !== 'PROPN' || !capitalised(text, prev) || NOT_GIVEN.has(prev.norm)) return false;
  if (prev.end !== m.start - 1 || prev.end - prev.start < 2) return false;
  return !(next && capitalised(text, next));
}

function capitalised(text: string, t: MatchToken): boolean {
  const c = text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

/** Token i when it is in sentence `s`, else undefined. */
function at(tokens: readonly MatchToken[], i: number, s: number): MatchToken | undefined {
  const t = tokens[i];
  return t !== undefined && t.sentence === s ? t : undefined;
}

/** True when a noun tag, or no tags at all (phrases resolved without a tagger still get the rule). */
function nounish(t: MatchToken): boolean {
  return t.pos === undefined || t.pos === 'NOUN' || t.pos === 'PROPN';
}

type Reading = 'firm' | 'none' | 'place' | null;

/** "Gillette Canada Inc", "Bank of Tokyo International Ltd": a legal form within the capitalised run after the name. */
function legalFormAfter(text: string, tokens: readonly MatchToken[], m: Mention, covered: Uint8Array): boolean {
  for (let i = m.tokenEnd; i < m.tokenEnd + 5; i++) {
    const t = at(tokens, i, m.sentence);
    // Another actor ends the name ("U.S. And Japan Co-operate" is two states).
    if (t === undefined || covered[i]) return false;
    if (CORP_SUFFIX.has(t.norm)) return tokens[i + 1]?.norm !== '-';
    if (!capitalised(text, t) && t.norm !== '&' && t.norm !== 'and') return false;
  }
  return false;
}

/** A city entry of states-places.yaml ("Kharkiv", "Boston"): a place by nature, read like a capital. */
function cityOrCapital(m: Mention): boolean {
  return m.kind === 'capital' || (m.kind === 'state' && m.actors.length === 1 && m.actors[0]!.entryId.startsWith('place-'));
}

function readingOf(text: string, tokens: readonly MatchToken[], m: Mention, covered: Uint8Array): Reading {
  const s = m.sentence;
  const next = at(tokens, m.tokenEnd, s);
  const prev = at(tokens, m.tokenStart - 1, s);
  if (next && CURRENCY.has(next.norm) && nounish(next)) return 'none';
  const after = at(tokens, m.tokenEnd + 1, s);
  if (next && next.norm === '-' && after && BACKED.has(after.norm)) return 'none';
  if (next && capitalised(text, next) && MASTHEAD.has(next.norm)) {
    // "Canada Post" is the state's postal firm; "Jakarta Post", "Washington Post" are newspapers.
    return next.norm === 'post' && m.kind === 'state' && !cityOrCapital(m) ? 'firm' : 'none';
  }
  if (legalFormAfter(text, tokens, m, covered)) return 'firm';
  if (next && capitalised(text, next) && FIRM_HEAD.has(next.norm)) {
    if (!after || !BODY_AFTER.has(after.norm)) return 'firm';
  }
  if (prev && capitalised(text, prev) && FIRM_PREFIX.has(prev.norm)) return 'firm';
  if (m.kind !== 'capital' && surname(text, tokens, m, covered)) return 'none';
  if (!cityOrCapital(m) || (next && POSS.has(next.norm))) return null;
  const before = prev ? at(tokens, m.tokenStart - 2, s) : undefined;
  if (prev && prev.norm === 'in' && !(before && PEOPLE_IN.has(before.norm))) return 'place';
  if (prev && prev.norm === 'at' && before && MEETING.has(before.norm)) return 'place';
  if (prev && prev.norm === 'to' && before && TRAVEL.has(before.norm)) return 'place';
  return null;
}

/**
 * Applies the readings above to the mentions of one text: firm names become
 * the BUS sector of their state, currencies and mastheads are dropped, and
 * capitals named as places are re-ruled PLACE_RULE.
 */
export function applyReadings(text: string, tokens: readonly MatchToken[], found: Mention[]): Mention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of found) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
  const out: Mention[] = [];
  for (const m of found) {
    const r = SINGLE.has(m.rule) ? readingOf(text, tokens, m, covered) : null;
    if (r === null) out.push(m);
    // "Western Air", "European Metals Ltd": a firm is based in a state, never in a group of them.
    else if (r === 'firm' && m.actors.every((a) => a.state.length === 3 && !GROUPS.has(a.state))) out.push({ ...m, kind: 'body', rule: 'actors:firm', actors: m.actors.map((a) => withSector(a, 'BUS', null)) });
    else if (r === 'place') out.push({ ...m, rule: PLACE_RULE });
  }
  return out;
}
