/**
 * Hand-built docs for the watch tests: fictional states Freedonia (FRD),
 * Sylvania (SYL) and Gondor (GDR); own sentences; events placed on a
 * trigger word with the slots the test needs. No NLP: the store only needs
 * article, sentences and events.
 */
import type { Article } from '../core/article.js';
import type { Sentence } from '../core/nlp.js';
import type { CodedEvent } from '../core/event.js';
import type { Doc } from '../core/doc.js';
import { blankEvent } from '../coding/arms/testkit.case.js';

/** An event to place in sentence `s` on the word `trigger`. */
export type EventSpec = Omit<Partial<CodedEvent>, 'trigger'> & { s: number; trigger: string };

/** A doc of one article with the given sentences and events. */
export function makeDoc(id: string, published: string, sentences: string[], events: EventSpec[]): Doc {
  let text = '';
  const sents: Sentence[] = sentences.map((s, index) => {
    if (index > 0) text += ' ';
    const start = text.length;
    text += s;
    return { index, start, end: text.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 };
  });
  const article: Article = {
    id, externalId: id, url: `https://example.test/${id}`, title: `Story ${id}`, published, outlet: 'Test Wire', text,
    dateline: null, origin: `fixture:${id}`,
  };
  const evs = events.map(({ s, trigger, ...over }, i) => {
    const sent = sents[s]!;
    const at = text.indexOf(trigger, sent.start);
    if (at < 0 || at >= sent.end) throw new Error(`"${trigger}" not in sentence ${s}`);
    return blankEvent({ id: `${id}-e${i}`, articleId: id, sentence: s, trigger: { start: at, end: at + trigger.length }, date: published, ...over });
  });
  return { article, sentences: sents, tokens: [], trees: { head: [], deprel: [], upos: [], parsed: [] }, mentions: [], events: evs, quotes: [], claims: [], layers: new Set(['text', 'events']), warnings: [] };
}
