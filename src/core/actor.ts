import type { Span } from './span.js';

/** Groups of states that are not one state (see FORMAT.md). */
export const GROUP_CODES = ['EUR', 'NATO', 'UN', 'WST', 'IGO'] as const;

/** An actor resolved from a dictionary entry, valid at the article's date. */
export interface ActorRef {
  /** CAMEO-style code: state plus sector where known, e.g. "USAGOV", "RUSMIL", "IRN". */
  code: string;
  /** State-level code used in scoring: ISO 3166-1 alpha-3 or a group code (EUR, NATO, UN, WST, IGO). */
  state: string;
  sector: string | null;
  /** Canonical name of the entry, e.g. "Pat Ryder", "Department of Defense", "Iran". */
  name: string;
  /** Role of an official at the article date, e.g. "Pentagon press secretary". */
  role: string | null;
  /** Dictionary entry id: the answer to "why is this USA?". */
  entryId: string;
}

export type MentionKind =
  | 'state'
  | 'capital'
  | 'demonym'
  | 'body'
  | 'official'
  | 'group'
  | 'outlet'
  | 'pronoun';

/** A span of text that names one or more actors. */
export interface Mention extends Span {
  kind: MentionKind;
  /** Usually one actor; a grouping entry may name several. */
  actors: ActorRef[];
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** Id of the gazetteer rule that matched, e.g. "actors:demonym". */
  rule: string;
}

/** A news outlet named in the text or in a dateline ("Reuters", "TASS", "Pravda"). */
export interface OutletRef {
  name: string;
  span: Span | null;
}
