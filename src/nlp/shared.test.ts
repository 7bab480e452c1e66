import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readShared } from './shared.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-shared-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('a file read into shared memory is the same memory in a worker thread, and a missing one is a value', async () => {
  const file = path.join(dir, 'model.bin');
  writeFileSync(file, Buffer.from([1, 2, 3, 4, 5]));
  const r = readShared(file);
  assert.ok(r.ok);
  assert.deepEqual([...r.value], [1, 2, 3, 4, 5]);
  assert.ok(r.value.buffer instanceof SharedArrayBuffer);
  // The worker writes into its view; the main thread sees it, so no copy was made.
  const w = new Worker('const { workerData, parentPort } = require("node:worker_threads"); workerData[0] = 42; parentPort.postMessage(0);', { eval: true, workerData: r.value });
  await new Promise((resolve) => w.once('message', resolve));
  await w.terminate();
  assert.equal(r.value[0], 42);
  const missing = readShared(path.join(dir, 'none.bin'));
  assert.equal(!missing.ok && missing.issues[0]!.code, 'E210');
});
