import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, loadWink } from '../nlp/index.js';
import { isPlaceReading, loadGazetteer } from './index.js';

const DICT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries');
const loaded = loadGazetteer(DICT);
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
const gaz = loaded.value;
const nlp = loadWink();

/** Mentions of `text` as "surface code rule" strings, in text order. */
function found(text: string): string[] {
  return gaz.mentions(text, annotate(nlp, text).tokens, '2024-08-14').map((m) => `${text.slice(m.start, m.end)} ${m.actors[0]?.code ?? '-'} ${m.rule}`);
}

test('a place inside a firm name is the firm: its state with the business sector', () => {
  assert.deepEqual(found('Maple Soap Canada Inc said it would sell bonds, and Air Canada will buy jets.'), [
    'Canada CANBUS actors:firm',
    'Canada CANBUS actors:firm',
  ]);
  assert.deepEqual(found('Shares of British Petroleum rose while lead manager Swiss Bank Corp placed the issue.'), [
    'British GBRBUS actors:firm',
    'Swiss CHEBUS actors:firm',
  ]);
});

test('state bodies named like firms stay the state', () => {
  const rules = found('The Swiss National Bank held rates, and the Royal Thai Air Force flew over Bangkok.');
  assert.ok(rules.every((r) => !r.includes('actors:firm')), rules.join('; '));
  assert.ok(rules.some((r) => r.startsWith('Swiss CHE')), rules.join('; '));
});

test('currencies, mastheads and rates named after a state or city are not actors', () => {
  assert.deepEqual(found('The bank raised 50 mln Swiss francs and repaid 20 mln U.S. dollars, the Canberra Post said.'), []);
  assert.deepEqual(found('The loan pays a margin over the London Interbank Offered Rate.'), []);
});

test('a capital named as the place of a meeting is marked a place; a metonym is not', () => {
  const text = 'Ministers met in Athens after the envoy travelled to Paris, but Moscow said talks with Beijing would wait.';
  const ms = gaz.mentions(text, annotate(nlp, text).tokens, '2024-08-14');
  assert.deepEqual(ms.map((m) => [text.slice(m.start, m.end), isPlaceReading(m)]), [
    ['Athens', true],
    ['Paris', true],
    ['Moscow', false],
    ['Beijing', false],
  ]);
});

test('officials in a capital and a capital in the possessive stay metonyms', () => {
  assert.deepEqual(found("Officials in Moscow rejected the plan, and in Washington's view it failed."), [
    'Moscow RUS actors:capital',
    "Washington USA actors:capital",
  ]);
});

test('a firm named "Western" is no actor, and a postal service named after its state is its firm', () => {
  assert.deepEqual(found('Western Airlines cut fares while Canada Post raised stamp prices by two Danish crowns.'), ['Canada CANBUS actors:firm']);
});

test('a form listed with its case wins over one matched in any case: GAO the office, Gao the city', () => {
  assert.deepEqual(found('The GAO audited the programme after fighting near Gao.'), ['Gao MLI actors:state']);
});
