import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../nlp/index.js';
import { codeText, summary, testDict } from './test-helpers.js';
import type { ActorSpec } from './test-helpers.js';

const nlp = loadWink();
const dict = testDict();
const code = (text: string, actors: ActorSpec[]) => summary(codeText(nlp, dict, text, actors));

const STATES: ActorSpec[] = [
  ['Russia', 'RUS'], ['Moscow', 'RUS'], ['Iran', 'IRN'], ['Tehran', 'IRN'], ['North Korea', 'PRK'], ['Pyongyang', 'PRK'],
  ['China', 'CHN'], ['Beijing', 'CHN'], ['Ukraine', 'UKR'], ['Kyiv', 'UKR'], ['Belarus', 'BLR'], ['Japan', 'JPN'],
  ['Canada', 'CAN'], ['Ottawa', 'CAN'], ['France', 'FRA'], ['Paris', 'FRA'], ['the European Union', 'EUR', 'group'],
  ['Western allies', 'WST', 'group'], ['the Foreign Ministry', 'CAN', 'body'],
];

test('accusation with a nested gerund: 112 to the accused and 072 from the accused', () => {
  const got = code('Canada has accused Belarus of shipping artillery shells to Russia.', STATES);
  assert.deepEqual(got, ['BLR>RUS 072 actual', 'CAN>BLR 112 actual']);
});

test('"claimed that": only the content, no accusation', () => {
  const got = code('Japan claimed on Monday that China is delivering drones to Russia.', STATES);
  assert.deepEqual(got, ['CHN>RUS 072 actual']);
});

test('"seeking to acquire ... from these countries": 0232 to each state of the last list', () => {
  const text = 'Officials discussed ties between Belarus, China and Iran. Russia is seeking to acquire rockets from these countries.';
  assert.deepEqual(code(text, STATES).filter((e) => e.includes('0232')), ['RUS>BLR 0232 actual', 'RUS>CHN 0232 actual', 'RUS>IRN 0232 actual']);
});

test('coordination: military cooperation between a list pairs the first with each other', () => {
  const got = code('A spokesman voiced concern about the military cooperation between Russia, Belarus, China, and Iran.', [
    ...STATES, ['A spokesman', 'JPN', 'official'],
  ]);
  assert.ok(got.includes('RUS>BLR 062 actual') && got.includes('RUS>CHN 062 actual') && got.includes('RUS>IRN 062 actual'), got.join('; '));
});

test('relative clause "who ... by providing": the antecedent supplies', () => {
  const got = code('France said that Western allies, who send help to the front by providing military and financial support to Kyiv, act openly.', STATES);
  assert.ok(got.includes('WST>UKR 072 actual') && got.includes('WST>UKR 071 actual'), got.join('; '));
});

test('denial with a named accuser: 016 to the accuser and the content negated', () => {
  const text = 'Canada accused Iran of selling missiles to Russia. Tehran rejected these allegations on Tuesday.';
  const got = code(text, STATES);
  assert.ok(got.includes('IRN>CAN 016 actual'), got.join('; '));
  assert.ok(got.includes('IRN>RUS 072 negated'), got.join('; '));
});

test('"denied that": the content is negated', () => {
  assert.deepEqual(code('Beijing denied that it had sent any weapons to Russia.', STATES), ['CHN>RUS 072 negated']);
});

test('negation scope: "unlike X, who ..., Y does not" negates only Y', () => {
  const got = code('Tehran stressed that, unlike Western allies, who ship tanks to Kyiv, Iran does not supply weapons to either side.', STATES);
  assert.ok(got.includes('WST>UKR 072 actual'), got.join('; '));
  assert.ok(!got.some((e) => e.startsWith('IRN>') && !e.includes('negated')), got.join('; '));
});

test('conditional: an explicit "if" clause', () => {
  const got = code('Ottawa warned that it will respond if Belarus sends troops to Russia.', STATES);
  assert.ok(got.includes('BLR>RUS 072 conditional'), got.join('; '));
  assert.ok(got.includes('CAN>BLR 130 actual'), got.join('; '));
});

test('"may soon provide" after "believe": future and hedged', () => {
  assert.deepEqual(code('Analysts in Paris believe Iran may soon provide cruise missiles to Russia.', STATES), ['IRN>RUS 072 future H']);
});

test('"reportedly" hedges an actual transfer', () => {
  assert.deepEqual(code('North Korea reportedly delivered rockets to Russia last month.', STATES), ['PRK>RUS 072 actual H']);
});

test('mediation: 039 toward each party named', () => {
  assert.deepEqual(code('China offered to mediate between Russia and Ukraine.', STATES), ['CHN>RUS 039 actual', 'CHN>UKR 039 actual']);
});

test('meeting: 040 between the two sides; a third-country meeting is 044', () => {
  assert.deepEqual(code('The foreign ministers of Canada and Japan met in Ottawa on Friday.', STATES), ['CAN>JPN 040 actual']);
  assert.deepEqual(code('Iran and Russia met in Beijing on Friday.', STATES), ['IRN>RUS 044 actual']);
});

test('visit 042 and phone call 041', () => {
  assert.deepEqual(code('The French president will visit Japan next week.', [...STATES, ['The French president', 'FRA', 'official']]), ['FRA>JPN 042 future']);
  assert.deepEqual(code('Ottawa called Tokyo on Monday.', [...STATES, ['Tokyo', 'JPN', 'capital']]), ['CAN>JPN 041 actual']);
});

test('sanctions: 163 on firms in a state goes to that state', () => {
  assert.deepEqual(code('Canada imposed sanctions on three firms in Belarus.', STATES), ['CAN>BLR 163 actual']);
});

test('warnings: 130, and 1312 when sanctions are named', () => {
  assert.deepEqual(code('Japan warned China against sending arms to Russia.', STATES).filter((e) => e.includes(' 13')), ['JPN>CHN 130 actual']);
  assert.deepEqual(code('France threatened Belarus with new sanctions.', STATES), ['FRA>BLR 1312 actual']);
});

test('strikes with drones are 195', () => {
  assert.deepEqual(code('Russia attacked Kyiv with drones overnight.', STATES), ['RUS>UKR 195 actual']);
});

test('passive delivery: "were delivered to Russia by North Korea"', () => {
  assert.deepEqual(code('Thousands of shells were delivered to Russia by North Korea.', STATES), ['PRK>RUS 072 actual']);
});

test('an outlet\'s characterisation ("growing cooperation") is not coded', () => {
  assert.deepEqual(code('Observers point to the growing military cooperation between Russia and Iran.', STATES), []);
});

test('a question ("asked if") is not coded', () => {
  assert.deepEqual(code('A reporter asked if Canada condemned Belarus.', STATES), []);
});

test('events inside the dateline are skipped and every event records rules and dictVersion', () => {
  const events = codeText(nlp, dict, 'Canada condemned Belarus on Monday.', STATES);
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.ok(e.rules.some((r) => r.startsWith('verb:111:')));
  assert.equal(e.dictVersion, 'test');
  assert.equal(e.plover, 'ACCUSE');
  assert.equal(e.quadClass, 3);
  assert.equal(e.id.length, 16);
});
