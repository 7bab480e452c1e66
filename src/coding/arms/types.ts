/** The weapon dictionary in the shapes the arms component reads (built by load.ts). */
import type { Stage, WeaponClass } from '../../core/event.js';
import type { ModifierKind } from './schema.js';

/** What a phrase of the weapon lexicon stands for. */
export interface Phrase {
  /** Entry id for `rules`: "system:shahed-136" or "term:drone". */
  id: string;
  /** system: a named system; weapon: a class word; none: help without a weapon; container/unit: see terms.yaml. */
  kind: 'system' | 'weapon' | 'none' | 'container' | 'unit';
  weapon: WeaponClass | null;
  system: string | null;
  maker: string | null;
  /** Part of speech a one-word phrase must have, or null. */
  pos: string | null;
}

/** Amount words (quantities.yaml); keys are lower-case words joined by one space. */
export interface QuantityDict {
  numbers: Map<string, number>;
  scales: Map<string, number>;
  /** Scales glued to digits ("5m"). */
  suffixes: Map<string, number>;
  vague: Map<string, { min: number | null; max: number | null }>;
  modifiers: Map<string, ModifierKind>;
  /** Longest vague or modifier phrase, in words. */
  maxWords: number;
  spread: number;
}

/** Stage words (stages.yaml). */
export interface StageDict {
  /** Transfer codes with their default stage, longest prefix first. */
  codes: { prefix: string; stage: Stage | null }[];
  verbs: Map<string, Stage>;
  governors: Map<string, Stage>;
  /** Phrases as word lists ("on the way"). */
  transit: string[][];
  /** Verb lemmas the weapon search reads past (stages.yaml pass_verbs). */
  passVerbs: Set<string>;
}

/** Everything the arms component needs, built once per run. */
export interface WeaponDict {
  /** Hash of the files' contents. */
  version: string;
  /** Compact key (lower case, letters and digits only) → phrase. */
  phrases: Map<string, Phrase>;
  /** Longest phrase in tokens, plus slack for split tokens. */
  maxTokens: number;
  quantities: QuantityDict;
  stages: StageDict;
}
