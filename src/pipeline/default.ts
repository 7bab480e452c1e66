import { createHash } from 'node:crypto';
import type { Config } from '../config.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { createNlpComponent } from '../nlp/index.js';
import { loadGazetteer, createActorsComponent } from '../actors/index.js';
import type { Gazetteer } from '../actors/index.js';
import { loadCodingDictionaries, createCodingComponent } from '../coding/index.js';
import type { CodingDict } from '../coding/index.js';
import { loadWeapons, createArmsComponent } from '../coding/arms/index.js';
import type { WeaponDict } from '../coding/arms/index.js';
import { createAttributionComponent, createDatesComponent } from '../claims/index.js';
import type { Pipeline } from './pipeline.js';
import { createPipeline } from './pipeline.js';

/** Every dictionary the pipeline uses, and one version string for the set. */
export interface Dictionaries {
  gazetteer: Gazetteer;
  coding: CodingDict;
  weapons: WeaponDict;
  version: string;
}

/** Loads every dictionary under config.dictionariesDir; the first failure is returned as a value. */
export function loadDictionaries(config: Config): Result<Dictionaries> {
  const gazetteer = loadGazetteer(config.dictionariesDir);
  if (!gazetteer.ok) return gazetteer;
  const coding = loadCodingDictionaries(config.dictionariesDir);
  if (!coding.ok) return coding;
  const weapons = loadWeapons(config.dictionariesDir);
  if (!weapons.ok) return weapons;
  // One version for the whole set: an event records which dictionaries made it.
  const version = createHash('sha1')
    .update([gazetteer.value.version, coding.value.version, weapons.value.version].join('|'))
    .digest('hex')
    .slice(0, 12);
  return ok({ gazetteer: gazetteer.value, coding: coding.value, weapons: weapons.value, version });
}

/** A pipeline together with the dictionaries it was built from. */
export type DefaultPipeline = Pipeline & { dicts: Dictionaries };

/**
 * The default chain: nlp → actors → coding → arms → attribution → dates.
 * The chain is checked (requires/assigns) before the first article is read.
 */
export function buildDefaultPipeline(config: Config): Result<DefaultPipeline> {
  const dicts = loadDictionaries(config);
  if (!dicts.ok) return dicts;
  const d = dicts.value;
  const p = createPipeline(
    [
      createNlpComponent(config.limits.tokenChars),
      createActorsComponent(d.gazetteer),
      createCodingComponent(d.coding),
      createArmsComponent(d.weapons),
      createAttributionComponent(),
      createDatesComponent(),
    ],
    { dictVersion: d.version },
  );
  if (!p.ok) return p;
  return ok({ ...p.value, dicts: d });
}
