import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/*
 * Why this file exists. wink-nlp keeps every out-of-vocabulary word it has
 * read in its lexicon cache, and its tokenizer asks that cache whether a
 * piece of text is a known word before it splits punctuation off. So "U.K.."
 * is "U.K." + "." in a fresh instance but "U.K" + ".." once some earlier
 * article taught it "U.K"; sentence boundaries, POS and finally events then
 * depend on which articles were read before, on which thread. Here the
 * tokenizer only sees words the model ships with plus those learnt from the
 * text being read now: exactly what a fresh instance would see, without
 * paying 150 ms for one per article.
 *
 * The model's CER meta-model loader also re-serialises a module-level string
 * on every load (the string grows until loading throws after about 20
 * instances); we never learn custom entities, so it is replaced by an empty one.
 */

/** The parts of wink's internal lexicon cache that the guard touches. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

/** wink's core model, as far as the learnt-word count needs it. */
interface CoreModel {
  features: { lexeme: { list: string[]; intrinsicSize: number } };
}

type FeatureMethods = Record<string, (text: string, category: number, cache: WinkCache) => unknown>;

/** The state of one guarded instance: its cache once seen, and the words learnt from the current text. */
interface Guard {
  cache: WinkCache | null;
  core: CoreModel | null;
  /** Inside a feature extractor, which must see every word (it looks up the lowercase form just added). */
  inFeature: number;
  /** Out-of-vocabulary word indices added or met while reading the current text. */
  current: Set<number>;
}

/** Makes `cache.lookup` blind to words learnt from other texts, and `cache.add` record this text's words. */
function guardCache(cache: WinkCache, g: Guard): void {
  const lookup = cache.lookup;
  const add = cache.add;
  const intrinsic = cache.intrinsicSize();
  cache.lookup = (text) => {
    const found = lookup(text);
    if (g.inFeature > 0 || found === null || found.length !== 1) return found;
    return found[0]! < intrinsic || g.current.has(found[0]!) ? found : null;
  };
  cache.add = (text, category) => {
    const index = add(text, category);
    if (index >= intrinsic) g.current.add(index);
    return index;
  };
}

/** The model with feature extractors that hand us wink's cache the first time they run. */
function guardedModel(g: Guard): Model {
  const m = model as unknown as Model & { core(): CoreModel; featureFn(config: unknown): FeatureMethods };
  const featureFn = (config: unknown): FeatureMethods => {
    const inner = m.featureFn(config);
    const wrapped: FeatureMethods = {};
    for (const [name, fn] of Object.entries(inner)) {
      wrapped[name] = (text, category, cache) => {
        if (g.cache === null && cache) {
          g.cache = cache;
          guardCache(cache, g);
        }
        g.inFeature++;
        try {
          return fn(text, category, cache);
        } finally {
          g.inFeature--;
        }
      };
    }
    return wrapped;
  };
  const core = (): CoreModel => (g.core = m.core());
  const metaCER = () => ({ machines: '{}', transformers: [null] });
  return { ...m, core, featureFn, metaCER } as unknown as Model;
}

/** wink's core model as its package ships it: JSON that wink's loader copies into each instance. */
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/**
 * wink keeps the core model's parsed JSON for as long as the thread lives,
 * only to deep-copy it (JSON.parse of JSON.stringify) for each new instance:
 * about 4 MiB of every coding thread's heap held twice. Once an instance is
 * built, each of the JSON's top-level fields becomes a getter that reads the
 * file again, so a later instance (a recycled one, see nlp/index.ts) is built
 * from the same bytes, and nothing but the instance holds the model between.
 * The file is parsed once per copy: the parse is dropped after the
 * synchronous JSON.stringify that asks for the fields.
 */
function releaseCoreJson(): void {
  const require = createRequire(import.meta.url);
  const file = require.resolve(CORE_JSON);
  const json = require(CORE_JSON) as Record<string, unknown>;
  let parsed: Record<string, unknown> | null = null;
  const read = (): Record<string, unknown> => {
    if (parsed === null) {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      queueMicrotask(() => { parsed = null; });
    }
    return parsed;
  };
  for (const key of Object.keys(json)) {
    const d = Object.getOwnPropertyDescriptor(json, key);
    if (!d || !('value' in d) || !d.configurable) continue;
    Object.defineProperty(json, key, { enumerable: true, configurable: false, get: () => read()[key] });
  }
}

/** A wink-nlp instance whose every text is read as a fresh instance would read it. */
export type IsolatedWink = ReturnType<typeof winkNLP> & {
  /** Out-of-vocabulary words held in memory (grows with the texts read; recycle the instance past a bound). */
  learnt(): number;
};

/** Loads wink-nlp with `pipe`, guarded so that no text's reading depends on the texts read before it. */
export function loadIsolatedWink(pipe: string[]): IsolatedWink {
  const g: Guard = { cache: null, core: null, inFeature: 0, current: new Set() };
  const nlp = winkNLP(guardedModel(g), pipe);
  releaseCoreJson();
  const readDoc = nlp.readDoc.bind(nlp);
  // The cache is only handed out when a first unknown word is added: read one now, before any real text.
  readDoc('Qzxjv');
  if (g.cache === null || g.core === null) throw new Error('wink-nlp: lexicon cache not reachable; the isolation guard cannot be installed');
  const lexeme = g.core.features.lexeme;
  return Object.assign(nlp, {
    readDoc(text: string) {
      g.current.clear();
      return readDoc(text);
    },
    learnt: () => lexeme.list.length - lexeme.intrinsicSize,
  });
}
