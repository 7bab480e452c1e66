/**
 * Zod schemas of the YAML files under dictionaries/weapons/. Every file may
 * hold any of the sections; the loader merges them in file-name order.
 */
import { z } from 'zod';
import { STAGES, WEAPON_CLASSES } from '../../core/event.js';

/** A date as written in the dictionaries: year, year-month or full ISO date. */
const DateLike = z.union([
  z.number().int().min(1900).max(2100),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
]);

/** Every entry must say why it is there (house rule). */
const Why = z.string().min(3, 'say why the entry is here');

const Stage = z.enum(STAGES);
const WeaponClassOrNull = z.enum(WEAPON_CLASSES).nullable();

/** A state code (ISO 3166-1 alpha-3) or one of the group codes. */
const Maker = z.string().regex(/^[A-Z]{2,4}$/, 'an upper-case state or group code such as RUS');

export const SystemEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"'),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    class: z.enum(WEAPON_CLASSES),
    maker: Maker,
    in_service: DateLike,
    first_reported: DateLike,
    why: Why,
  })
  .strict();
export type SystemEntry = z.infer<typeof SystemEntry>;

export const TermEntry = z
  .object({
    class: WeaponClassOrNull,
    kind: z.enum(['weapon', 'container', 'unit']).default('weapon'),
    pos: z.string().regex(/^[A-Z]+$/).optional(),
    words: z.array(z.string().min(1)).min(1),
    added: DateLike,
    why: Why,
  })
  .strict();
export type TermEntry = z.infer<typeof TermEntry>;

const WordMap = z
  .object({ words: z.record(z.string(), z.number().positive()), added: DateLike, why: Why })
  .strict();

const VagueEntry = z
  .object({
    words: z.array(z.string().min(1)).min(1),
    min: z.number().nonnegative().nullable(),
    max: z.number().nonnegative().nullable(),
    added: DateLike,
    why: Why,
  })
  .strict();

const ModifierEntry = z
  .object({
    words: z.array(z.string().min(1)).min(1),
    kind: z.enum(['approx', 'min', 'max', 'nearly']),
    added: DateLike,
    why: Why,
  })
  .strict();
export type ModifierKind = z.infer<typeof ModifierEntry>['kind'];

const CodeEntry = z
  .object({ prefix: z.string().regex(/^\d{2,4}$/), stage: Stage.nullable(), added: DateLike, why: Why })
  .strict();

const LemmaStage = z
  .object({ stage: Stage, lemmas: z.array(z.string().min(1)).min(1), added: DateLike, why: Why })
  .strict();

const PhraseList = z.object({ words: z.array(z.string().min(1)).min(1), added: DateLike, why: Why }).strict();

/** One YAML file of dictionaries/weapons/: any subset of the sections. */
export const WeaponsFile = z
  .object({
    systems: z.array(z.unknown()).default([]),
    terms: z.array(z.unknown()).default([]),
    numbers: WordMap.optional(),
    scales: WordMap.optional(),
    suffixes: WordMap.optional(),
    vague: z.array(VagueEntry).default([]),
    modifiers: z.array(ModifierEntry).default([]),
    approx_spread: z.number().min(0).max(1).optional(),
    codes: z.array(CodeEntry).default([]),
    verbs: z.array(LemmaStage).default([]),
    governors: z.array(LemmaStage).default([]),
    transit_phrases: PhraseList.optional(),
    pass_verbs: PhraseList.optional(),
  })
  .strict();
export type WeaponsFile = z.infer<typeof WeaponsFile>;
