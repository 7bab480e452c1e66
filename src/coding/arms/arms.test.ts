import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodedEvent } from '../../core/event.js';
import { loadWeapons, createArmsComponent } from './index.js';
import { docBuilder } from './testkit.case.js';
import type { PlaceEvent } from './testkit.case.js';

const DICT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dictionaries');
const loaded = loadWeapons(DICT);
assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.issues));
const arms = createArmsComponent(loaded.value);
const docWith = docBuilder();

/** Runs the component on an own sentence with one event at `trigger`. */
function code(text: string, trigger: string, over: Partial<PlaceEvent> = {}): CodedEvent[] {
  const doc = docWith(text, [{ trigger, ...over }]);
  arms.run(doc, { dictVersion: 'test' });
  return doc.events;
}

function one(text: string, trigger: string, over: Partial<PlaceEvent> = {}): CodedEvent {
  const evs = code(text, trigger, over);
  assert.equal(evs.length, 1, `one event expected, got ${evs.map((e) => e.weapon).join(',')}`);
  return evs[0]!;
}

test('the dictionaries load and have a version', () => {
  assert.match(loaded.value.version, /^[0-9a-f]{12}$/);
  assert.ok(loaded.value.phrases.size > 300);
});

test('weapon classes from generic words in the object of the trigger', () => {
  const cases: [string, string, string | null][] = [
    ['Freedonia may soon send hundreds of short-range ballistic missiles to Sylvania.', 'send', 'ballistic_missile'],
    ['Freedonia was accused of supplying combat drones to Sylvania.', 'supplying', 'drone'],
    ['Freedonia delivered UAVs to Sylvania last spring.', 'delivered', 'drone'],
    ['Freedonia shipped 152 mm rounds to Sylvania.', 'shipped', 'artillery_ammunition'],
    ['Freedonia sent artillery shells to Sylvania.', 'sent', 'artillery_ammunition'],
    ['Freedonia is supplying Sylvania with ammunition.', 'supplying', 'ammunition'],
    ['Freedonia sold weapons and ammunition to Sylvania.', 'sold', 'weapons'],
    ['Freedonia transferred military equipment to Sylvania.', 'transferred', 'weapons'],
    ['Freedonia is providing military support to Sylvania.', 'providing', null],
    ['Freedonia sent gunpowder and electronics to Sylvania.', 'sent', 'components'],
    ['Freedonia handed production lines and know-how to Sylvania.', 'handed', 'technology'],
    ['Freedonia deployed soldiers to Sylvania in October.', 'deployed', 'troops'],
    ['Freedonia has given Sylvania cruise missiles.', 'given', 'cruise_missile'],
    ['Freedonia delivered air defence systems to Sylvania.', 'delivered', 'air_defense'],
  ];
  for (const [text, trig, weapon] of cases) assert.equal(one(text, trig).weapon, weapon, text);
});

test('named systems give a canonical name, class and maker state', () => {
  const cases: [string, string, string, string, string][] = [
    ['Freedonia received Geran-2 drones from its partner.', 'received', 'Shahed-136', 'drone', 'IRN'],
    ['Freedonia bought Shaheds from its partner.', 'bought', 'Shahed-136', 'drone', 'IRN'],
    ['Freedonia pledged to supply 300 Lancet drones to Sylvania.', 'supply', 'Lancet', 'drone', 'RUS'],
    ['Freedonia fired Hwasong-11 missiles at Sylvania.', 'fired', 'KN-23', 'ballistic_missile', 'PRK'],
    ['Freedonia will deliver Su-35s to Sylvania.', 'deliver', 'Su-35', 'aircraft', 'RUS'],
    ['Freedonia got HIMARS launchers from its ally.', 'got', 'HIMARS', 'artillery', 'USA'],
    ['Freedonia sent Storm Shadow missiles to Sylvania.', 'sent', 'Storm Shadow', 'cruise_missile', 'GBR'],
    ['Freedonia ordered K9 howitzers for its army.', 'ordered', 'K9 Thunder', 'artillery', 'KOR'],
    ['Freedonia supplied the Fath-360 short-range ballistic missile system to Sylvania.', 'supplied', 'Fath-360', 'ballistic_missile', 'IRN'],
  ];
  for (const [text, trig, system, weapon, maker] of cases) {
    const e = one(text, trig);
    assert.deepEqual([e.system, e.weapon, e.maker], [system, weapon, maker], text);
    assert.ok(e.rules.some((r) => r.startsWith('arms:weapon:system:')), 'the rule id names the entry');
    assert.equal(text.slice(e.weaponSpan!.start, e.weaponSpan!.end).toLowerCase().includes(system.slice(0, 3).toLowerCase()) || system === 'Shahed-136' || system === 'KN-23', true);
  }
});

test('the search stays in the clause and does not cross another trigger', () => {
  const doc = docWith('Freedonia sent drones to Sylvania and Sylvania delivered tanks to Gondor.', [
    { trigger: 'sent' },
    { trigger: 'delivered' },
  ]);
  arms.run(doc, { dictVersion: 't' });
  assert.deepEqual(doc.events.map((e) => e.weapon), ['drone', 'armored_vehicle']);
});

