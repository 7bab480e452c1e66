// Trees are parsed on request (nlp/parse.ts treesOnDemand), and the coder asks
// only where the tree could answer: a sentence with no word that can stand for
// an actor, or a preposition slot whose preposition the sentence lacks, gets
// no tree. The events are those of coding with every sentence parsed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../../nlp/index.js';
import { treesOnDemand } from '../../nlp/parse.js';
import { tagAndParse } from '../../nlp/parser/index.js';
import { createCodingComponent } from '../index.js';
import { codeParsed, docWith, summary, testDict, testParser } from '../test-helpers.js';
import type { ActorSpec } from '../test-helpers.js';

const nlp = loadWink();
const model = testParser();
const dict = testDict();
const ACTORS: ActorSpec[] = [['Spain', 'ESP'], ['Chile', 'CHL'], ['Peru', 'PER']];

/** Codes with trees on request; returns the summaries and the sentences parsed. */
function onDemand(text: string): { events: string[]; parsed: number[] } {
  const doc = docWith(nlp, text, ACTORS);
  doc.trees = treesOnDemand({ text, tokens: doc.tokens, sentences: doc.sentences }, (f) => tagAndParse(model, f), doc.sentences.map((s) => s.index));
  doc.layers.add('trees');
  createCodingComponent(dict).run(doc, { dictVersion: 'test' });
  return { events: summary(doc.events), parsed: doc.trees.parsed };
}

test('a sentence where no word can stand for an actor gets no tree, and codes the same', () => {
  for (const text of [
    'Chile signed a defence pact with Spain on Monday. The deal was criticised by several analysts.',
    'Spain held talks with Chile. Officials later condemned the strikes.',
  ]) {
    const got = onDemand(text);
    // The second sentence names nobody: no tree for it (the first may get one for its own guards).
    assert.ok(!got.parsed.includes(1), text);
    assert.deepEqual(got.events, summary(codeParsed(nlp, model, dict, text, ACTORS)), text);
  }
});

test('a pronoun can stand for an actor: its sentence may still get a tree, with the same events as parsing all', () => {
  const text = 'Peru hosted the drills in May. It will host them again next year.';
  assert.deepEqual(onDemand(text).events, summary(codeParsed(nlp, model, dict, text, ACTORS)));
});

test('the trigger guards read a tree only where a word could frame or halt the act: a plain sentence is not parsed for them', () => {
  // Every party is named by the chunks, and no frame noun, averting or halting verb is present.
  const text = 'Spain sent two frigates to Chile on Monday.';
  const got = onDemand(text);
  assert.deepEqual(got.parsed, []);
  assert.deepEqual(got.events, summary(codeParsed(nlp, model, dict, text, ACTORS)));
});
