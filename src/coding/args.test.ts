import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../nlp/index.js';
import { viewSentence } from './chunk.js';
import type { SentView } from './chunk.js';
import { subjectOf, rightArgs, argsOf, coordRight } from './args.js';
import { docWith, testDict } from './test-helpers.js';
import type { ActorSpec } from './test-helpers.js';

const nlp = loadWink();
const dict = testDict();
const ACTORS: ActorSpec[] = [['Canada', 'CAN'], ['Japan', 'JPN'], ['Chile', 'CHL'], ['Peru', 'PER'], ['Ottawa', 'CAN', 'capital']];

/** View of sentence `s` of `text`. */
function view(text: string, s = 0): SentView {
  const doc = docWith(nlp, text, ACTORS);
  const ms = doc.mentions.map((m, i) => (m.sentence === s ? i : -1)).filter((i) => i >= 0);
  return viewSentence(doc, doc.sentences[s]!, dict.lexicon, ms);
}

/** Chunk index of the verb group holding the first token whose text is `word`. */
function verbChunk(sv: SentView, word: string): number {
  for (let i = 0; i < sv.n; i++) {
    const t = sv.doc.tokens[sv.base + i]!;
    if (sv.doc.article.text.slice(t.start, t.end) === word) return sv.chunkOf[i]!;
  }
  throw new Error(`no ${word}`);
}

const states = (sv: SentView, c: number) => subjectOf(sv, c).map((a) => a.state).sort();

test('subject skips a parenthetical prepositional phrase', () => {
  const sv = view('Canada, during a long press conference, criticised Japan.');
  assert.deepEqual(states(sv, verbChunk(sv, 'criticised')), ['CAN']);
});

test('a relative pronoun takes its antecedent as subject', () => {
  const sv = view('Unlike Chile, which exports copper to Japan, Peru exports little.');
  assert.deepEqual(states(sv, verbChunk(sv, 'exports')), ['CHL']);
});

test('an infinitive after a seek verb and a gerund after "of" take their controllers', () => {
  const sv = view('Ottawa accused Chile of helping Peru while Japan tried to stop it.');
  assert.deepEqual(states(sv, verbChunk(sv, 'helping')), ['CHL']);
  assert.deepEqual(states(sv, verbChunk(sv, 'stop')), ['JPN']);
});

test('coordinated subjects and prepositional lists expand', () => {
  const sv = view('Chile and Peru met officials from Canada, Japan and Chile.');
  assert.deepEqual(states(sv, verbChunk(sv, 'met')), ['CHL', 'PER']);
  const r = rightArgs(sv, verbChunk(sv, 'met'));
  assert.deepEqual(argsOf(sv, r.pps.get('from')!).map((a) => a.state), ['CAN', 'JPN', 'CHL']);
});

test('a comma without a closing "and" does not coordinate', () => {
  const sv = view('Japan sent ships to Peru, Chile sent none.');
  const c = sv.chunkOf[sv.n - 1]! - 0;
  void c;
  const r = rightArgs(sv, verbChunk(sv, 'sent'));
  const to = r.pps.get('to')!;
  assert.equal(coordRight(sv, to[0]!).length, 1);
});
