// The project's own gold passages (eval/own/heldout.jsonl) scored by the real
// extractor, exactly as `dyadwatch eval --json` does: needs no ../shared, so
// it guards the coder's general constructions in every `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeConfig } from '../config.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { evalCommand } from '../cli/commands/eval.js';

test('own gold passages: root F1 and agreements stay above their floors', () => {
  const cfg = makeConfig({});
  assert.ok(cfg.ok);
  const p = buildDefaultPipeline(cfg.value);
  assert.ok(p.ok);
  const r = evalCommand(p.value, 'eval/own/heldout.jsonl', true);
  assert.ok(r.ok, r.ok ? '' : r.issues.map((i) => i.message).join('\n'));
  const j = JSON.parse(r.value) as { passages: number; root: { f1: number }; weapon_agreement: number; modality_agreement: number; claimant_agreement: number };
  assert.ok(j.passages >= 100, `passages: ${j.passages}`);
  assert.ok(j.root.f1 >= 0.83, `root F1 ${j.root.f1}`);
  assert.ok(j.weapon_agreement >= 0.95, `weapon ${j.weapon_agreement}`);
  assert.ok(j.modality_agreement >= 0.93, `modality ${j.modality_agreement}`);
  assert.ok(j.claimant_agreement >= 0.9, `claimant ${j.claimant_agreement}`);
});
