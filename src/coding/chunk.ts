/**
 * A small chunker over wink-nlp's universal POS tags: noun groups, verb
 * groups (auxiliaries, modals, adverbs and negation included), prepositions,
 * subordinators and relative pronouns. wink gives no dependency parse, so the
 * argument finder (args.ts) works over these chunks instead of over words.
 */
import type { Doc } from '../core/doc.js';
import type { Sentence } from '../core/nlp.js';
import type { Lexicon } from './types.js';
import { retag } from './retag.js';
import { treeView } from './tree/view.js';
import type { TreeView } from './tree/view.js';

export type ChunkKind = 'NP' | 'VP' | 'ADP' | 'PUNCT' | 'CC' | 'SC' | 'REL' | 'TO' | 'ADV' | 'ADJ' | 'X';

/** Verb group forms: finite, infinitive ("to acquire"), gerund/participle ("supplying"), bare participle ("supplied"). */
export type VerbForm = 'finite' | 'inf' | 'ger' | 'part';

/** A chunk: local token indexes [start, end) into the sentence; `head` is its last content word. */
export interface Chunk {
  kind: ChunkKind;
  start: number;
  end: number;
  head: number;
  /** Verb groups only. */
  form: VerbForm;
  passive: boolean;
}

/** One sentence seen by the coder: token fields as arrays, chunks, mention cover. */
export interface SentView {
  doc: Doc;
  sent: Sentence;
  /** Doc index of the sentence's first token. */
  base: number;
  n: number;
  lemma: string[];
  norm: string[];
  pos: string[];
  /** Doc mention index covering each local token, or -1. */
  mentionOf: Int32Array;
  chunks: Chunk[];
  /** Chunk index of each local token. */
  chunkOf: Int32Array;
  lex: Lexicon;
  /** The sentence's dependency tree, or null where the parser did not see it (then chunks alone decide). */
  tree: TreeView | null;
  /** Whether some word of the sentence can stand for an actor (tree/fill.ts sets it when first needed, to skip needless trees). */
  namesActor?: boolean;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'SYM', 'X']);
const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'this', 'something', 'which', 'who', 'whom']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const BE = new Set(['be', 'get']);
const TIME_MOD = new Set(['next', 'last', 'this', 'earlier', 'later', 'early', 'late']);
const POSS_MARK = new Set(["'s", '’s']);
const ARTICLE = new Set(['a', 'an', 'the']);
const QUANTIFIER = new Set(['all', 'some', 'most', 'many', 'much', 'each', 'any', 'none', 'several', 'both']);
/** "spoke by phone", "arrived by plane": "by" + a means of contact or travel is no passive agent. */
const MEANS = new Set(['phone', 'telephone', 'video', 'videolink', 'plane', 'car', 'train', 'air', 'sea', 'land', 'letter', 'mail', 'email', 'road', 'boat', 'helicopter']);

/** True when the class `name` of the lexicon holds the token's lemma or form. */
export function inClass(sv: SentView, i: number, name: string): boolean {
  const c = sv.lex.classes.get(name);
  return c !== undefined && (c.has(sv.lemma[i]!) || c.has(sv.norm[i]!));
}

/** Builds the view of one sentence, mapping the doc's mentions onto its tokens. */
export function viewSentence(doc: Doc, sent: Sentence, lex: Lexicon, mentionIdx: number[]): SentView {
  const base = sent.tokenStart;
  const n = sent.tokenEnd - base;
  const lemma: string[] = new Array(n);
  const norm: string[] = new Array(n);
  const pos: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[base + i]!;
    lemma[i] = t.lemma;
    norm[i] = t.norm;
    pos[i] = t.pos;
  }
  const mentionOf = new Int32Array(n).fill(-1);
  // A dateline's place and outlet ("BERGEN, May 2 (Wire) -") say where and who reports: never a party of
  // the first sentence's clauses (an outlet read as a first coordinated subject left "A and B signed" unpaired).
  const bodyStart = doc.article.dateline?.bodyStart ?? 0;
  for (const mi of mentionIdx) {
    const m = doc.mentions[mi]!;
    if (m.end <= bodyStart) continue;
    const from = Math.max(0, m.tokenStart - base);
    const to = Math.min(n, m.tokenEnd - base);
    for (let i = from; i < to; i++) {
      const t = doc.tokens[base + i]!;
      if (t.start >= m.start && t.end <= m.end) mentionOf[i] = mi;
    }
  }
  let tree: TreeView | null | undefined;
  const sv: SentView = { doc, sent, base, n, lemma, norm, pos, mentionOf, chunks: [], chunkOf: new Int32Array(n), lex, get tree() {
    // Built on first read: the tree is a second reading, asked for only where the chunks found no actor.
    if (tree === undefined) tree = treeView(doc, sent);
    return tree;
  } };
  retag(sv);
  chunk(sv);
  return sv;
}

