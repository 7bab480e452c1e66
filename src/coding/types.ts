/**
 * Types of the event coder's dictionaries. The YAML files under
 * dictionaries/coding/ are validated into these shapes by `dict.ts`.
 */
import type { PloverType } from '../core/event.js';

/** One CAMEO code of the table (dictionaries/coding/cameo.yaml). */
export interface CameoEntry {
  code: string;
  name: string;
  plover: PloverType | null;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
}

/**
 * Where an argument of a trigger is looked for. `subj`: the subject of the
 * trigger's clause (control and relatives resolved); `obj`: the noun group
 * right after the verb; a preposition ("to", "with", ...): the object of that
 * preposition in the trigger's clause; `poss`: possessor or state modifier of a
 * nominal trigger ("Iran's cooperation", "Iranian supplies"); `by`: the agent
 * of a passive; `if-subj`: subject of an "if"/"unless" clause in the sentence;
 * `next`: the first actor after the trigger in its clause; `next-far`: in its
 * sentence ("sanctions on entities who helped Russia's war"); `speaker`: the
 * subject of the reporting verb governing the trigger's clause; `accuser`:
 * who made the claim a denial answers (possessor of "claims", or the source
 * of the latest accusation in the text); `pred-subj`: the subject (or its
 * possessor) of the copula before a predicate adjective; `near-state`: the nearest
 * other state named before the trigger in its sentence; `obj-mod`/`of-mod`:
 * a state modifier of the object or of the of-phrase ("using Iranian drones",
 * "the delivery of Russian weapons"); `purpose`: who a purpose infinitive after
 * the arguments helps ("sent troops to aid Russia's war", "to fight for Russia");
 * `obj-parties`: both parties of a transfer noun that is the object
 * ("condemned the transfer of missiles from North Korea to Russia");
 * `theme-mod`: the state of a passive's subject when no agent is named
 * ("North Korean troops were sent to Russia", "Iranian drones were delivered");
 * `owner`: whose aid package the subject is ("this package will provide
 * Ukraine ...," the Pentagon said): its possessor, else the quote's speaker;
 * `subj-mod`: the state modifier of an active verb's subject that names no actor
 * ("Russian drones struck Odesa": the drones' user); `deal-party`: the party
 * of the transfer a deal is for ("signed a deal to sell guns to Armenia",
 * "a contract for the delivery of jets to India").
 */
export type Slot = (typeof CLAUSE_SLOTS)[number] | (typeof PREP_SLOTS)[number];

/** Slots found from clause structure. */
export const CLAUSE_SLOTS = [
  'subj', 'obj', 'poss', 'by', 'if-subj', 'next', 'next-far', 'speaker', 'accuser', 'comp-subj', 'pred-subj', 'near-state',
  'obj-mod', 'of-mod', 'purpose', 'obj-parties', 'theme-mod', 'owner', 'subj-mod', 'deal-party',
] as const;

/** Slots named by their preposition: the actor in the phrase it heads. */
export const PREP_SLOTS = [
  'to', 'with', 'from', 'between', 'against', 'on', 'for', 'of', 'in', 'into', 'at',
  'over', 'about', 'toward', 'towards', 'upon', 'near', 'outside', 'across', 'under', 'as',
  'around', 'off', 'along', 'behind', 'inside', 'alongside',
] as const;

/** A trigger pattern: a lemma with constraints, mapped to a CAMEO code. */
export interface VerbPattern {
  id: string;
  /** Lemmas that trigger the pattern (lower case). */
  lemmas: string[];
  /** Part of speech the trigger must have: verbs also match verbs mis-tagged as nouns after a subject. */
  pos: 'verb' | 'noun' | 'adj' | 'any';
  code: string;
  /** At least one of these (lemmas, or @class names of the lexicon) must occur near the trigger, in its clause. */
  needs: string[] | null;
  /** And at least one of these too (a second, independent condition: "equipment" needs a military word). */
  also: string[] | null;
  /** None of these may occur near the trigger. */
  unless: string[] | null;
  /** One of these lemmas must come right before the trigger (within 3 tokens), e.g. "hold" before "talks". */
  after: string[] | null;
  /**
   * Where `needs`/`unless` look: right of the trigger (default), its whole clause ("missiles that troops launch"),
   * or right through an infinitive complement after the arguments (`inf`: "urged allies to send more air defence").
   */
  window: 'right' | 'both' | 'inf';
  /** One of these must follow immediately (particle or preposition), e.g. "out" for "carry out". */
  particle: string[] | null;
  source: Slot[];
  target: Slot[];
  /** Code to use instead when the trigger is the complement of a seek-class verb ("seeking to acquire"). */
  seekCode: string | null;
  /** The pattern is a denial: what its complement says is negated. */
  denies: boolean;
  /** The pattern is an accusation: its object controls a following "of"-gerund. */
  accuses: boolean;
  /** Symmetric code: a "between A, B and C" target list pairs the first with each other. */
  symmetric: boolean;
  /**
   * A directed act done among coordinated parties, each to each ("Japan, Korea and the US share data":
   * six 064 events); with a party named it is that party's act toward it, as usual.
   */
  mutual: boolean;
  /** Only types a given relation for the pair classifier; never emitted as an event (too vague alone). */
  eventless: boolean;
  /** The act is approved or cleared, not yet done: an asserted trigger codes it `future` (FORMAT, Sales). */
  pending: boolean;
  /** Higher wins when two patterns match the same token. */
  priority: number;
  /** File the pattern came from, for messages. */
  file: string;
}

/** Word classes and cue lists (dictionaries/coding/lexicon.yaml). */
export interface Lexicon {
  classes: Map<string, Set<string>>;
}

/** Everything the coder needs, built once per run. */
export interface CodingDict {
  version: string;
  cameo: Map<string, CameoEntry>;
  patterns: VerbPattern[];
  /** Patterns indexed by trigger lemma. */
  byLemma: Map<string, VerbPattern[]>;
  lexicon: Lexicon;
}
