import type { Token } from '../core/nlp.js';
import type { Span } from '../core/span.js';
import type { Frame, RuleId, Speaker } from './types.js';

/** Builds a frame; outlet speakers go to `outlets` (they report, they do not claim). */
export function frame(kind: Frame['kind'], who: Speaker[], scope: Frame['scope'], verb: Frame['verb'], lemma: string | null,
  sentence: number, rule: RuleId, subject: Span | null): Frame {
  return { kind, speakers: who.filter((w) => w.kind !== 'outlet'), outlets: who.filter((w) => w.kind === 'outlet'),
    scope, subject, verb, verbLemma: lemma, sentence, rule };
}

/** Text span of tokens [from, to), or null when empty. */
export function tokSpan(toks: Token[], from: number, to: number): Span | null {
  return to > from ? { start: toks[from]!.start, end: toks[to - 1]!.end } : null;
}
