import { createParseComponent } from '../nlp/parse.js';
import { tagAndParse } from '../nlp/parser/index.js';
import type { DefaultPipeline } from './default.js';
import type { Pipeline } from './pipeline.js';
import { createPipeline } from './pipeline.js';

/**
 * Variants of the default pipeline: `all` parses every sentence instead of
 * the candidates (the parse gate's no-change check, gate.test.ts); `none`
 * has no parse stage at all (`npm run bench` profiles the stages with it).
 */
export function gateVariants(p: DefaultPipeline): { all: Pipeline; none: Pipeline } {
  const parseAll = createParseComponent((forms) => tagAndParse(p.parser, forms), (doc) => doc.sentences.map((s) => s.index));
  const all = createPipeline(p.components.map((c) => (c.name === 'parse' ? parseAll : c)), p.ctx);
  const none = createPipeline(p.components.filter((c) => c.name !== 'parse'), p.ctx);
  // Both chains are the default one with parse swapped or dropped: nothing requires trees.
  if (!all.ok || !none.ok) throw new Error('gate variants do not make a valid chain');
  return { all: all.value, none: none.value };
}
