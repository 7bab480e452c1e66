import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * One sentence of syntactic words as CoNLL-U gives them. Multiword-token
 * range lines ("1-2") and empty nodes ("8.1") are skipped: the parser works
 * on syntactic words only, as CoNLL 2018 scored them.
 */
export interface ConlluSentence {
  forms: string[];
  upos: string[];
  xpos: string[];
  /** 1-based head per word; 0 is the root. */
  head: number[];
  /** Full relation, with any subtype ("nsubj:pass"). */
  deprel: string[];
  /** The sentence's `# text =` comment, when given. */
  text?: string;
}

/** Parses CoNLL-U text into sentences (comments and ranges dropped). */
export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = empty();
  for (const line of text.split('\n')) {
    const l = line.trimEnd();
    if (l === '') {
      if (cur.forms.length) out.push(cur);
      cur = empty();
      continue;
    }
    if (l.startsWith('#')) {
      const m = /^# text = (.*)$/.exec(l);
      if (m) cur.text = m[1]!;
      continue;
    }
    const cols = l.split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0]!)) continue;
    cur.forms.push(cols[1]!);
    cur.upos.push(cols[3]!);
    cur.xpos.push(cols[4]!);
    cur.head.push(Number(cols[6]));
    cur.deprel.push(cols[7]!);
  }
  if (cur.forms.length) out.push(cur);
  return out;
}

function empty(): ConlluSentence {
  return { forms: [], upos: [], xpos: [], head: [], deprel: [] };
}

/** Reads a CoNLL-U file, gunzipping when the name ends in .gz. Throws on I/O errors. */
export function readConllu(path: string): ConlluSentence[] {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return parseConllu(text);
}

/** Writes sentences as CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC). */
export function writeConllu(sentences: readonly { forms: readonly string[]; upos: readonly string[]; head: readonly number[]; deprel: readonly string[] }[]): string {
  const lines: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      lines.push([i + 1, s.forms[i], '_', s.upos[i] ?? '_', '_', '_', s.head[i] ?? 0, s.deprel[i] ?? '_', '_', '_'].join('\t'));
    }
    lines.push('');
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
