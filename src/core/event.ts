import type { Span } from './span.js';

export type Modality = 'actual' | 'future' | 'conditional' | 'negated';

export const WEAPON_CLASSES = [
  'ballistic_missile', 'cruise_missile', 'missile', 'drone', 'artillery_ammunition', 'ammunition',
  'artillery', 'small_arms', 'aircraft', 'helicopter', 'armored_vehicle', 'air_defense', 'naval',
  'components', 'technology', 'weapons', 'troops',
] as const;
export type WeaponClass = (typeof WEAPON_CLASSES)[number];

/** How far an arms transfer has got, in order. */
export const STAGES = ['offered', 'requested', 'agreed', 'in_transit', 'delivered', 'used'] as const;
export type Stage = (typeof STAGES)[number];

export const PLOVER_TYPES = [
  'AGREE', 'ACCUSE', 'AID', 'ASSAULT', 'COERCE', 'CONSULT', 'COOPERATE', 'MOBILIZE', 'PROTEST',
  'REJECT', 'REQUEST', 'SANCTION', 'SUPPORT', 'THREATEN', 'YIELD', 'CONCEDE', 'RETREAT',
  'DEMAND', 'DISAPPROVE', 'SEIZE', 'CRIME', 'TRANSFER', 'OTHER',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** Rule the coder puts on an act in a background clause ("since Russia invaded Ukraine"); the dates component makes it history. */
export const BACKGROUND_RULE = 'mod:background';

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/** One hop of an attribution chain, outlet first, original claimant last. */
export interface AttributionLink {
  kind: 'outlet' | 'reporter' | 'claimant' | 'anonymous';
  /** Name as written or canonical ("Reuters", "Pat Ryder", "two people familiar with the matter"). */
  name: string;
  /** Actor code when the link is an actor ("USAGOV"), else null. */
  actor: string | null;
  role: string | null;
  span: Span | null;
}

/** Weapon slots of an arms-transfer event (072, 0232, sales, deliveries). */
export interface ArmsSlots {
  weapon: WeaponClass | null;
  /** Named system as canonical name ("Shahed-136"), with its maker state. */
  system: string | null;
  maker: string | null;
  quantity: string | null;
  quantityMin: number | null;
  quantityMax: number | null;
  stage: Stage | null;
  weaponSpan: Span | null;
  quantitySpan: Span | null;
}

/** A coded event with every piece of its evidence as stand-off offsets. */
export interface CodedEvent extends ArmsSlots {
  /** Stable id: hash of article id, sentence, trigger, code, source, target and modality. */
  id: string;
  articleId: string;
  sentence: number;
  /** CAMEO code, two to four digits. */
  code: string;
  root: string;
  plover: PloverType | null;
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
  /** State-level codes used for dyads and scoring (USA, RUS, EUR, WST, ...). */
  source: string | null;
  target: string | null;
  /** Full actor codes with sector (USAGOV, RUSMIL). */
  sourceActor: string | null;
  targetActor: string | null;
  trigger: Span;
  sourceSpan: Span | null;
  targetSpan: Span | null;
  modality: Modality;
  hedged: boolean;
  /** Spans of the words that made the modality or the hedge ("may soon", "believe"). */
  cueSpans: Span[];
  /** State-level code of the party whose claim the content is; null in the outlet's own voice. */
  claimant: string | null;
  /** Outlet cited inside the text ("Reuters"), else null. */
  reportedBy: string | null;
  chain: AttributionLink[];
  date: string | null;
  datePrecision: DatePrecision;
  /** 'text' when the date comes from the sentence, 'report' when from dateline or published. */
  dateSource: 'text' | 'report' | null;
  /**
   * The text places the event well before the report ("in 1956", "a year
   * earlier", "since Russia invaded Ukraine"): background, not news. It keeps
   * its own date (or none), and current counts, spikes and alerts skip it.
   */
  history: boolean;
  claimId: string | null;
  /** Ids of every rule that contributed, in order ("verb:072:supply", "actors:capital", ...). */
  rules: string[];
  dictVersion: string;
  /**
   * Set by the story stage on an event of a near-copy (another outlet's
   * version of the same story): the id of the first report of the same
   * event, so counts take the story once. Absent on first reports.
   */
  reportOf?: string;
}

/** A claim: one content (dyad, kind of act, weapon, time) with everyone who asserted or denied it. */
export interface Claim {
  id: string;
  source: string | null;
  target: string | null;
  root: string;
  weapon: string | null;
  /** Event ids that assert it, deny it, or confirm it. */
  asserting: string[];
  denying: string[];
}
