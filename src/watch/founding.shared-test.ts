/**
 * The founding article (../shared/examples, CI only): the whole pipeline,
 * a real SQLite store, and the rule "IRN→RUS ballistic_missile, any
 * modality" with `watch --once`. Skipped when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeConfig } from '../config.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { ingestRaw } from '../pipeline/ingest.js';
import { openStore } from '../store/open.js';
import { runWatchCommand } from './index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTICLE = path.resolve(ROOT, '../shared/examples/wana-2024-08-14.txt');

test('founding article: IRN→RUS ballistic missiles, any modality, raises alerts on the State Department and Reuters sentences', { skip: !existsSync(ARTICLE) && 'no ../shared' }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-founding-'));
  try {
    const config = makeConfig({ dictionariesDir: path.join(ROOT, 'dictionaries'), store: { kind: 'sqlite', path: path.join(dir, 'w.db') } });
    assert.ok(config.ok);
    const pipeline = buildDefaultPipeline(config.value);
    assert.ok(pipeline.ok, JSON.stringify(!pipeline.ok && pipeline.issues));
    const s = await openStore(config.value.store);
    assert.ok(s.ok);
    const store = s.value;
    try {
      const text = readFileSync(ARTICLE, 'utf8');
      const r = await ingestRaw(pipeline.value, store, { text, published: '2024-08-14', origin: ARTICLE });
      assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
      const rulesPath = path.join(dir, 'rules.yaml');
      writeFileSync(rulesPath, 'rules:\n  - {id: irn-rus-bm, dyad: "IRN->RUS", weapons: [ballistic_missile], modality: any}\n');
      const lines: string[] = [];
      const io = { out: (x: string) => void lines.push(x), err: (x: string) => void lines.push(`ERR ${x}`) };
      assert.equal(await runWatchCommand(store, { rulesPath, once: true, io }), 0);
      const alerts = lines.map((l) => JSON.parse(l) as { alert: { events: { sentence: string; modality: string }[] } });
      const sentences = alerts.flatMap((a) => a.alert.events.map((e) => e.sentence));
      assert.ok(sentences.some((x) => x.startsWith('Reuters reported that European intelligence services believe Iran may soon provide')), sentences.join('\n'));
      assert.ok(sentences.some((x) => x.startsWith('The U.S. State Department has also claimed')), sentences.join('\n'));
      assert.ok(sentences.every((x) => /ballistic missiles/.test(x)), 'every alert is about ballistic missiles');
      // A second --once raises nothing new.
      lines.length = 0;
      await runWatchCommand(store, { rulesPath, once: true, io });
      assert.deepEqual(lines, []);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
