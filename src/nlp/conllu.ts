import type { Trees } from '../core/nlp.js';
import type { Tokenized } from './parse.js';

/** One CoNLL-U field: never empty, never holding a tab or newline. */
function field(s: string): string {
  const v = s.replace(/[\t\n\r]/g, ' ');
  return v === '' ? '_' : v;
}

/**
 * CoNLL-U of the parsed sentences of a text, on wink's tokens: ID FORM LEMMA
 * UPOS (the parser's) XPOS (wink's tag) FEATS HEAD DEPREL DEPS MISC, with the
 * token's offsets into the text in MISC as `Offset=start-end` and
 * SpaceAfter=No where the next token follows without a space. `idPrefix`
 * makes the `# sent_id` values (prefix-1, prefix-2, ...).
 */
export function toConllu(doc: Tokenized, trees: Trees, idPrefix: string): string {
  const out: string[] = [];
  for (const si of trees.parsed) {
    const s = doc.sentences[si]!;
    out.push(`# sent_id = ${idPrefix}-${si + 1}`, `# text = ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]!;
      const h = trees.head[i]!;
      const head = h < 0 ? 0 : h - s.tokenStart + 1;
      const next = doc.tokens[i + 1];
      const misc = [`Offset=${t.start}-${t.end}`, ...(i + 1 < s.tokenEnd && next && next.start === t.end ? ['SpaceAfter=No'] : [])].join('|');
      const cols = [String(i - s.tokenStart + 1), field(doc.text.slice(t.start, t.end)), field(t.lemma), field(trees.upos[i]!), field(t.pos), '_', String(head), field(trees.deprel[i]!), '_', misc];
      out.push(cols.join('\t'));
    }
    out.push('');
  }
  return out.join('\n');
}
