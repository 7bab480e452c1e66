import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWeapons, createArmsComponent } from './index.js';
import { docBuilder } from './testkit.case.js';

const DICT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dictionaries');
const loaded = loadWeapons(DICT);
assert.ok(loaded.ok);
const arms = createArmsComponent(loaded.value);
const docWith = docBuilder();

function qty(text: string, trigger: string): [string | null, number | null, number | null] {
  const doc = docWith(text, [{ trigger }]);
  arms.run(doc, { dictVersion: 't' });
  const e = doc.events[0]!;
  if (e.quantity !== null) assert.equal(text.slice(e.quantitySpan!.start, e.quantitySpan!.end), e.quantity);
  return [e.quantity, e.quantityMin, e.quantityMax];
}

test('vague amounts map to ranges', () => {
  assert.deepEqual(qty('Freedonia sent hundreds of drones to Sylvania.', 'sent'), ['hundreds', 200, 999]);
  assert.deepEqual(qty('Freedonia sent dozens of missiles to Sylvania.', 'sent'), ['dozens', 24, 99]);
  assert.deepEqual(qty('Freedonia sent thousands of shells to Sylvania.', 'sent'), ['thousands', 2000, 9999]);
  assert.deepEqual(qty('Freedonia sent hundreds of thousands of shells to Sylvania.', 'sent'), ['hundreds of thousands', 200000, 999999]);
  assert.deepEqual(qty('Freedonia may provide “hundreds” of ballistic missiles to Sylvania.', 'provide'), ['hundreds', 200, 999]);
});

test('numbers with modifiers, commas, scales and words', () => {
  assert.deepEqual(qty('Freedonia sent about 400 drones to Sylvania.', 'sent'), ['about 400', 360, 440]);
  assert.deepEqual(qty('Freedonia sent some 1,000 shells to Sylvania.', 'sent'), ['some 1,000', 900, 1100]);
  assert.deepEqual(qty('Freedonia sent over 6 million shells to Sylvania.', 'sent'), ['over 6 million', 6000000, null]);
  assert.deepEqual(qty('Freedonia will send up to 50 tanks to Sylvania.', 'send'), ['up to 50', null, 50]);
  assert.deepEqual(qty('Freedonia sent two helicopters to Sylvania.', 'sent'), ['two', 2, 2]);
  assert.deepEqual(qty('Freedonia sent a dozen jets to Sylvania.', 'sent'), ['a dozen', 12, 12]);
  assert.deepEqual(qty('Freedonia sent 1.5 million rounds of artillery shells to Sylvania.', 'sent'), ['1.5 million', 1500000, 1500000]);
  assert.deepEqual(qty('Freedonia sent an estimated 12,000 troops to Sylvania.', 'sent'), ['an estimated 12,000', 10800, 13200]);
});

test('an amount with no number is kept as written with an open range', () => {
  assert.deepEqual(qty('Freedonia supplied a significant number of drones to Sylvania.', 'supplied'), ['a significant number', null, null]);
});

test('containers, shipments and money are not counts of weapons', () => {
  assert.deepEqual(qty('Freedonia shipped more than 1,000 containers of ammunition to Sylvania.', 'shipped'), [null, null, null]);
  assert.deepEqual(qty('Freedonia sent 40 trainloads of shells to Sylvania.', 'sent'), [null, null, null]);
  assert.deepEqual(qty('Freedonia sent several shipments of drones to Sylvania.', 'sent'), [null, null, null]);
  assert.deepEqual(qty('Freedonia sent 8,000 containers with millions of shells to Sylvania.', 'sent'), ['millions', 2000000, 9999999]);
});

test('an amount after the weapon through a pronoun', () => {
  assert.deepEqual(qty('Freedonia supplied drones to Sylvania, but only a few of them.', 'supplied'), ['a few', 2, 5]);
});

test('years are not counts; glued scales are', () => {
  assert.deepEqual(qty('Freedonia approved a 1985 arms sale to Sylvania.', 'sale'), [null, null, null]);
  assert.deepEqual(qty('Freedonia sent 5m shells to Sylvania.', 'sent'), ['5m', 5000000, 5000000]);
  assert.deepEqual(qty('Freedonia sent half a million rounds of artillery shells to Sylvania.', 'sent'), ['half a million', 500000, 500000]);
});
