import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, CodedEvent } from '../core/event.js';
import type { Store } from '../store/store.js';
import { attributeDoc } from './attribution.js';
import { buildLedger } from './ledger.js';
import { formatClaims, runClaimsCommand } from './format.js';
import { makeDoc } from './testkit.case.js';

/** Two articles: one alleges and reports a denial, the other confirms. */
function twoArticles(): CodedEvent[] {
  const a = makeDoc('Estonian officials said Belarus supplied drones to Russia. Belarus denied supplying drones to Russia.', [
    { text: 'Estonian', kind: 'demonym', state: 'EST' }, { text: 'Belarus', kind: 'state', state: 'BLR' },
    { text: 'Russia', kind: 'state', state: 'RUS' }, { text: 'Belarus', kind: 'state', state: 'BLR', nth: 1 },
    { text: 'Russia', kind: 'state', state: 'RUS', nth: 1 },
  ], [
    { code: '072', source: 'BLR', target: 'RUS', trigger: 'supplied', weapon: 'drone' },
    { code: '016', source: 'BLR', target: null, trigger: 'denied' },
    { code: '072', source: 'BLR', target: 'RUS', trigger: 'supplying', weapon: 'drone', modality: 'negated' },
  ], { id: 'artA', outlet: 'ERR', published: '2023-04-02' });
  const b = makeDoc('A Russian general confirmed that Belarus delivered drones to Russia.', [
    { text: 'Russian general', kind: 'official', state: 'RUS' }, { text: 'Belarus', kind: 'state', state: 'BLR' },
    { text: 'Russia', kind: 'state', state: 'RUS' },
  ], [{ code: '072', source: 'BLR', target: 'RUS', trigger: 'delivered' }], { id: 'artB', outlet: 'TASS', published: '2023-05-20' });
  b.events[0]!.id = 'evB0';
  for (const d of [a, b]) {
    attributeDoc(d);
    for (const e of d.events) e.date = d.article.published;
  }
  a.events.forEach((e) => (e.id = `A-${e.id}`));
  return [...a.events, ...b.events];
}

describe('claims ledger', () => {
  it('links an allegation, a denial and a confirmation across two articles into one claim', () => {
    const events = twoArticles();
    const { claims, links } = buildLedger(events);
    assert.equal(claims.length, 1);
    const c = claims[0]!;
    assert.deepEqual([c.source, c.target, c.root, c.weapon], ['BLR', 'RUS', '07', 'drone']);
    assert.equal(c.asserting.length, 2);
    assert.equal(c.denying.length, 2, 'the 016 and the negated 072');
    assert.equal(links.length, 4);
    // Stable: the same content gives the same id.
    assert.equal(buildLedger(events.slice().reverse()).claims[0]!.id, c.id);
  });

  it('keeps different weapons and distant times apart; a null weapon joins', () => {
    const base = twoArticles();
    const shift = (e: CodedEvent, id: string, patch: Partial<CodedEvent>) => ({ ...e, id, ...patch });
    const events = [...base,
      shift(base[0]!, 'x1', { weapon: 'artillery' }),
      shift(base[0]!, 'x2', { date: '2019-01-01' }),
      shift(base[0]!, 'x3', { weapon: null })];
    const { claims } = buildLedger(events);
    assert.equal(claims.length, 3);
    const drone = claims.filter((c) => c.weapon === 'drone');
    assert.equal(drone.length, 2, 'one per time');
    assert.ok(drone.some((c) => c.asserting.includes('x3')));
  });

  it('orders symmetric roots: a meeting is one claim either way round', () => {
    const e = twoArticles()[0]!;
    const m1 = { ...e, id: 'm1', code: '062', root: '06', weapon: null };
    const m2 = { ...e, id: 'm2', code: '062', root: '06', weapon: null, source: 'RUS', target: 'BLR' };
    assert.equal(buildLedger([m1, m2]).claims.length, 1);
  });

  it('formats who asserts, who denies, how many outlets', () => {
    const events = twoArticles();
    const { claims } = buildLedger(events);
    const out = formatClaims(claims, events, new Map([['evB0', 'A Russian general confirmed it.']]));
    assert.match(out, /BLR→RUS {2}07 {2}drone/);
    assert.match(out, /asserted by: EST, RUS/);
    assert.match(out, /denied by: {3}BLR/);
    assert.match(out, /outlets: {5}2 \(ERR, TASS\)/);
    assert.match(out, /A Russian general confirmed it\./);
  });

  it('runClaimsCommand recomputes over the store, saves and filters by dyad', async () => {
    const events = twoArticles();
    let saved: Claim[] = [];
    const store = {
      async events() { return { items: events, nextCursor: null }; },
      async saveClaims(c: Claim[]) { saved = c; },
      async evidence() { return null; },
    } as unknown as Store;
    const json = JSON.parse(await runClaimsCommand(store, { dyad: ['rus', 'blr'], format: 'json' }));
    assert.equal(saved.length, 1);
    assert.equal(json.length, 1);
    assert.deepEqual(json[0].deniedBy, ['BLR']);
    assert.equal(await runClaimsCommand(store, { dyad: ['USA', 'IRN'], format: 'table' }), 'No claims.');
  });
});
