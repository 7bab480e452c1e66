import type { ActorRef, Mention } from '../core/actor.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { annotate, loadWink, loadWinkTokenizer } from '../nlp/index.js';
import type { WinkNlp } from '../nlp/index.js';
import { buildTrie } from './lexicon.js';
import type { TrieNode } from './lexicon.js';
import { loadDicts } from './load.js';
import type { DictData } from './schema.js';
import { scan } from './match.js';
import type { MatchToken } from './match.js';
import { chainMentions } from './chain.js';
import { addShortNames } from './shortnames.js';
import { applyReadings } from './readings.js';
import type { ChainContext } from './chain.js';

/** Entry counts, for reports and `dyadwatch info`. */
export interface GazetteerCounts {
  states: number;
  bodies: number;
  officials: number;
  groups: number;
  outlets: number;
  heads: number;
}

/** The compiled actor dictionaries. Immutable once loaded; safe to share. */
export interface Gazetteer {
  /** Short hash of the dictionary files' contents; recorded on every event. */
  readonly version: string;
  readonly counts: GazetteerCounts;
  /** The actor a code stands for ("USAGOV" → United States, sector GOV), or null if the state is unknown. */
  byCode(code: string): ActorRef | null;
  /** State-level code of an actor code: "USAGOV" → "USA", "NATO" → "NATO", unknown → null. */
  stateOf(code: string): string | null;
  /** Actors named in a phrase ("Iranian Foreign Minister Mohammad Javad Zarif" → IRNGOV), in text order, outlets last. */
  resolveText(text: string, date: string | null): ActorRef[];
  /** Mentions in already tokenized text: one trie pass, then chains merged. */
  mentions(text: string, tokens: readonly MatchToken[], date: string | null): Mention[];
}

/** Code → (name, entry id) for states and groups, the targets of byCode. */
function codeTable(data: DictData): Map<string, { name: string; entryId: string }> {
  const table = new Map<string, { name: string; entryId: string }>();
  for (const s of data.states) if (!table.has(s.code)) table.set(s.code, { name: s.name, entryId: s.id });
  for (const g of data.groups) if (!table.has(g.group)) table.set(g.group, { name: g.name, entryId: g.id });
  return table;
}

/** The actor of each group code: the first entry of that group without a sector. */
function groupRefs(data: DictData): Map<string, ActorRef> {
  const refs = new Map<string, ActorRef>();
  for (const g of data.groups) {
    if (g.sector || refs.has(g.group)) continue;
    refs.set(g.group, { code: g.group, state: g.group, sector: null, name: g.name, role: null, entryId: g.id });
  }
  return refs;
}

/** Tokens of a standalone phrase, tagged like article text but kept as one sentence. */
function phraseTokens(nlp: WinkNlp, text: string): MatchToken[] {
  return annotate(nlp, text).tokens.map((t) => ({ start: t.start, end: t.end, norm: t.norm, pos: t.pos, sentence: 0 }));
}

/** Builds a gazetteer from validated entries (exposed for tests with inline data). */
export function compileGazetteer(data: DictData, version: string): Gazetteer {
  const root: TrieNode = buildTrie(loadWinkTokenizer(), data);
  // resolveText tags phrases like the pipeline does; loaded on first use (eval only), held by this gazetteer.
  let tagger: WinkNlp | null = null;
  const table = codeTable(data);
  const groups = groupRefs(data);
  const alliesOf = new Map(data.allies.map((a) => [a.state, a.group]));
  const prefixes = [4, 3, 2];
  const stateOf = (code: string): string | null => {
    for (const n of prefixes) if (code.length >= n && table.has(code.slice(0, n))) return code.slice(0, n);
    return null;
  };
  const mentions = (text: string, tokens: readonly MatchToken[], date: string | null): Mention[] => {
    const ctx: ChainContext = { tokens, date, alliesOf, groups };
    // Firm names, currencies and places are read before short names, which only follow officials.
    return addShortNames(text, tokens, applyReadings(text, tokens, chainMentions(ctx, scan(root, text, tokens, date))));
  };
  return {
    version,
    counts: {
      states: data.states.length,
      bodies: data.bodies.length,
      officials: data.officials.length,
      groups: data.groups.length,
      outlets: data.outlets.length,
      heads: data.heads.length,
    },
    stateOf,
    byCode(code) {
      const state = stateOf(code);
      if (state === null) return null;
      const rest = code.slice(state.length);
      const e = table.get(state)!;
      return { code, state, sector: rest === '' ? null : rest, name: e.name, role: null, entryId: e.entryId };
    },
    resolveText(text, date) {
      tagger ??= loadWink();
      const found = mentions(text, phraseTokens(tagger, text), date);
      const actors = found.filter((m) => m.kind !== 'outlet').flatMap((m) => m.actors);
      const outlets = found.filter((m) => m.kind === 'outlet').flatMap((m) => m.actors).filter((a) => a.state !== '');
      const byCode = new Map<string, ActorRef>();
      for (const a of [...actors, ...outlets]) if (!byCode.has(a.code)) byCode.set(a.code, a);
      return [...byCode.values()];
    },
    mentions,
  };
}

/**
 * Loads dictionaries/actors/*.yaml under `dir` (config.dictionariesDir) and
 * compiles them. Fails with E301/E302/E303 naming the file and entry.
 */
export function loadGazetteer(dir: string): Result<Gazetteer> {
  const loaded = loadDicts(dir);
  if (!loaded.ok) return loaded;
  return ok(compileGazetteer(loaded.value.data, loaded.value.version));
}
