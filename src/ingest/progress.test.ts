import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createProgress } from './progress.js';

/** A stream that claims to be a terminal and records what is drawn on it. */
function fakeTerminal(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
  const s = new PassThrough();
  let out = '';
  s.on('data', (d: Buffer) => (out += d.toString()));
  const done = (cb?: () => void) => {
    cb?.();
    return true;
  };
  Object.assign(s, { isTTY, columns: 80, cursorTo: (_x: number, _y?: unknown, cb?: () => void) => done(cb), clearLine: (_d: number, cb?: () => void) => done(cb), moveCursor: () => true });
  return { stream: s as unknown as NodeJS.WriteStream, output: () => out };
}

test('progress draws a count, then a bar once the total is known, on a terminal', async () => {
  const t = fakeTerminal(true);
  const p = createProgress('ingest', undefined, { stream: t.stream });
  p.tick();
  p.tick(2);
  p.setTotal(10);
  p.tick();
  p.stop();
  p.stop(); // idempotent
  p.tick(); // ignored after stop
  await new Promise((r) => setImmediate(r));
  assert.match(t.output(), /ingest 0/);
  assert.match(t.output(), /4\/10 40%/);
});

test('progress stays silent when the stream is not a terminal', async () => {
  const t = fakeTerminal(false);
  const p = createProgress('ingest', 5, { stream: t.stream });
  p.tick();
  p.setTotal(6);
  p.stop();
  await new Promise((r) => setImmediate(r));
  assert.equal(t.output(), '');
});
