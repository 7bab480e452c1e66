import type { Article } from '../core/article.js';
import type { Sentence } from '../core/nlp.js';
import type { Mention, MentionKind } from '../core/actor.js';
import type { CodedEvent } from '../core/event.js';
import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';

/**
 * Hand-built Docs about fictional states (Valdoria VLD, Norland NRL,
 * Ostrava OST) for the store suite. Spans are found in the text so they are
 * always consistent with it.
 */

export interface DocSpec {
  id: string;
  published: string | null;
  /** Paragraphs of sentences; sentences are joined by one space, paragraphs by a blank line. */
  paragraphs: string[][];
}

/** Builds an empty Doc (article, sentences) from paragraphs of sentences. */
export function docFrom(spec: DocSpec): Doc {
  let text = '';
  const sentences: Sentence[] = [];
  spec.paragraphs.forEach((para, p) => {
    if (p > 0) text += '\n\n';
    para.forEach((s, i) => {
      if (i > 0) text += ' ';
      const index = sentences.length;
      sentences.push({ index, start: text.length, end: text.length + s.length, tokenStart: index * 10, tokenEnd: index * 10 + 9, paragraph: p });
      text += s;
    });
  });
  const article: Article = {
    id: spec.id, externalId: `ext-${spec.id}`, url: `https://example.test/${spec.id}`, title: `Story ${spec.id}`,
    published: spec.published, outlet: 'Test Wire', text, origin: `fixture:${spec.id}`,
    dateline: { span: { start: 0, end: 0 }, bodyStart: 0, outlet: 'Test Wire', place: 'Valdor', date: spec.published, monthDay: null },
  };
  return { article, sentences, tokens: [], trees: { head: [], deprel: [], upos: [], parsed: [] }, mentions: [], events: [], quotes: [], claims: [], layers: new Set(['text']), warnings: [] };
}

/** Span of `word` inside sentence `s` of the doc (first occurrence). */
export function spanOf(doc: Doc, s: number, word: string): Span {
  const sent = doc.sentences[s]!;
  const start = doc.article.text.indexOf(word, sent.start);
  if (start < 0 || start + word.length > sent.end) throw new Error(`fixture: "${word}" not in sentence ${s}`);
  return { start, end: start + word.length };
}

/** Adds a mention of `word` in sentence `s` naming state `state`. */
export function mention(doc: Doc, s: number, word: string, state: string, kind: MentionKind = 'state'): Mention {
  const m: Mention = {
    ...spanOf(doc, s, word), kind, sentence: s, tokenStart: s * 10, tokenEnd: s * 10 + 1, rule: `actors:${kind}`,
    actors: [{ code: `${state}GOV`, state, sector: 'GOV', name: word, role: null, entryId: `test:${state}` }],
  };
  doc.mentions.push(m);
  return m;
}

/** Adds an event triggered by `trigger` in sentence `s`; everything not given is null or a plain default. */
export function event(doc: Doc, s: number, trigger: string, over: Partial<CodedEvent> & Pick<CodedEvent, 'code'>): CodedEvent {
  const e: CodedEvent = {
    id: `${doc.article.id}:${s}:${over.code}:${trigger}`, articleId: doc.article.id, sentence: s,
    root: over.code.slice(0, 2), plover: null, goldstein: 1.5, quadClass: 1,
    source: null, target: null, sourceActor: null, targetActor: null,
    trigger: spanOf(doc, s, trigger), sourceSpan: null, targetSpan: null,
    weapon: null, system: null, maker: null, quantity: null, quantityMin: null, quantityMax: null, stage: null,
    weaponSpan: null, quantitySpan: null,
    modality: 'actual', hedged: false, cueSpans: [], claimant: null, reportedBy: null, chain: [],
    date: null, datePrecision: 'unknown', dateSource: null, history: false, claimId: null, rules: [`verb:${over.code}:${trigger}`],
    dictVersion: 'test-1', ...over,
  };
  doc.events.push(e);
  return e;
}

