// Runs only in CI (scripts/run-tests.mjs --shared), where the founding
// article and the dev gold sit at ../shared beside the repository root.
// Reads them where they lie; skipped when absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeConfig } from '../config.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { toArticle } from '../ingest/article.js';
import { readGold, matchPassage } from '../eval/index.js';
import type { CodedEvent } from '../core/event.js';

const SHARED = path.resolve(process.cwd(), '..', 'shared');
const FOUNDING = path.join(SHARED, 'examples', 'wana-2024-08-14.txt');
const DEV = path.join(SHARED, 'eval', 'dev.jsonl');

/** Built once, on first use (loading dictionaries is the slow part). */
let built: ReturnType<typeof buildDefaultPipeline> | null = null;

function code(text: string, published: string | null): CodedEvent[] {
  built ??= (() => {
    const cfg = makeConfig({});
    if (!cfg.ok) throw new Error(cfg.issues.map((i) => i.message).join('\n'));
    return buildDefaultPipeline(cfg.value);
  })();
  if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('\n'));
  const art = toArticle({ text, published, origin: 'shared' });
  if (!art.ok) return [];
  const doc = built.value.process(art.value);
  if (!doc.ok) throw new Error(doc.issues.map((i) => i.message).join('\n'));
  return doc.value.events;
}

test('founding article: attribution, denial and claims', { skip: existsSync(FOUNDING) ? false : `no ${FOUNDING}` }, () => {
  const events = code(readFileSync(FOUNDING, 'utf8'), '2024-08-14');
  const find = (f: (e: CodedEvent) => boolean) => events.filter(f);
  const irnRus = (e: CodedEvent) => e.code === '072' && e.source === 'IRN' && e.target === 'RUS';
  const chainOf = (e: CodedEvent) => e.chain.map((l) => l.name).join(' < ');

  // The hedged, future transfer of "hundreds" of ballistic missiles: EUR's claim, carried by Reuters.
  const hedgedFuture = find((e) => irnRus(e) && e.modality === 'future' && e.weapon === 'ballistic_missile');
  assert.equal(hedgedFuture.length, 1);
  const f = hedgedFuture[0]!;
  assert.deepEqual([f.hedged, f.quantity, f.claimant, f.reportedBy], [true, 'hundreds', 'EUR', 'Reuters']);
  assert.ok(chainOf(f).startsWith('WANA < Reuters < '), chainOf(f));
  assert.equal(f.chain.at(-1)!.kind, 'claimant');

  // The conditional transfer inside the State Department's threat: USA's claim; the threat itself is the outlet's report.
  const conditional = find((e) => irnRus(e) && e.modality === 'conditional');
  assert.equal(conditional.length, 1);
  assert.deepEqual([conditional[0]!.weapon, conditional[0]!.claimant, conditional[0]!.hedged], ['ballistic_missile', 'USA', false]);
  const threat = find((e) => e.root === '13' && e.source === 'USA' && e.target === 'IRN' && e.sentence === conditional[0]!.sentence);
  assert.equal(threat.length, 1);
  assert.equal(threat[0]!.claimant, null);

  // The denial of "these claims": a 016 IRN→USA, one claim with the US drone allegation and its accusation.
  const denial = find((e) => e.code === '016' && e.source === 'IRN' && e.target === 'USA');
  assert.equal(denial.length, 1);
  assert.equal(denial[0]!.claimant, null);
  const drones = find((e) => irnRus(e) && e.weapon === 'drone' && e.modality === 'actual');
  assert.equal(drones.length, 1);
  assert.equal(drones[0]!.claimant, 'USA');
  assert.ok(drones[0]!.claimId);
  assert.equal(denial[0]!.claimId, drones[0]!.claimId, 'the denial and the drone allegation are one claim');
  const accusation = find((e) => e.code.startsWith('112') && e.source === 'USA' && e.target === 'IRN' && e.sentence === drones[0]!.sentence);
  assert.equal(accusation[0]?.claimId, drones[0]!.claimId);
  const negated = find((e) => irnRus(e) && e.modality === 'negated' && e.claimant === 'IRN');
  assert.equal(negated.length, 1);
  assert.equal(negated[0]!.claimId, drones[0]!.claimId);

  // Offers to mediate, toward each party, in the outlet's voice.
  const mediation = find((e) => e.code === '039' && e.source === 'IRN').map((e) => `${e.target}:${e.claimant}`).sort();
  assert.deepEqual(mediation, ['RUS:null', 'UKR:null']);

  // Negation scope: "Iran does not support any party" negates Iran's support, not the West's.
  const western = find((e) => e.source === 'WST' && e.target === 'UKR');
  assert.ok(western.some((e) => e.modality === 'actual' && e.claimant === 'IRN'));
  assert.ok(western.every((e) => e.modality === 'actual'));

  // Dates: "He responded" answers the question asked "during the August 13 briefing"; the rest takes the report date.
  const responded = find((e) => e.code.startsWith('0232'));
  assert.ok(responded.length >= 1 && responded.every((e) => e.date === '2024-08-13' && e.datePrecision === 'day'));
  assert.ok(find((e) => e.dateSource === 'report').every((e) => e.date === '2024-08-14'));
});

test('founding article without a publication date: no date is invented', { skip: existsSync(FOUNDING) ? false : `no ${FOUNDING}` }, () => {
  // The dateline "WANA (August 14)" has no year, so neither it nor "the August 13 briefing" can be placed.
  const events = code(readFileSync(FOUNDING, 'utf8'), null);
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => e.date === null && e.datePrecision === 'unknown'));
});

test('dev: modality, hedged and claimant agreement stay above the issue 3 thresholds', { skip: existsSync(DEV) ? false : `no ${DEV}` }, () => {
  const gold = readGold(DEV);
  if (!gold.ok || gold.value.format !== 'events') throw new Error(`${DEV} is not an event gold file`);
  let n = 0;
  const agree = { modality: 0, hedged: 0, claimant: 0 };
  for (const p of gold.value.passages) {
    const events = code(p.text, p.published);
    for (const [g, e] of matchPassage(p.events, events)) {
      n++;
      const [want, got] = [p.events[g]!, events[e]!];
      if (want.modality === got.modality) agree.modality++;
      if (want.hedged === got.hedged) agree.hedged++;
      if (want.claimant === got.claimant) agree.claimant++;
    }
  }
  assert.ok(n > 0);
  assert.ok(agree.modality / n >= 0.85, `modality agreement ${(agree.modality / n).toFixed(3)} over ${n} matches`);
  assert.ok(agree.hedged / n >= 0.85, `hedged agreement ${(agree.hedged / n).toFixed(3)} over ${n} matches`);
  assert.ok(agree.claimant / n >= 0.8, `claimant agreement ${(agree.claimant / n).toFixed(3)} over ${n} matches`);
});
