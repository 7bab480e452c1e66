import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeConfig } from '../../config.js';
import { buildDefaultPipeline } from '../../pipeline/default.js';
import { openStore } from '../../store/open.js';
import type { Io } from '../context.js';
import { serveUntilStopped } from './serve.js';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), isTTY: false };
}

/** Holds a loopback port so the server under test finds it taken. */
async function occupy(): Promise<{ port: number; close: () => Promise<void> }> {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  const port = (blocker.address() as AddressInfo).port;
  return { port, close: () => new Promise((r) => blocker.close(() => r())) };
}

async function setup(port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-serve-'));
  const config = makeConfig({ store: { kind: 'sqlite', path: path.join(dir, 's.db') }, server: { port } });
  assert.ok(config.ok);
  const pipeline = buildDefaultPipeline(config.value);
  assert.ok(pipeline.ok);
  const store = await openStore(config.value.store);
  assert.ok(store.ok);
  return { config: config.value, pipeline: pipeline.value, store: store.value, done: async () => { await store.value.close(); rmSync(dir, { recursive: true, force: true }); } };
}

test('a taken default port moves the demo to a free one, and the printed address answers', async () => {
  const blocker = await occupy();
  const s = await setup(blocker.port);
  const io = capture();
  let stop!: () => void;
  const stopped = new Promise<void>((r) => (stop = r));
  const running = serveUntilStopped(s.config, s.store, s.pipeline, io, { portGiven: false, label: 'Dashboard:', stopped });
  for (let i = 0; i < 100 && io.stdout.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  const url = /http:\/\/\S+/.exec(io.stdout.join('\n'))?.[0];
  assert.ok(url, io.stdout.join('\n') + io.stderr.join('\n'));
  assert.notEqual(new URL(url).port, String(blocker.port));
  assert.match(io.stderr.join('\n'), /E809/);
  const res = await fetch(`${url}/openapi.json`);
  assert.equal(res.status, 200);
  assert.match(String((await res.json() as { openapi: string }).openapi), /^3\./);
  stop();
  assert.equal(await running, 0);
  await blocker.close();
  await s.done();
});

test('a port the user asked for is kept: taken means a coded error and exit 1', async () => {
  const blocker = await occupy();
  const s = await setup(blocker.port);
  const io = capture();
  assert.equal(await serveUntilStopped(s.config, s.store, s.pipeline, io, { portGiven: true, label: 'serving', stopped: Promise.resolve() }), 1);
  assert.match(io.stderr.join('\n'), /E809/);
  assert.equal(io.stdout.length, 0);
  await blocker.close();
  await s.done();
});
