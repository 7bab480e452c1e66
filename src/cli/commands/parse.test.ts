import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../main.js';
import type { Io } from '../context.js';

function capture(stdin?: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), isTTY: false, ...(stdin !== undefined ? { stdin: Readable.from([stdin]) } : {}) };
}

const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-parse-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('parse - prints CoNLL-U on wink\'s tokens with sentence ids, text and offsets', async () => {
  const text = "Valdor didn't send tanks to Ostmark. Its ministry denied it.";
  const io = capture(text);
  assert.equal(await main(['parse', '-'], io, {}), 0, io.stderr.join('\n'));
  const out = io.stdout.join('');
  assert.match(out, /^# sent_id = 1-1\n# text = Valdor didn't send tanks to Ostmark\.\n1\tValdor\t/);
  assert.match(out, /\n# sent_id = 1-2\n# text = Its ministry denied it\.\n/);
  const rows = out.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split('\t'));
  assert.equal(rows.length, 13);
  for (const r of rows) {
    assert.equal(r.length, 10);
    assert.match(r[6]!, /^\d+$/);
    const [, a, b] = /Offset=(\d+)-(\d+)/.exec(r[9]!)!;
    assert.equal(text.slice(Number(a), Number(b)), r[1]);
  }
  assert.deepEqual(rows.slice(0, 3).map((r) => r[1]), ['Valdor', 'did', "n't"]);
});

test('parse --eval scores gold words and prints exactly the six figures', async () => {
  // Our own sentence with its UD tree, as a treebank of one.
  const gold = [
    '# text = Valdor sent tanks .',
    '1\tValdor\tValdor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_',
    '2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_',
    '3\ttanks\ttank\tNOUN\tNNS\t_\t2\tobj\t_\t_',
    '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
    '',
  ].join('\n');
  const file = path.join(dir, 'own.conllu');
  writeFileSync(file, gold);
  const io = capture();
  assert.equal(await main(['parse', '--eval', file, '--json'], io, {}), 0, io.stderr.join('\n'));
  const r = JSON.parse(io.stdout.join('')) as Record<string, number>;
  assert.deepEqual(Object.keys(r), ['sentences', 'tokens', 'upos', 'uas', 'las', 'tokens_per_s']);
  assert.equal(r.sentences, 1);
  assert.equal(r.tokens, 4);
  for (const k of ['upos', 'uas', 'las']) assert.ok(r[k]! >= 0 && r[k]! <= 1);
  const missing = capture();
  assert.equal(await main(['parse', '--eval', path.join(dir, 'none.conllu')], missing, {}), 1);
  assert.match(missing.stderr.join('\n'), /E911/);
  const none = capture();
  assert.equal(await main(['parse'], none, {}), 2);
});
