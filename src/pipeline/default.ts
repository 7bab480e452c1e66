import { createHash } from 'node:crypto';
import type { Config } from '../config.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { createNlpComponent } from '../nlp/index.js';
import { createParseComponent } from '../nlp/parse.js';
import { readShared } from '../nlp/shared.js';
import { loadParserModel, tagAndParse } from '../nlp/parser/index.js';
import type { ParserModel } from '../nlp/parser/index.js';
import { loadGazetteer, createActorsComponent } from '../actors/index.js';
import type { Gazetteer } from '../actors/index.js';
import { candidateSentences, loadCodingDictionaries, createCodingComponent } from '../coding/index.js';
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

/**
 * A pipeline together with the dictionaries and parser model it was built
 * from; `parserBytes` is the model file in shared memory, for worker threads.
 */
export type DefaultPipeline = Pipeline & { dicts: Dictionaries; parser: ParserModel; parserBytes: Uint8Array };

/** Loads the parser model from bytes already in shared memory, else reads config.parserModel into shared memory. */
export function loadSharedParser(config: Config, bytes?: Uint8Array): Result<{ model: ParserModel; bytes: Uint8Array }> {
  const b = bytes ? ok(bytes) : readShared(config.parserModel);
  if (!b.ok) return b;
  const model = loadParserModel(b.value);
  return model.ok ? ok({ model: model.value, bytes: b.value }) : model;
}

/**
 * The default chain: nlp → actors → parse → coding → arms → attribution →
 * dates. The chain is checked (requires/assigns) before the first article is
 * read. The parser model comes from `parserBytes` when given (a worker thread
 * gets the main thread's shared copy), else from config.parserModel.
 */
export function buildDefaultPipeline(config: Config, parserBytes?: Uint8Array): Result<DefaultPipeline> {
  const dicts = loadDictionaries(config);
  if (!dicts.ok) return dicts;
  const d = dicts.value;
  const parser = loadSharedParser(config, parserBytes);
  if (!parser.ok) return parser;
  const model = parser.value.model;
  const p = createPipeline(
    [
      createNlpComponent(config.limits.tokenChars),
      createActorsComponent(d.gazetteer),
      createParseComponent((forms) => tagAndParse(model, forms), (doc) => candidateSentences(doc, d.coding), true),
      createCodingComponent(d.coding),
      createArmsComponent(d.weapons),
      createAttributionComponent(),
      createDatesComponent(),
    ],
    { dictVersion: d.version },
  );
  if (!p.ok) return p;
  return ok({ ...p.value, dicts: d, parser: model, parserBytes: parser.value.bytes });
}
