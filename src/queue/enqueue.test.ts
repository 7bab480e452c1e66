import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Queue } from 'bullmq';
import { makeConfig } from '../config.js';
import type { Issue } from '../core/result.js';
import { enqueuePaths } from './enqueue.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-enqueue-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest --queue reads with the configured limits: a line over fileBytes is skipped, a long article is cut', async () => {
  const config = makeConfig({ limits: { fileBytes: 2_000, articleChars: 300 } });
  assert.ok(config.ok);
  const para = 'Kenya said on Tuesday it had bought twelve patrol boats from Turkey for its coast guard.';
  const long = Array.from({ length: 8 }, () => para).join('\n\n');
  const huge = 'z '.repeat(1_500);
  const file = path.join(dir, 'in.jsonl');
  writeFileSync(file, [JSON.stringify({ id: 'a', text: long }), JSON.stringify({ id: 'b', text: huge })].join('\n') + '\n');
  // Only addBulk is used: a stand-in records the jobs instead of a Redis round trip.
  const jobs: { data: { text: string } }[] = [];
  const queue: Pick<Queue, 'addBulk'> = {
    addBulk: async (js) => {
      jobs.push(...(js as unknown as { data: { text: string } }[]));
      return [];
    },
  };
  const warnings: Issue[] = [];
  const summary = await enqueuePaths(queue, config.value.queue, [file], { onWarning: (w) => warnings.push(w) }, undefined, config.value.limits);
  assert.equal(summary.sent, 1);
  assert.deepEqual(summary.skipped.map((i) => i.code), ['E113']);
  assert.ok(jobs[0]!.data.text.length <= 300, 'the article is cut to limits.articleChars');
  assert.deepEqual(warnings.map((w) => w.code), ['E114']);
});