function kindOf(sv: SentView, i: number): ChunkKind {
  const p = sv.pos[i]!;
  const w = sv.norm[i]!;
  if (sv.mentionOf[i]! >= 0) return 'NP';
  // "to either Russia or Ukraine", "neither Kyiv nor Moscow": the first half of a paired conjunction opens the noun group.
  if ((w === 'either' || w === 'neither') && p === 'CCONJ' && NP_POS.has(sv.pos[i + 1] ?? '')) return 'NP';
  // "sanctioned firms for supplying": "for" is a preposition, never a clause opener; "whether" always opens one.
  if (w === 'for' && p === 'SCONJ') return 'ADP';
  if (w === 'whether') return 'SC';
  // "Chile, which exports ...": wink may tag a relative "which" as a determiner.
  if ((w === 'which' || w === 'who') && i > 0 && sv.norm[i - 1] === ',') return 'REL';
  // "countries which supply ...": a relative "which" may be read as an adjective; "which countries" is a determiner.
  if ((w === 'which' || w === 'who') && i > 0 && sv.pos[i - 1] === 'NOUN' && !['NOUN', 'ADJ'].includes(sv.pos[i + 1] ?? '')) return 'REL';
  if (p === 'PRON') {
    if (w === 'who' || w === 'which' || w === 'whom') return 'REL';
    if (w === 'that') return 'SC';
    return 'NP';
  }
  // "up to $1 billion", "to 400 entities": "to" before a number or determiner is a preposition.
  if (p === 'PART' && w === 'to') return ['NUM', 'SYM', 'DET'].includes(sv.pos[i + 1] ?? '') ? 'ADP' : 'TO';
  // "surface-to-surface", "air-to-air": a hyphenated compound is one noun-group word.
  if (w === 'to' && sv.norm[i - 1] === '-' && sv.norm[i + 1] === '-') return 'NP';
  // "state-of-the-art jets", "long-range missiles": a word written with hyphens, no spaces, is one noun-group word.
  if (w === '-' ? joined(sv, i - 1, i) && joined(sv, i, i + 1) && sv.pos[i + 1] !== 'VERB' : hyphenInside(sv, i) || hyphenBefore(sv, i)) return 'NP';
  if (p === 'PART' && POSSESSIVE.has(w)) return 'NP';
  if (p === 'AUX' || p === 'VERB' || (p === 'PART' && (w === 'not' || w === "n't"))) return 'VP';
  if (NP_POS.has(p)) return 'NP';
  if (p === 'ADP') return 'ADP';
  if (p === 'CCONJ') return 'CC';
  if (p === 'SCONJ') return 'SC';
  if (p === 'ADV') return 'ADV';
  if (p === 'PUNCT') return 'PUNCT';
  return 'X';
}

/** Tokens a and b (a + 1 = b) touch: no space between them. */
function joined(sv: SentView, a: number, b: number): boolean {
  return a >= 0 && b < sv.n && tok(sv, a).end === tok(sv, b).start;
}

/** "of" and "the" in "state-of-the-art": a word between two touching hyphens. */
function hyphenInside(sv: SentView, i: number): boolean {
  return sv.norm[i - 1] === '-' && sv.norm[i + 1] === '-' && joined(sv, i - 1, i) && joined(sv, i, i + 1);
}

/** "cutting" in "cutting-edge jets": a word joined by a hyphen to a following noun-group word. */
function hyphenBefore(sv: SentView, i: number): boolean {
  return sv.norm[i + 1] === '-' && joined(sv, i, i + 1) && joined(sv, i + 1, i + 2) && NP_POS.has(sv.pos[i + 2] ?? '') && sv.pos[i] !== 'PUNCT';
}

/** Groups tokens into chunks. */
function chunk(sv: SentView): void {
  const kinds = Array.from({ length: sv.n }, (_, i) => kindOf(sv, i));
  // Adverbs inside a verb group ("is closely monitoring", "has also claimed") belong to it.
  for (let i = 1; i + 1 < sv.n; i++) {
    if (kinds[i] !== 'ADV' || kinds[i - 1] !== 'VP') continue;
    let j = i;
    while (j < sv.n && kinds[j] === 'ADV') j++;
    if (j < sv.n && kinds[j] === 'VP') for (let k = i; k < j; k++) kinds[k] = 'VP';
  }
  let i = 0;
  while (i < sv.n) {
    const k = kinds[i]!;
    let j = i + 1;
    if (k === 'NP') j = npEnd(sv, kinds, i);
    else if (k === 'VP') {
      // A second lexical verb opens its own group ("denied | providing", "started | receiving").
      let verbs = sv.pos[i] === 'VERB' ? 1 : 0;
      while (j < sv.n && kinds[j] === 'VP' && !(sv.pos[j] === 'AUX' && sv.pos[j - 1] === 'VERB')) {
        if (sv.pos[j] === 'VERB' && ++verbs > 1) break;
        j++;
      }
    }
    pushChunk(sv, k, i, j);
    i = j;
  }
  markRelativeThat(sv);
  for (let c = 0; c < sv.chunks.length; c++) if (sv.chunks[c]!.kind === 'VP') classifyVerbGroup(sv, c);
}