test('passives, noun triggers and relative clauses look left of the trigger', () => {
  assert.equal(one('The S-400 battery was provided to Freedonia by its ally.', 'provided').system, 'S-400');
  assert.equal(one("Freedonia denied its alleged drone supplies to Sylvania.", 'supplies').weapon, 'drone');
  assert.equal(one('The missiles that Freedonia built and exported to Sylvania were old.', 'exported').weapon, 'missile');
});

test('coordinated weapons of different classes become one event per class', () => {
  const evs = code('Freedonia provided Sylvania with technology as well as tanks and aircraft.', 'provided');
  assert.deepEqual(evs.map((e) => e.weapon), ['technology', 'armored_vehicle', 'aircraft']);
  assert.equal(new Set(evs.map((e) => e.id)).size, 3);
  assert.ok(evs[1]!.rules.includes('arms:split'));
});

test('stage from the verb, the governing verb and the modality', () => {
  const cases: [string, string, Partial<PlaceEvent>, string | null][] = [
    ['Freedonia offered to send drones to Sylvania.', 'send', {}, 'offered'],
    ['Sylvania asked Freedonia for artillery shells.', 'asked', { code: '0232' }, 'requested'],
    ['Freedonia agreed to deliver tanks to Sylvania.', 'deliver', {}, 'agreed'],
    ['Freedonia signed a deal to sell jets to Sylvania.', 'sell', {}, 'agreed'],
    ['Freedonia will supply drones to Sylvania.', 'supply', { modality: 'future' }, 'agreed'],
    ['Freedonia shipped shells to Sylvania by rail.', 'shipped', {}, 'in_transit'],
    ['Freedonia sent drones to Sylvania that are now on their way.', 'sent', {}, 'in_transit'],
    ['Freedonia delivered drones to Sylvania.', 'delivered', {}, 'delivered'],
    ['Sylvania launched Freedonian drones against Gondor.', 'launched', {}, 'used'],
    ['Freedonia did not supply drones to Sylvania.', 'supply', { modality: 'negated' }, 'delivered'],
    ['Freedonia may soon provide missiles to Sylvania.', 'provide', { modality: 'future' }, 'agreed'],
  ];
  for (const [text, trig, over, stage] of cases) assert.equal(one(text, trig, over).stage, stage, text);
});

test('events of other codes are untouched', () => {
  const e = one('Freedonia met Sylvania to discuss drones.', 'met', { code: '040' });
  assert.deepEqual([e.weapon, e.stage, e.rules], [null, null, []]);
});

test('a system name and its head noun are one weapon, not a coordination', () => {
  const evs = code('Freedonia will hand over Fateh-110 and Zolfaghar missiles to Sylvania.', 'hand');
  assert.deepEqual(evs.map((e) => [e.weapon, e.system]), [['ballistic_missile', 'Fateh-110']]);
});

test('troops named through the armed forces of the supplier', () => {
  assert.equal(one('Freedonia decided to send its military to Sylvania.', 'send').weapon, 'troops');
});

test('a generic "missiles" takes the kind named earlier in the passage', () => {
  const doc = docWith('Freedonia sent dozens of ballistic missiles to Sylvania. Sylvania has been using the Freedonian missiles.', [
    { trigger: 'sent' },
    { trigger: 'using' },
  ]);
  arms.run(doc, { dictVersion: 't' });
  assert.deepEqual(doc.events.map((e) => e.weapon), ['ballistic_missile', 'ballistic_missile']);
  assert.ok(doc.events[1]!.rules.some((r) => r.startsWith('arms:coref:')));
});

test('a source that names troops is also what is sent ("Freedonian soldiers arrived in Sylvania")', () => {
  const text = 'Thousands of Freedonian soldiers arrived in Sylvania.';
  const doc = docWith(text, [{ trigger: 'arrived' }]);
  const at = text.indexOf('Freedonian soldiers');
  doc.events[0]!.sourceSpan = { start: at, end: at + 'Freedonian soldiers'.length };
  arms.run(doc, { dictVersion: 'test' });
  assert.equal(doc.events[0]!.weapon, 'troops');
  assert.equal(doc.events[0]!.quantity, 'Thousands');
});

test('ammunition for guns is artillery ammunition; a generic class does not split off a specific one', () => {
  const evs = code('Freedonia will send Sylvania munitions for howitzers, mortars and rounds.', 'send');
  assert.deepEqual(evs.map((e) => e.weapon), ['artillery_ammunition', 'artillery']);
});

test('"capabilities, including ..." names what is sent further on', () => {
  assert.equal(one('Freedonia will provide Sylvania additional capabilities, including armored vehicles.', 'provide').weapon, 'armored_vehicle');
});

test('two triggers of one sentence that transfer the same weapon are one event; different weapons stay two', () => {
  const same = docWith('Freedonia supplied drones to Sylvania, delivering the drones by ship.', [{ trigger: 'supplied' }, { trigger: 'delivering' }]);
  arms.run(same, { dictVersion: 'test' });
  assert.deepEqual(same.events.map((e) => e.weapon), ['drone']);
  const two = docWith('Freedonia supplied drones to Sylvania and helped Sylvania build a production line.', [{ trigger: 'supplied' }, { trigger: 'helped' }]);
  arms.run(two, { dictVersion: 'test' });
  assert.deepEqual(two.events.map((e) => e.weapon), ['drone', 'technology']);
});
