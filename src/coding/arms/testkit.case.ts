/**
 * Test helpers (not part of the build's API surface): builds a doc from an
 * own test sentence with real tokens and hand-placed events, as the coder
 * would emit them, so the arms component can be tested on its own.
 */
import type { Component, Doc } from '../../core/doc.js';
import type { CodedEvent, Modality } from '../../core/event.js';
import type { Mention } from '../../core/actor.js';
import { createNlpComponent } from '../../nlp/index.js';
import { newDoc } from '../../pipeline/pipeline.js';

/** One event to place: its trigger word (nth occurrence, 0-based) and code. */
export interface PlaceEvent {
  trigger: string;
  nth?: number;
  code?: string;
  modality?: Modality;
  source?: string;
  target?: string;
}

/** Country words the helper marks as actor mentions (the real pipeline uses src/actors). */
const STATES: Record<string, string> = {
  iran: 'IRN', russia: 'RUS', moscow: 'RUS', tehran: 'IRN', 'north korea': 'PRK', pyongyang: 'PRK', ukraine: 'UKR',
  kyiv: 'UKR', china: 'CHN', belarus: 'BLR', freedonia: 'FRD', sylvania: 'SYL', iranian: 'IRN', russian: 'RUS',
};

function findNth(text: string, word: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(word, at + 1);
    if (at < 0) throw new Error(`"${word}" #${nth} not in test text`);
  }
  return at;
}

function mentions(doc: Doc): Mention[] {
  const out: Mention[] = [];
  const text = doc.article.text.toLowerCase();
  for (const [name, code] of Object.entries(STATES)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const ti = doc.tokens.findIndex((t) => t.start === at);
      if (ti < 0) continue;
      const tj = doc.tokens.findIndex((t) => t.end === at + name.length);
      if (tj < 0) continue;
      const actor = { code, state: code, sector: null, name, role: null, entryId: `test:${name}` };
      out.push({ start: at, end: at + name.length, kind: 'state', actors: [actor], sentence: doc.tokens[ti]!.sentence, tokenStart: ti, tokenEnd: tj + 1, rule: 'test' });
    }
  }
  return out;
}

/** A blank coded event; tests and fakes fill what they need. */
export function blankEvent(over: Partial<CodedEvent> = {}): CodedEvent {
  return {
    id: 'ev', articleId: 'a', sentence: 0, code: '072', root: '07', plover: 'AID', goldstein: 5.2, quadClass: 2,
    source: 'FRD', target: 'SYL', sourceActor: null, targetActor: null, trigger: { start: 0, end: 0 },
    sourceSpan: null, targetSpan: null, modality: 'actual', hedged: false, cueSpans: [], claimant: null,
    reportedBy: null, chain: [], date: null, datePrecision: 'unknown', dateSource: null, history: false, claimId: null, rules: [],
    dictVersion: 'test', weapon: null, system: null, maker: null, quantity: null, quantityMin: null,
    quantityMax: null, stage: null, weaponSpan: null, quantitySpan: null, ...over,
  };
}

/** Builds docs from test sentences; the NLP model is loaded once per builder (it is large). */
export type DocBuilder = (text: string, events: PlaceEvent[], articleId?: string) => Doc;

/** A doc builder: tokenizes with the real NLP component and places the events. */
export function docBuilder(): DocBuilder {
  const nlp = createNlpComponent();
  return (text, events, articleId = 'a') => docWith(nlp, text, events, articleId);
}

function docWith(nlp: Component, text: string, events: PlaceEvent[], articleId: string): Doc {
  const doc = newDoc({ id: articleId, externalId: null, url: null, title: null, published: null, outlet: null, text, dateline: null, origin: 'test' });
  nlp.run(doc, { dictVersion: 'test' });
  doc.mentions = mentions(doc);
  doc.events = events.map((p, i) => {
    const start = findNth(text, p.trigger, p.nth ?? 0);
    const tok = doc.tokens.find((t) => t.start <= start && t.end > start);
    const code = p.code ?? '072';
    // Like the coder: the source is the nearest mention before the trigger, the target the first after it.
    const inSentence = doc.mentions.filter((m) => m.sentence === (tok?.sentence ?? 0));
    const src = inSentence.filter((m) => m.end <= start).pop() ?? null;
    const tgt = inSentence.find((m) => m.start >= start + p.trigger.length) ?? null;
    return blankEvent({
      sourceSpan: src && { start: src.start, end: src.end }, targetSpan: tgt && { start: tgt.start, end: tgt.end },
      id: `${articleId}-ev${i}`, articleId, sentence: tok?.sentence ?? 0, code, root: code.slice(0, 2), trigger: { start, end: start + p.trigger.length },
      modality: p.modality ?? 'actual', source: p.source ?? 'FRD', target: p.target ?? 'SYL',
    });
  });
  doc.layers.add('mentions').add('events');
  return doc;
}
