// Arms transfers in the shapes news puts them: nominal transfers, passives
// with no agent, arrivals of troops, deliveries taken, help to build arms,
// stationing and hosting, relative and reduced relative clauses, double
// objects. All sentences are invented for these tests; actors are marked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../nlp/index.js';
import { codeText, summary, testDict } from './test-helpers.js';
import type { ActorSpec } from './test-helpers.js';

const nlp = loadWink();
const dict = testDict();
const code = (text: string, actors: ActorSpec[] = STATES) => summary(codeText(nlp, dict, text, actors));

const STATES: ActorSpec[] = [
  ['Chile', 'CHL'], ['Santiago', 'CHL'], ['Peru', 'PER'], ['Lima', 'PER'], ['Bolivia', 'BOL'], ['La Paz', 'BOL'],
  ['Ecuador', 'ECU'], ['Quito', 'ECU'], ['Norway', 'NOR'], ['Oslo', 'NOR'],
  ['Peruvian', 'PER', 'demonym'], ['Chilean', 'CHL', 'demonym'], ['Bolivian', 'BOL', 'demonym'],
];

test('a sentence-initial plural transfer noun is still a trigger ("Shipments of ... to ...")', () => {
  assert.deepEqual(code('Shipments of Peruvian shells to Chile have doubled.'), ['PER>CHL 072 actual']);
  assert.deepEqual(code('Deliveries of Bolivian rifles to Ecuador resumed.'), ['BOL>ECU 072 actual']);
});

test('a demonym before a plural noun modifies it: "Peruvian arms shipments to Chile"', () => {
  assert.deepEqual(code('Peruvian arms shipments to Chile continued in March.'), ['PER>CHL 072 actual']);
});

test('the deployment of a state\'s troops is sent by that state', () => {
  const got = code('Norway condemned the deployment of Peruvian troops to Chile.', [...STATES, ['Peruvian troops', 'PER']]);
  assert.ok(got.includes('PER>CHL 072 actual'), got.join('; '));
});

test('a passive transfer with no agent is sent by the state of what is sent', () => {
  assert.deepEqual(code('Peruvian troops have been deployed to Chile.', [...STATES, ['Peruvian troops', 'PER']]), ['PER>CHL 072 actual']);
  assert.deepEqual(code('Bolivian drones were delivered to Ecuador by ship.'), ['BOL>ECU 072 actual']);
  // The subject of "supplied with" received: the agent supplied.
  assert.deepEqual(code('Chile\'s army was supplied with tanks by Peru.'), ['PER>CHL 072 actual']);
});

test('troops arriving in a state are deployed there; envoys arriving visit', () => {
  assert.deepEqual(code('Thousands of Peruvian soldiers arrived in Chile.', [...STATES, ['Peruvian soldiers', 'PER']]), ['PER>CHL 072 actual']);
  assert.deepEqual(code('The Peruvian minister arrived in Chile.', [...STATES, ['The Peruvian minister', 'PER', 'official']]), ['PER>CHL 042 actual']);
});

test('receiving arms: "took delivery of X from Y", "received a batch of Peruvian missiles"', () => {
  assert.deepEqual(code('Chile took delivery of new howitzers from Peru.'), ['PER>CHL 072 actual']);
  assert.deepEqual(code('Chile received a batch of Peruvian missiles in May.'), ['PER>CHL 072 actual']);
  assert.deepEqual(code('Santiago denies receiving weapons from Lima.'), ['PER>CHL 072 negated']);
});

test('helping a state obtain or build weapons is a transfer to it', () => {
  assert.deepEqual(code('Peru helped Chile set up a factory to produce drones.'), ['PER>CHL 072 actual']);
  const got = code('Norway imposed sanctions on three Bolivian firms for helping Chile obtain drones.', [...STATES, ['Bolivian firms', 'BOL']]);
  assert.ok(got.includes('BOL>CHL 072 actual') && got.includes('NOR>BOL 163 actual'), got.join('; '));
});

test('support a transfer specifies in the same sentence is that transfer, not also 070', () => {
  assert.deepEqual(code('Peru supports Chile in the war, providing its rifles to the Chilean army.', [...STATES, ['Chilean army', 'CHL']]), ['PER>CHL 072 actual']);
});

test('stationing weapons in a state, or a state hosting another\'s weapons, is a deployment', () => {
  assert.deepEqual(code('Peru has stationed missiles in Bolivia.'), ['PER>BOL 072 actual']);
  assert.deepEqual(code('Bolivia will host Peruvian missiles.'), ['PER>BOL 072 future']);
  assert.deepEqual(code('Bolivia hosted the Peruvian president.', [...STATES, ['the Peruvian president', 'PER', 'official']]), ['BOL>PER 043 actual']);
});

test('a relative clause codes its own act; its actor is no target of the main verb', () => {
  const got = code('Peru criticised the states that openly arm Chile.', [...STATES, ['the states', 'WST', 'group']]);
  assert.deepEqual(got, ['PER>WST 111 actual', 'WST>CHL 072 actual']);
  // "countries that supply weapons to Chile": Chile is not criticised.
  assert.deepEqual(code('Peru condemned countries that supply weapons to Chile.'), []);
  assert.deepEqual(code('Norway sanctioned five Bolivian companies that supplied Chile with microelectronics.', [...STATES, ['Bolivian companies', 'BOL']]),
    ['BOL>CHL 072 actual', 'NOR>BOL 163 actual']);
});

test('a participle modifying the object keeps the destination: "parts disguised as X to Y"', () => {
  const got = code('The report said Bolivian firms had shipped drone parts disguised as industrial cooling equipment to Chile.', [...STATES, ['Bolivian firms', 'BOL']]);
  assert.deepEqual(got, ['BOL>CHL 072 actual']);
});

test('double objects after a giving verb: "sending Chile drone engines"', () => {
  assert.deepEqual(code('Peru is sending Chile drone engines.'), ['PER>CHL 072 actual']);
  assert.deepEqual(code('Peru could share missile technology with Chile.'), ['PER>CHL 072 actual H']);
});

test('named weapon systems are arms words; "surface-to-surface" is one word', () => {
  assert.deepEqual(code('Norway pledged four IRIS-T systems to Chile.'), ['NOR>CHL 072 future']);
  assert.deepEqual(code('Peru agreed to provide Chile with surface-to-surface missiles.'), ['PER>CHL 072 future']);
});

test('a purpose infinitive after a reduced relative belongs to the main verb', () => {
  assert.deepEqual(code('Chile has used drones supplied by Peru to strike Bolivian bases.'), ['CHL>BOL 195 actual', 'PER>CHL 072 actual']);
});

test('an aid package that provides is its owner\'s: the possessor, else the speaker quoting it', () => {
  const quoted = '"This package, which is worth $200 million, will provide Chile additional capabilities, including tanks," Norway\'s defence ministry said.';
  assert.deepEqual(code(quoted), ['NOR>CHL 072 future']);
  assert.deepEqual(code('Norway\'s new package will provide Chile with tanks.'), ['NOR>CHL 072 future']);
});

test('two transfers of one sentence stay two until the arms stage compares what they transfer', () => {
  assert.deepEqual(code('Peru has provided Chile with drones and helped Chile set up a factory to produce shells.'),
    ['PER>CHL 072 actual', 'PER>CHL 072 actual']);
});
