import type { Token } from '../core/nlp.js';
import type { Cand, Lex, TrieNode } from './lexicon.js';
import { roleActive } from './resolve.js';
import { GROUP_CODES } from '../core/actor.js';

const GROUPS: ReadonlySet<string> = new Set(GROUP_CODES);

/** The token fields matching reads (Token, or the light tokens of resolveText). */
export type MatchToken = Pick<Token, 'start' | 'end' | 'norm' | 'sentence'> & { pos?: string };

/** One dictionary hit before chains are merged: tokens [ts, te). */
export interface Raw {
  ts: number;
  te: number;
  lex: Lex;
}

/** True when the token values of `text` at tokens [ts, ts+values.length) are exactly `values`. */
function exactOk(text: string, tokens: readonly MatchToken[], ts: number, values: string[]): boolean {
  for (let k = 0; k < values.length; k++) {
    const t = tokens[ts + k]!;
    const v = values[k]!;
    if (t.end - t.start !== v.length || !text.startsWith(v, t.start)) return false;
  }
  return true;
}

/**
 * Chooses among the entries a form reaches: case first, then an official in
 * office at `date`. A form written with its case ("GAO", the US audit office)
 * is more specific than one matched in any case ("Gao", a Malian city), so
 * entries whose exact case matches are tried before the others.
 */
function pick(cands: Cand[], text: string, tokens: readonly MatchToken[], ts: number, date: string | null): Cand | null {
  let first: Cand | null = null;
  const ordered = cands.length > 1 && cands.some((c) => c.exact !== null) ? [...cands.filter((c) => c.exact !== null), ...cands.filter((c) => c.exact === null)] : cands;
  for (const c of ordered) {
    if (c.exact !== null && !exactOk(text, tokens, ts, c.exact)) continue;
    if (c.lex.kind !== 'official' || date === null || c.lex.roles.some((r) => roleActive(r, date))) return c;
    // Out of office a group's official no longer speaks for it: "Stoltenberg" in 1987 is not NATO's.
    if (!GROUPS.has(c.lex.state)) first ??= c;
  }
  return first;
}

/** A capitalised word: ASCII upper case first letter, then a letter (not "U.S." nor "-"). */
function capitalised(text: string, t: MatchToken | undefined, sentence: number): boolean {
  if (t === undefined || t.sentence !== sentence || t.end - t.start < 2) return false;
  const c = text.charCodeAt(t.start);
  const d = text.charCodeAt(t.start + 1);
  return c >= 65 && c <= 90 && ((d >= 97 && d <= 122) || d > 127);
}

/**
 * "Ulrich Wagner", "Ryder System", "Pork Congress", "Georgia-Pacific": a bare
 * name [i, end) inside another capitalised name. A word that is itself a
 * dictionary hit ("President Putin", "U.S. Congress") does not count.
 */
function insideName(root: TrieNode, text: string, tokens: readonly MatchToken[], i: number, end: number, prevEnd: number): boolean {
  const s = tokens[i]!.sentence;
  const prev = tokens[i - 1];
  // A sentence-initial "The" is capitalised too: when tags are known, only a proper noun counts.
  if (prevEnd !== i && capitalised(text, prev, s) && (prev!.pos === undefined || prev!.pos === 'PROPN')) return true;
  const next = tokens[end];
  if (next !== undefined && next.norm === '-' && next.start === tokens[end - 1]!.end) {
    // "Georgia-Pacific" is a name; "Georgia-Russia" is two states.
    const after = tokens[end + 1];
    return capitalised(text, after, s) && !root.next.get(after!.norm)?.cands;
  }
  // A following word that starts a dictionary entry ("President", "Foreign Ministry") continues the phrase, not a name.
  return capitalised(text, next, s) && !root.next.has(next!.norm);
}

function phraseAt(tokens: readonly MatchToken[], at: number, phrase: string[]): boolean {
  if (at < 0 || at + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]!.norm !== phrase[k]) return false;
  return true;
}

/** A veto phrase right before or after the match ("Atlanta, Georgia", "Georgia governor"). */
function vetoed(lex: Lex, tokens: readonly MatchToken[], ts: number, te: number): boolean {
  for (const p of lex.unlessPrev) if (phraseAt(tokens, ts - p.length, p)) return true;
  for (const p of lex.unlessNext) if (phraseAt(tokens, te, p)) return true;
  return false;
}

/**
 * The one pass over the tokens: at each token, walk the trie as far as the
 * sentence allows and keep the longest hit; then jump past it. Cost per token
 * is one Map lookup unless a name starts there.
 */
export function scan(root: TrieNode, text: string, tokens: readonly MatchToken[], date: string | null, from = 0, to = tokens.length): Raw[] {
  const out: Raw[] = [];
  for (let i = from; i < to; i++) {
    let node = root.next.get(tokens[i]!.norm);
    if (node === undefined) continue;
    const sent = tokens[i]!.sentence;
    let best: Cand | null = null;
    let bestEnd = i;
    for (let j = i; node !== undefined; ) {
      if (node.cands !== null) {
        const hit = pick(node.cands, text, tokens, i, date);
        if (hit !== null) {
          best = hit;
          bestEnd = j + 1;
        }
      }
      j++;
      if (j >= to || tokens[j]!.sentence !== sent) break;
      node = node.next.get(tokens[j]!.norm);
    }
    if (best === null || vetoed(best.lex, tokens, i, bestEnd)) continue;
    if (best.bare && insideName(root, text, tokens, i, bestEnd, out.length ? out[out.length - 1]!.te : -1)) continue;
    out.push({ ts: i, te: bestEnd, lex: best.lex });
    i = bestEnd - 1;
  }
  return out;
}
