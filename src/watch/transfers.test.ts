import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { blankEvent } from '../coding/arms/testkit.case.js';
import { openStore } from '../store/open.js';
import { aggregateTransfers, formatTransfers, runTransfersCommand } from './transfers.js';
import { makeDoc } from './fixtures.case.js';

let n = 0;
const ev = (over: Partial<CodedEvent>): CodedEvent => blankEvent({ id: `t${++n}`, articleId: `a${n}`, ...over });

test('rows group by supplier, recipient and system (or class), with stage, range, claimants and deniers', () => {
  const es = [
    ev({ system: 'Shahed-136', weapon: 'drone', maker: 'IRN', stage: 'agreed', quantityMin: 200, quantityMax: 999, claimant: 'USA' }),
    ev({ system: 'Shahed-136', weapon: 'drone', maker: 'IRN', stage: 'delivered', quantityMin: 100, quantityMax: 100, claimant: 'UKR' }),
    ev({ system: 'Shahed-136', weapon: 'drone', stage: 'delivered', modality: 'negated', claimant: 'FRD' }),
    ev({ weapon: 'drone', stage: 'offered' }),
    ev({ code: '0232', source: 'SYL', target: 'FRD', weapon: 'drone', stage: 'requested', claimant: 'SYL' }),
    ev({ code: '040', weapon: null }),
  ];
  const info = new Map([
    ['a1', { published: '2030-03-01', outlet: 'Wire A' }],
    ['a2', { published: '2030-05-01', outlet: 'Wire B' }],
    ['a3', { published: '2030-06-01', outlet: 'Wire A' }],
  ]);
  const rows = aggregateTransfers(es, info);
  assert.equal(rows.length, 2);
  const [shahed, drones] = rows;
  assert.deepEqual(
    [shahed!.supplier, shahed!.recipient, shahed!.system, shahed!.stage, shahed!.stageDate, shahed!.quantityMin, shahed!.quantityMax],
    ['FRD', 'SYL', 'Shahed-136', 'delivered', '2030-05-01', 100, 999],
  );
  assert.deepEqual([shahed!.claimants, shahed!.deniers, shahed!.events, shahed!.outlets], [['USA', 'UKR'], ['FRD'], 3, ['Wire A', 'Wire B']]);
  assert.deepEqual([shahed!.firstReported, shahed!.lastReported], ['2030-03-01', '2030-06-01']);
  // The 0232 request joins FRD->SYL drones: the requester is the recipient.
  assert.deepEqual([drones!.system, drones!.weapon, drones!.events, drones!.stage], [null, 'drone', 2, 'requested']);
});

test('CSV is RFC 4180 and defuses formulas', () => {
  const rows = aggregateTransfers([ev({ system: '=HYPERLINK("x")', weapon: 'drone', claimant: 'USA', reportedBy: 'Wire, "Quoted"' })]);
  const out = formatTransfers(rows, 'csv');
  assert.ok(out.endsWith('\r\n'));
  const line = out.split('\r\n')[1]!;
  assert.ok(line.includes(`"'=HYPERLINK(""x"")"`), line);
  assert.ok(line.includes('"Wire, ""Quoted"""'), line);
});

test('runTransfersCommand reads the store and filters', async () => {
  const s = await openStore({ kind: 'sqlite', path: ':memory:', url: '', schema: 'x' });
  assert.ok(s.ok);
  const store = s.value;
  try {
    await store.saveDoc(makeDoc('d1', '2030-01-02', ['Freedonia sent drones to Sylvania.', 'Gondor sold tanks to Sylvania.'], [
      { s: 0, trigger: 'sent', weapon: 'drone', stage: 'delivered' },
      { s: 1, trigger: 'sold', source: 'GDR', weapon: 'armored_vehicle', stage: 'delivered' },
    ]));
    const json = JSON.parse(await runTransfersCommand(store, { supplier: 'FRD', format: 'json' }));
    assert.deepEqual(json.map((r: { weapon: string }) => r.weapon), ['drone']);
    assert.equal(json[0].firstReported, '2030-01-02');
    const table = await runTransfersCommand(store, { weapon: 'armored_vehicle', format: 'table' });
    assert.match(table, /GDR\s+SYL/);
    assert.equal(await runTransfersCommand(store, { recipient: 'XXX', format: 'table' }), 'no transfers stored');
  } finally {
    await store.close();
  }
});
