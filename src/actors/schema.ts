import { z } from 'zod';

/**
 * Schema of the actor dictionaries (dictionaries/actors/*.yaml). Each file
 * is a mapping with any of the sections below; the loader merges them.
 * Forms under `names` match case-insensitively, forms under `exact` only
 * with the case as written (for "US", "EU", "Chad", "Turkey").
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const code3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');
const sector = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter sector (GOV, MIL, SPY, LEG, JUD, MED, ...)');
const groupCode = z.enum(['EUR', 'NATO', 'UN', 'WST', 'IGO']);
/** A state, or a group for officials of international bodies (Guterres → UN). */
const actorState = z.union([code3, groupCode]);
const forms = z.array(z.string().min(1)).default([]);

/** Context vetoes: a match is dropped when the words before or after it are one of these phrases. */
const vetoes = {
  unlessPrev: forms,
  unlessNext: forms,
  /** Drop a match that sits inside a longer capitalised name ("Western Airlines", "Georgia-Pacific", "Michael Jordan"). */
  vetoInName: z.boolean().default(false),
};

export const StateEntry = z.strictObject({
  id: z.string().min(1),
  code: code3,
  name: z.string().min(1),
  long: z.string().optional(),
  names: forms,
  exact: forms,
  /** Adjectives and plural nouns: "Iranian", "Iranians". */
  demonyms: forms,
  /** Capitals and other seats of power used as metonyms ("Moscow", "Kyiv"). */
  capitals: forms,
  ...vetoes,
});

export const BodyEntry = z.strictObject({
  id: z.string().min(1),
  state: actorState,
  sector,
  name: z.string().min(1),
  role: z.string().optional(),
  names: forms,
  exact: forms,
  ...vetoes,
});

export const RoleEntry = z
  .strictObject({
    role: z.string().min(1),
    sector,
    /** The state (or group) the role serves when it differs from the person's ("Rutte, Dutch PM" → NLD). */
    state: actorState.optional(),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
  })
  .refine((r) => r.from === null || r.to === null || r.from <= r.to, { message: 'role ends before it starts (from > to)' });

export const OfficialEntry = z.strictObject({
  id: z.string().min(1),
  state: actorState,
  name: z.string().min(1),
  names: forms,
  exact: forms,
  roles: z.array(RoleEntry).default([]),
  ...vetoes,
});

export const GroupEntry = z.strictObject({
  id: z.string().min(1),
  /** A group code of FORMAT.md: EUR, NATO, UN, WST or IGO. */
  group: groupCode,
  sector: sector.optional(),
  name: z.string().min(1),
  names: forms,
  exact: forms,
  demonyms: forms,
  ...vetoes,
});

export const OutletEntry = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Owning state for state media (TASS, KCNA, Xinhua); null for independent outlets. */
  state: code3.nullable().default(null),
  names: forms,
  exact: forms,
  ...vetoes,
});

/** A head noun or title that turns a preceding state/demonym into a sector actor ("Iranian officials"). */
export const HeadEntry = z.strictObject({
  id: z.string().min(1),
  sector: sector.nullable().default(null),
  role: z.string().optional(),
  /** "allies", "backers": names the allies of the modifier state, not the state itself. */
  allies: z.boolean().default(false),
  /** "former", "ex-": the titles after it are not a role at the article date. */
  past: z.boolean().default(false),
  /** Group the head names when it stands alone ("Western allies" → WST). */
  alone: groupCode.optional(),
  names: forms,
  exact: forms,
  ...vetoes,
});

/** Names that are not actors but would otherwise match one ("Latin America", "Paris Agreement"): longest match wins, nothing is emitted. */
export const StopEntry = z.strictObject({
  id: z.string().min(1),
  names: forms,
  exact: forms,
});

/** A named set of states ("the Baltic states", "the two Koreas"): one mention, one actor per member. */
export const SetEntry = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  members: z.array(code3).min(2),
  names: forms,
  exact: forms,
  ...vetoes,
});

/** Whose "allies" form a group: Ukraine's allies are the West (FORMAT.md). */
export const AlliesEntry = z.strictObject({
  state: code3,
  group: groupCode,
});

export const DictFile = z.strictObject({
  states: z.array(z.unknown()).default([]),
  bodies: z.array(z.unknown()).default([]),
  officials: z.array(z.unknown()).default([]),
  groups: z.array(z.unknown()).default([]),
  outlets: z.array(z.unknown()).default([]),
  heads: z.array(z.unknown()).default([]),
  allies: z.array(z.unknown()).default([]),
  stops: z.array(z.unknown()).default([]),
  sets: z.array(z.unknown()).default([]),
});

export type StateEntry = z.infer<typeof StateEntry>;
export type BodyEntry = z.infer<typeof BodyEntry>;
export type RoleEntry = z.infer<typeof RoleEntry>;
export type OfficialEntry = z.infer<typeof OfficialEntry>;
export type GroupEntry = z.infer<typeof GroupEntry>;
export type OutletEntry = z.infer<typeof OutletEntry>;
export type HeadEntry = z.infer<typeof HeadEntry>;
export type AlliesEntry = z.infer<typeof AlliesEntry>;
export type StopEntry = z.infer<typeof StopEntry>;
export type SetEntry = z.infer<typeof SetEntry>;

/** Every section, validated entry by entry so one bad entry names itself (E302). */
export const SECTIONS = {
  states: StateEntry,
  bodies: BodyEntry,
  officials: OfficialEntry,
  groups: GroupEntry,
  outlets: OutletEntry,
  heads: HeadEntry,
  allies: AlliesEntry,
  stops: StopEntry,
  sets: SetEntry,
} as const;

export type SectionName = keyof typeof SECTIONS;

/** All validated entries of all files. */
export interface DictData {
  states: StateEntry[];
  bodies: BodyEntry[];
  officials: OfficialEntry[];
  groups: GroupEntry[];
  outlets: OutletEntry[];
  heads: HeadEntry[];
  allies: AlliesEntry[];
  stops: StopEntry[];
  sets: SetEntry[];
}
