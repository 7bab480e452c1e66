import type { Doc, Quote } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Frame, Speaker } from './types.js';
import { CLOSE_QUOTES, OPEN_QUOTES } from './lexicon.js';

/*
 * Quoted speech: pairs of quotation marks over the whole text, so a quote
 * may span sentences, and, by the newspaper convention (a paragraph inside
 * a quote ends with no closing mark and the next opens with one), paragraphs.
 */

/** A quote as one or more pieces (one per paragraph) sharing a speaker. */
export interface QuoteGroup {
  pieces: Span[];
}

/** Fewer words than this is a scare quote or a term ("hundreds", "red line"), not speech. */
const MIN_SPEECH_WORDS = 4;

/** Finds quotation groups in `text`; unterminated quotes end at their paragraph unless the next continues them. */
export function findQuotes(text: string): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  let open = -1;
  let pieces: Span[] = [];
  const close = (end: number) => {
    pieces.push({ start: open, end });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && open >= 0 && /^\n[ \t\u00a0]*\n/.test(text.slice(i, i + 8))) {
      // Paragraph break inside a quote: continue only if the next paragraph opens with a quote mark.
      const next = text.slice(i).match(/^\s*(\S)/);
      close(trimEnd(text, i));
      if (!next || !(OPEN_QUOTES.includes(next[1]!) || next[1] === '"')) flush();
      continue;
    }
    if (OPEN_QUOTES.includes(c) || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if (CLOSE_QUOTES.includes(c) || c === '"') {
      if (open >= 0) {
        close(i + 1);
        flush();
      }
    }
  }
  if (open >= 0) close(trimEnd(text, text.length));
  flush();
  return groups.filter((g) => g.pieces.some((p) => words(text.slice(p.start, p.end)) >= MIN_SPEECH_WORDS));

  function flush() {
    if (pieces.length) groups.push({ pieces });
    pieces = [];
  }
}

function trimEnd(text: string, i: number): number {
  let e = i;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * The speaker of a quote: a "say" frame whose verb comes just before the
 * quote in its first sentence ("He responded, “..."), or just after it in
 * its last ("“...,” he said"); else the last speaker (a paragraph-long quote).
 */
export function quoteSpeaker(doc: Doc, g: QuoteGroup, frames: Frame[], history: Speaker[]): Speaker[] {
  const first = g.pieces[0]!;
  const last = g.pieces[g.pieces.length - 1]!;
  const sOf = (off: number) => doc.sentences.findIndex((s) => s.start <= off && off < s.end + 1);
  const s0 = sOf(first.start);
  const s1 = sOf(last.end - 1);
  const say = frames.filter((f) => f.kind === 'say' && f.verb && f.speakers.length);
  const before = say.filter((f) => f.sentence === s0 && f.verb!.end <= first.start && f.scope.end >= first.start);
  if (before.length) return before[before.length - 1]!.speakers;
  const after = say.filter((f) => (f.sentence === s1 || f.sentence === s1 + 1) && f.verb!.start >= last.end);
  if (after.length) return after[0]!.speakers;
  // A quote with no tag of its own continues a speaker of the sentence just before it ("X said. “...”").
  const before0 = say.filter((f) => f.sentence === s0 - 1);
  if (before0.length) return before0[before0.length - 1]!.speakers;
  const prev = history.filter((h) => (h.span?.start ?? 0) < first.start && h.kind !== 'outlet');
  const last0 = prev[prev.length - 1];
  // Otherwise only a quote opening its paragraph, right after the speaker's paragraph, is theirs.
  const para = doc.sentences[s0]?.paragraph ?? 0;
  const lastPara = last0?.span ? doc.sentences.find((s) => s.start <= last0.span!.start && last0.span!.start <= s.end)?.paragraph : undefined;
  return last0 && lastPara !== undefined && para - lastPara <= 1 ? [last0] : [];
}

/** Quote frames (one per piece) and the Doc.quotes records. */
export function quoteFrames(doc: Doc, frames: Frame[], history: Speaker[]): { frames: Frame[]; quotes: Quote[] } {
  const out: Frame[] = [];
  const quotes: Quote[] = [];
  for (const g of findQuotes(doc.article.text)) {
    const who = quoteSpeaker(doc, g, frames, history);
    for (const p of g.pieces) {
      quotes.push({ start: p.start, end: p.end, speaker: who[0]?.mention ?? null });
      if (!who.length) continue;
      const sentence = doc.sentences.findIndex((s) => s.start <= p.start && p.start < s.end + 1);
      out.push({ kind: 'quote', speakers: who, outlets: [], scope: p, subject: null, verb: null, verbLemma: null,
        sentence, rule: 'claims:quote' });
    }
  }
  return { frames: out, quotes };
}