/** End of a noun group starting at i: a personal pronoun stands alone; a possessive marker continues. */
function npEnd(sv: SentView, kinds: ChunkKind[], i: number): number {
  if (PERSONAL.has(sv.norm[i]!) && sv.mentionOf[i]! < 0) return i + 1;
  let j = i + 1;
  while (j < sv.n) {
    // "visit Japan next week": a time phrase after a name is its own group.
    if (sv.mentionOf[j - 1]! >= 0 && sv.mentionOf[j]! < 0 && timePhraseAt(sv, j)) break;
    // "send Ukraine 31 tanks", "gave Kyiv more air defence": a name right after a verb, then a determiner, number
    // or quantity word, is the first of two objects (the recipient), not a modifier of the second.
    if (j - 1 === i || sv.mentionOf[j - 1] === sv.mentionOf[i]) {
      if (sv.mentionOf[i]! >= 0 && sv.mentionOf[j]! < 0 && i > 0 && kinds[i - 1] === 'VP' && (secondObjectAt(sv, j) || ditransitive(sv, i - 1, j))) break;
    }
    // "called such reports a fabrication": an article after a noun opens a second noun group.
    if (ARTICLE.has(sv.norm[j]!) && sv.mentionOf[j]! < 0 && (sv.pos[j - 1] === 'NOUN' || sv.pos[j - 1] === 'PROPN')) break;
    if (kinds[j] === 'NP' && !(PERSONAL.has(sv.norm[j]!) && sv.mentionOf[j]! < 0)) { j++; continue; }
    // A hyphen or quote between two noun-group words ("short-range", “hundreds”) stays inside.
    if (sv.pos[j] === 'PUNCT' && /^[-–‑“”"]$/.test(sv.norm[j]!) && j + 1 < sv.n && kinds[j + 1] === 'NP' && sv.norm[j] !== ',') { j++; continue; }
    // Mentions may contain function words ("Department of Defense").
    if (sv.mentionOf[j]! >= 0 && sv.mentionOf[j] === sv.mentionOf[j - 1]) { j++; continue; }
    break;
  }
  return j;
}

/** Words that open a second object after a recipient name ("Ukraine additional capabilities"). */
const SECOND_OBJECT = new Set(['more', 'additional', 'further', 'extra', 'several', 'new', 'fresh', 'enough', 'another', 'advanced', 'modern', 'dozens', 'hundreds', 'thousands']);

/** A determiner, number or quantity word at j opens the second object of a double-object verb. */
function secondObjectAt(sv: SentView, j: number): boolean {
  const p = sv.pos[j]!;
  if (p === 'NUM' || p === 'SYM' || (p === 'DET' && !POSS_MARK.has(sv.norm[j]!))) return true;
  return SECOND_OBJECT.has(sv.norm[j]!);
}

/** Verbs that take a recipient before what they give ("sending Russia drone engines"). */
const GIVE = new Set(['send', 'give', 'sell', 'offer', 'hand', 'ship', 'lend', 'supply', 'provide', 'promise', 'grant', 'deliver', 'pledge']);

/** After a giving verb and a recipient, a common noun starts the thing given. */
function ditransitive(sv: SentView, v: number, j: number): boolean {
  return GIVE.has(sv.lemma[v]!) && (sv.pos[j] === 'NOUN' || sv.pos[j] === 'ADJ');
}

/** "next week", "last month", "this year", "Monday": a time phrase starts at j. */
function timePhraseAt(sv: SentView, j: number): boolean {
  if (inClass(sv, j, 'time-noun')) return true;
  return TIME_MOD.has(sv.norm[j]!) && j + 1 < sv.n && inClass(sv, j + 1, 'time-noun');
}

function pushChunk(sv: SentView, kind: ChunkKind, start: number, end: number): void {
  let head = end - 1;
  if (kind === 'NP') {
    // The head is the last noun-like word; trailing adjectives ("parties involved") do not head.
    while (head > start && !['NOUN', 'PROPN', 'PRON', 'NUM'].includes(sv.pos[head]!) && sv.mentionOf[head]! < 0) head--;
    const hasNoun = ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(sv.pos[head]!) || sv.mentionOf[head]! >= 0;
    // "support all of Russia's policies": a quantifier before "of" heads its group.
    // So do the reciprocals "each other", "one another".
    const reciprocal = end - start === 2 && ['each', 'one'].includes(sv.norm[start]!) && ['other', 'another'].includes(sv.norm[end - 1]!);
    if (!hasNoun && !reciprocal && !(QUANTIFIER.has(sv.norm[end - 1]!) && sv.norm[end] === 'of')) kind = 'ADJ';
  } else if (kind === 'VP') {
    while (head > start && sv.pos[head] !== 'VERB') head--;
    if (sv.pos[head] !== 'VERB') head = end - 1;
  }
  const idx = sv.chunks.length;
  sv.chunks.push({ kind, start, end, head, form: 'finite', passive: false });
  for (let t = start; t < end; t++) sv.chunkOf[t] = idx;
}

/** "that" followed by a verb group (an adverb between) is a relative pronoun ("reports that suggest"); else it opens a complement. */
function markRelativeThat(sv: SentView): void {
  const ch = sv.chunks;
  for (let c = 1; c + 1 < ch.length; c++) {
    const v = ch[c + 1]!.kind === 'ADV' && c + 2 < ch.length ? ch[c + 2]! : ch[c + 1]!;
    if (ch[c]!.kind === 'SC' && sv.norm[ch[c]!.start] === 'that' && ch[c - 1]!.kind === 'NP' && v.kind === 'VP') {
      ch[c]!.kind = 'REL';
    }
  }
}

function classifyVerbGroup(sv: SentView, c: number): void {
  const ch = sv.chunks[c]!;
  const prev = c > 0 ? sv.chunks[c - 1]! : null;
  let hasAux = false;
  let be = false;
  for (let t = ch.start; t < ch.head; t++) {
    if (sv.pos[t] === 'AUX') {
      hasAux = true;
      be = BE.has(sv.lemma[t]!) || sv.norm[t] === 'being' || sv.norm[t] === 'been';
    }
  }
  const h = ch.head;
  const w = sv.norm[h]!;
  const participle = sv.pos[h] === 'VERB' && !w.endsWith('ing') && (w !== sv.lemma[h] || /(ed|en|wn|t)$/.test(w));
  ch.passive = be && participle;
  // "to unilaterally move": a split infinitive is still one.
  if (prev && (prev.kind === 'TO' || (prev.kind === 'ADV' && c > 1 && sv.chunks[c - 2]!.kind === 'TO'))) ch.form = 'inf';
  else if (hasAux || sv.pos[h] === 'AUX') ch.form = 'finite';
  else if (w.endsWith('ing')) ch.form = 'ger';
  else if (participle && prev && (prev.kind === 'NP' || (prev.kind === 'PUNCT' && sv.norm[prev.start] === ',')) && c + 1 < sv.chunks.length && sv.norm[sv.chunks[c + 1]!.start] === 'by' && !MEANS.has(sv.lemma[sv.chunks[c + 1]!.end] ?? '')) {
    // "the S-300 supplied by Russia", "..., signed by Putin": a reduced passive.
    ch.form = 'part';
    ch.passive = true;
  } else if (participle && prev && prev.kind === 'NP' && (sv.chunks[c + 1]?.kind === 'ADP' || sv.norm[sv.chunks[c + 1]?.start ?? -1] === 'as') && finiteBefore(sv, c)) {
    // "had shipped drone parts disguised as equipment to Russia": a second participle in a clause is a reduced relative.
    ch.form = 'part';
    ch.passive = true;
  } else ch.form = 'finite';
}

/** A finite verb group earlier in the clause of chunk c (after the last clause opener). */
function finiteBefore(sv: SentView, c: number): boolean {
  for (let k = c - 1; k >= 0; k--) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'SC' || ch.kind === 'REL' || (ch.kind === 'PUNCT' && sv.norm[ch.start] !== ',')) return false;
    if (ch.kind === 'VP' && ch.form === 'finite' && (ch.end - ch.start > 1 || sv.pos[ch.head] === 'VERB')) return true;
  }
  return false;
}

/** Chunk index of the verb group or noun group holding local token i. */
export function chunkAt(sv: SentView, i: number): number {
  return sv.chunkOf[i]!;
}

/** Local token index → doc token. */
export function tok(sv: SentView, i: number) {
  return sv.doc.tokens[sv.base + i]!;
}

/** Local index of the token that starts at text offset `start` (a mention's first token), or -1. */
export function tokenAt(sv: SentView, start: number): number {
  for (let i = 0; i < sv.n; i++) if (tok(sv, i).start === start) return i;
  return -1;
}

/** Local index of the head of the group holding the token that starts at `start` ("Chinese naval ships" → "ships"), or -1. */
export function groupHeadAt(sv: SentView, start: number): number {
  const i = tokenAt(sv, start);
  return i < 0 ? -1 : sv.chunks[sv.chunkOf[i]!]!.head;
}
