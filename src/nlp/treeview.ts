import type { Trees } from '../core/nlp.js';
import type { Tokenized } from './parse.js';

/**
 * A dependency tree as indented lines an analyst can read: each token under
 * its head, children in text order, with its number in the sentence, the
 * parser's UPOS and the relation; `marks` adds a label after a token
 * (trigger, source, target). Tokens [from, to) of one parsed sentence.
 */
export function formatTree(doc: Tokenized, trees: Trees, from: number, to: number, marks: ReadonlyMap<number, string>): string[] {
  const kids = new Map<number, number[]>();
  const roots: number[] = [];
  for (let i = from; i < to; i++) {
    const h = trees.head[i]!;
    if (h < from || h >= to) roots.push(i);
    else kids.set(h, [...(kids.get(h) ?? []), i]);
  }
  const lines: string[] = [];
  const seen = new Set<number>();
  const walk = (i: number, indent: string, last: boolean, top: boolean): void => {
    if (seen.has(i)) return;
    seen.add(i);
    const t = doc.tokens[i]!;
    const mark = marks.get(i);
    const branch = top ? '' : last ? '└─ ' : '├─ ';
    lines.push(`${indent}${branch}${doc.text.slice(t.start, t.end)}  #${i - from + 1} ${trees.upos[i]} ${trees.deprel[i]}${mark ? `  ${mark}` : ''}`);
    const cs = kids.get(i) ?? [];
    const next = top ? indent : indent + (last ? '   ' : '│  ');
    cs.forEach((c, k) => walk(c, next, k === cs.length - 1, false));
  };
  for (const r of roots) walk(r, '', true, true);
  return lines;
}