/** Article A1 (2025-03-03): four sentences, four events (one without target). */
export function articleOne(): Doc {
  const d = docFrom({
    id: 'a1', published: '2025-03-03',
    paragraphs: [
      ['Valdoria delivered twelve Kestrel drones to Norland on Monday, officials in Valdor said.',
        'Norland may soon buy artillery shells from Valdoria.'],
      ['Ostrava denied that it sent troops to Norland.', "Norland's defence minister praised the talks."],
    ],
  });
  mention(d, 0, 'Valdoria', 'VLD');
  mention(d, 0, 'Norland', 'NRL');
  mention(d, 0, 'Valdor', 'VLD', 'capital');
  mention(d, 1, 'Norland', 'NRL');
  mention(d, 1, 'Valdoria', 'VLD');
  mention(d, 2, 'Ostrava', 'OST');
  event(d, 0, 'delivered', {
    code: '072', plover: 'AID', goldstein: 8.3, quadClass: 2, source: 'VLD', target: 'NRL',
    sourceActor: 'VLDGOV', targetActor: 'NRLMIL', sourceSpan: spanOf(d, 0, 'Valdoria'), targetSpan: spanOf(d, 0, 'Norland'),
    weapon: 'drone', system: 'Kestrel', maker: 'VLD', quantity: 'twelve', quantityMin: 12, quantityMax: 12,
    stage: 'delivered', weaponSpan: spanOf(d, 0, 'drones'), quantitySpan: spanOf(d, 0, 'twelve'),
    chain: [{ kind: 'claimant', name: 'officials in Valdor', actor: 'VLDGOV', role: null, span: spanOf(d, 0, 'officials in Valdor') }],
    date: '2025-03-03', datePrecision: 'day', dateSource: 'text', rules: ['verb:072:deliver', 'actors:state', 'arms:drone'],
  });
  event(d, 1, 'buy', {
    code: '0234', plover: 'REQUEST', quadClass: 1, source: 'NRL', target: 'VLD', sourceActor: 'NRLGOV', targetActor: 'VLDGOV',
    weapon: 'artillery_ammunition', stage: 'requested', modality: 'future', hedged: true,
    cueSpans: [spanOf(d, 1, 'may soon')], date: '2025-04', datePrecision: 'month', dateSource: 'text',
  });
  event(d, 2, 'sent', {
    code: '074', plover: 'AID', goldstein: 7.5, quadClass: 2, source: 'OST', target: 'NRL', weapon: 'troops',
    modality: 'negated', claimant: 'OST', reportedBy: 'Test Wire', dateSource: 'report',
  });
  event(d, 3, 'praised', { code: '051', plover: 'SUPPORT', source: 'NRL' });
  return d;
}

/** Article A2 (2025-06-10): a pact and a threat. */
export function articleTwo(): Doc {
  const d = docFrom({
    id: 'a2', published: '2025-06-10',
    paragraphs: [['Norland signed a defence pact with Valdoria on Tuesday.', 'Valdoria threatened Ostrava with sanctions.']],
  });
  mention(d, 0, 'Norland', 'NRL');
  mention(d, 1, 'Ostrava', 'OST');
  event(d, 0, 'signed', { code: '057', plover: 'AGREE', goldstein: 8, source: 'NRL', target: 'VLD', date: '2025-06-10', datePrecision: 'day', dateSource: 'text' });
  event(d, 1, 'threatened', { code: '138', plover: 'THREATEN', goldstein: -7, quadClass: 3, source: 'VLD', target: 'OST' });
  return d;
}

/** A long article with `n` near-identical transfer events, for pagination. */
export function bulkArticle(id: string, n: number): Doc {
  const lines = Array.from({ length: n }, (_, i) => `Valdoria shipped lot ${i} of spare parts to Norland.`);
  const d = docFrom({ id, published: '2025-05-05', paragraphs: [lines] });
  for (let i = 0; i < n; i++) event(d, i, `lot ${i}`, { code: '0712', quadClass: 2, source: 'VLD', target: 'NRL' });
  return d;
}
