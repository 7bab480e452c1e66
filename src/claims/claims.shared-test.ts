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
  const hedgedFuture = find((e) => irnRus(e) && e.modality === 'future' && e.weapon === 'ballistic_missile');
  assert.equal(hedgedFuture.length, 1);
  assert.deepEqual([hedgedFuture[0]!.hedged, hedgedFuture[0]!.claimant, hedgedFuture[0]!.reportedBy], [true, 'EUR', 'Reuters']);
  assert.equal(hedgedFuture[0]!.chain.map((l) => l.name).join(' < ').startsWith('WANA < Reuters'), true);
  const conditional = find((e) => irnRus(e) && e.modality === 'conditional');
  assert.equal(conditional[0]?.claimant, 'USA');
  const denial = find((e) => e.code === '016' && e.source === 'IRN' && e.target === 'USA');
  assert.equal(denial.length, 1);
  const drones = find((e) => irnRus(e) && e.weapon === 'drone' && e.modality === 'actual');
  assert.ok(drones[0]?.claimId);
  assert.equal(denial[0]!.claimId, drones[0]!.claimId, 'the denial and the drone allegation are one claim');
  assert.ok(find((e) => irnRus(e) && e.modality === 'negated' && e.claimant === 'IRN').length >= 1);
  const mediation = find((e) => e.code === '039');
  assert.ok(mediation.length >= 1 && mediation.every((e) => e.claimant === null));
});

test('dev: claimant agreement stays at or above 0.80', { skip: existsSync(DEV) ? false : `no ${DEV}` }, () => {
  const gold = readGold(DEV);
  if (!gold.ok || gold.value.format !== 'events') throw new Error(`${DEV} is not an event gold file`);
  let n = 0;
  let agree = 0;
  for (const p of gold.value.passages) {
    const events = code(p.text, p.published);
    for (const [g, e] of matchPassage(p.events, events)) {
      n++;
      if (p.events[g]!.claimant === events[e]!.claimant) agree++;
    }
  }
  assert.ok(n > 0);
  assert.ok(agree / n >= 0.8, `claimant agreement ${(agree / n).toFixed(3)} over ${n} matches`);
});
