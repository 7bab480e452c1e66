import { createParseComponent } from '../nlp/parse.js';
import { tagAndParse } from '../nlp/parser/index.js';
import type { DefaultPipeline } from './default.js';
import type { Pipeline } from './pipeline.js';
import { createPipeline } from './pipeline.js';

/**
 * A variant of the default pipeline for the parse gate's no-change checks
 * (gate.test.ts, `npm run bench`): `all` parses every sentence instead of
 * the candidates.
 */
export function gateVariants(p: DefaultPipeline): { all: Pipeline } {
  const parseAll = createParseComponent((forms) => tagAndParse(p.parser, forms), (doc) => doc.sentences.map((s) => s.index));
  const all = createPipeline(p.components.map((c) => (c.name === 'parse' ? parseAll : c)), p.ctx);
  // The default chain with parse swapped: as valid as the default one.
  if (!all.ok) throw new Error('the gate variant does not make a valid chain');
  return { all: all.value };
}
