/**
 * Helpers for the coder's tests: a doc from plain text with hand-built actor
 * mentions, so tests do not depend on the gazetteer.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import type { Mention, MentionKind } from '../core/actor.js';
import type { CodedEvent } from '../core/event.js';
import { annotate } from '../nlp/index.js';
import type { WinkNlp } from '../nlp/index.js';
import { newDoc } from '../pipeline/pipeline.js';
import { parseSentences } from '../nlp/parse.js';
import { readParserModelFile, tagAndParse } from '../nlp/parser/index.js';
import type { ParserModel } from '../nlp/parser/index.js';
import { loadCodingDictionaries } from './dict.js';
import { createCodingComponent } from './index.js';
import type { CodingDict } from './types.js';

/** The repository's dictionaries/ folder. */
export const DICT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries');

/** Loads the real coding dictionaries or throws (tests only). */
export function testDict(): CodingDict {
  const r = loadCodingDictionaries(DICT_DIR);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

/** An actor to mark: every occurrence of `text` becomes a mention of `state`. */
export type ActorSpec = [text: string, state: string, kind?: MentionKind];

/** A doc with tokens, sentences and one mention per occurrence of each actor string. */
export function docWith(nlp: WinkNlp, text: string, actors: ActorSpec[]): Doc {
  const doc = newDoc({ id: 'test', externalId: null, url: null, title: null, published: null, outlet: null, text, dateline: null, origin: 'test' });
  const { tokens, sentences } = annotate(nlp, text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  const mentions: Mention[] = [];
  for (const [s, state, kind] of actors) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) {
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + s.length] ?? ' ';
      if (/\w/.test(before) || /\w/.test(after)) continue;
      const ts = tokens.findIndex((t) => t.start >= at);
      let te = ts;
      while (te < tokens.length && tokens[te]!.end <= at + s.length) te++;
      mentions.push({
        start: at, end: at + s.length, kind: kind ?? 'state', sentence: tokens[ts]!.sentence, tokenStart: ts, tokenEnd: te,
        actors: [{ code: state, state, sector: null, name: s, role: null, entryId: `test:${s}` }], rule: 'test:mention',
      });
    }
  }
  doc.mentions = mentions.sort((a, b) => a.start - b.start);
  return doc;
}

/** Codes `text` with the given actors; returns its events. */
export function codeText(nlp: WinkNlp, dict: CodingDict, text: string, actors: ActorSpec[]): CodedEvent[] {
  const doc = docWith(nlp, text, actors);
  createCodingComponent(dict).run(doc, { dictVersion: 'test' });
  return doc.events;
}

/** "SRC>TGT code modality[ H]" summaries, sorted, for compact assertions. */
export function summary(events: CodedEvent[]): string[] {
  return events.map((e) => `${e.source}>${e.target} ${e.code} ${e.modality}${e.hedged ? ' H' : ''}`).sort();
}

/** The committed parser model (tests only; a test file reads it once and passes it in). */
export function testParser(): ParserModel {
  const m = readParserModelFile();
  if (!m.ok) throw new Error(m.issues.map((i) => i.message).join('\n'));
  return m.value;
}

/** Like docWith, with every sentence parsed by `model` (as the pipeline parses candidates). */
export function docWithTrees(nlp: WinkNlp, model: ParserModel, text: string, actors: ActorSpec[]): Doc {
  const doc = docWith(nlp, text, actors);
  doc.trees = parseSentences({ text, tokens: doc.tokens, sentences: doc.sentences }, (forms) => tagAndParse(model, forms), doc.sentences.map((s) => s.index));
  doc.layers.add('trees');
  return doc;
}

/** Codes `text` with every sentence parsed; returns its events. */
export function codeParsed(nlp: WinkNlp, model: ParserModel, dict: CodingDict, text: string, actors: ActorSpec[]): CodedEvent[] {
  const doc = docWithTrees(nlp, model, text, actors);
  createCodingComponent(dict).run(doc, { dictVersion: 'test' });
  return doc.events;
}
