// Short names of officials named in full earlier in the text, outlets named
// one by one, and a bare "the Treasury". Sentences are invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, loadWink } from '../nlp/index.js';
import { loadGazetteer } from './index.js';
import { familyName } from './shortnames.js';

const DICT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries');
const loaded = loadGazetteer(DICT);
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
const gaz = loaded.value;
const nlp = loadWink();

/** [surface, state, kind, rule] of each mention. */
function found(text: string, date: string | null = '2024-08-14'): [string, string, string][] {
  const { tokens } = annotate(nlp, text);
  return gaz.mentions(text, tokens, date).map((m) => [text.slice(m.start, m.end), m.actors[0]!.state, m.kind]);
}

test('family names: first in East Asian names, last elsewhere, none for patronymics', () => {
  assert.equal(familyName('Kim Jong Un', 'PRK'), 'Kim');
  assert.equal(familyName('Choe Son Hui', 'PRK'), 'Choe');
  assert.equal(familyName('Mark Rutte', 'NLD'), 'Rutte');
  assert.equal(familyName('Mohammed bin Salman', 'SAU'), null);
  assert.equal(familyName('Madonna', 'USA'), null);
});

test('after the full name, the bare family name is the same official', () => {
  const got = found('Kim Jong Un met the visitors on Monday. Kim later praised the army.');
  assert.deepEqual(got.filter((m) => m[0] === 'Kim'), [['Kim', 'PRK', 'official']]);
  // Before the full name, a bare "Kim" is nobody in particular.
  assert.deepEqual(found('Kim spoke first. Then Kim Jong Un spoke.').filter((m) => m[0] === 'Kim'), []);
});

test('a family name two officials of the text share, or one inside another name, is left alone', () => {
  const got = found('Kim Jong Un and Kim Yo Jong arrived. Kim said nothing.');
  assert.deepEqual(got.filter((m) => m[0] === 'Kim'), []);
  const other = found('Choe Son Hui met the envoy. Choe Ryong Hae was absent.');
  assert.ok(!other.some((m) => m[0] === 'Choe'), JSON.stringify(other));
});

test('each outlet is reported under its own name ("Kyiv Post" is not "Kyiv Independent")', () => {
  const text = 'The Kyiv Post and the Kyiv Independent both ran the story, as did The Moscow Times.';
  const { tokens } = annotate(nlp, text);
  const names = gaz.mentions(text, tokens, null).filter((m) => m.kind === 'outlet').map((m) => m.actors[0]!.name);
  assert.deepEqual(names, ['Kyiv Post', 'Kyiv Independent', 'The Moscow Times']);
});

test('a bare "the Treasury" is the US one; a named state\'s treasury is not', () => {
  assert.deepEqual(found('The Treasury sanctioned three firms.'), [['Treasury', 'USA', 'body']]);
  assert.ok(!found('The UK Treasury said the economy grew.').some((m) => m[1] === 'USA'));
});
