/**
 * Test helper: writes a folder of hostile but realistic inputs, every text
 * our own. Each case names what it should end in: events stored, or a coded
 * skip. The hostile test ingests them one at a time under a time bound, and
 * `npx tsx src/ingest/hostile.case.ts DIR` writes them for a manual run.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One hostile input and what a correct ingest ends in. */
export interface HostileCase {
  file: string;
  /** Skip codes that must all appear (empty: none allowed). */
  skips: string[];
  /** Warning codes that must all appear. */
  warnings: string[];
  /** At least this many events stored. */
  minEvents: number;
}

/** Sentences that code to events (our own wording). */
const EVENT = 'Belarus hosted Russian troops near Brest on Monday, officials said.';
const SENTENCES = [
  'North Korea shipped artillery shells to Russia last month, officials in Seoul said.',
  'Iran denied on Monday that it had sent drones to Russia, its foreign ministry said.',
  'The two defence ministers met in Minsk to discuss joint exercises planned for the autumn.',
  'Analysts said the deliveries could not be confirmed independently.',
];

/** A line of `n` characters made of the plain sentences above. */
function proseLine(n: number, seed: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = seed; len < n; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    parts.push(s);
    len += s.length + 1;
  }
  return parts.join(' ').slice(0, n);
}

/** Writes `lines` lines of prose (about `lineChars` each) to `file` as a stream, so memory stays small. */
async function writeProse(file: string, lines: number, lineChars: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < lines; i++) {
    if (!out.write(proseLine(lineChars, i) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

const json = (o: unknown) => JSON.stringify(o);

/** Writes every case under `dir` and returns them; `big` adds the 48 MB file and the 5-million-character line. */
export async function writeHostileFiles(dir: string, big = true): Promise<HostileCase[]> {
  await mkdir(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const add = async (file: string, content: string | Uint8Array, c: Omit<HostileCase, 'file'>) => {
    await writeFile(path.join(dir, file), content);
    cases.push({ file, ...c });
  };
  const none = { skips: [], warnings: [] };
  await add('latin1.txt', Buffer.from(`Le ministère a confirmé. ${EVENT}`, 'latin1'), { skips: [], warnings: ['E116'], minEvents: 1 });
  await add('invalid-bytes.txt', Buffer.concat([Buffer.from(`Kestovia’s envoy left. ${EVENT} `), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' The end.')]), { skips: [], warnings: ['E117'], minEvents: 1 });
  await add('malformed.html', `<html><head><title>News</title></head><div><p>${EVENT}<span><b><i>`, { skips: [], warnings: [], minEvents: 1 });
  await add('head-only.html', `<html><head><meta charset="utf-8"><p>${EVENT}</head></html>`, { skips: [], warnings: [], minEvents: 1 });
  await add('nested.html', '<div>'.repeat(100_000) + EVENT + '</div>'.repeat(100_000), { skips: [], warnings: ['E108'], minEvents: 1 });
  await add('nul-bytes.txt', `${EVENT}\u0000 More\u0000 text.`, { ...none, minEvents: 1 });
  await add('mixed-eol.txt', `First line.\r\nSecond line.\rThird line.\n${EVENT}\u2028Last.\r\n`, { ...none, minEvents: 1 });
  await add('zero-width.txt', `\u200b\ufeff${EVENT.replace('hosted', 'hos\u200bted')} \u200d\u2060 ${EVENT}`, { ...none, minEvents: 1 });
  await add('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EVENT, 'utf16le')]), { ...none, minEvents: 1 });
  await add('broken.jsonl', [json({ id: 'ok1', text: EVENT }), '{"id": "half", "text": "Belarus ho', '[1, 2', json({ id: 'nt' }), '', json({ id: 'ok2', text: `${EVENT} Again.` })].join('\n'), { skips: ['E105', 'E106'], warnings: [], minEvents: 2 });
  await add('huge-numbers.txt', `Russia sent 1e308 drones and 99999999999999999999999999999999 tanks to Belarus. ${EVENT} It also sent ${'9'.repeat(400)} shells.`, { ...none, minEvents: 1 });
  await add('year-99999.jsonl', [json({ id: 'y1', published: '99999-01-01', text: `In the year 99999, on 12 March 99999, ${EVENT}` }), json({ id: 'y2', published: '+275760-09-13', text: `${EVENT} By 31 December 9999 more troops will come.` })].join('\n'), { skips: [], warnings: ['E110'], minEvents: 2 });
  await add('deep.json', '['.repeat(200_000) + ']'.repeat(200_000), { skips: ['E105'], warnings: [], minEvents: 0 });
  await add('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), { skips: ['E102'], warnings: [], minEvents: 0 });
  await add('empty.txt', ' \n\t\u200b \n', { skips: ['E104'], warnings: [], minEvents: 0 });
  await add('token-500k.txt', `${EVENT} ${'x'.repeat(500_000)} ${EVENT}`, { skips: [], warnings: ['E114'], minEvents: 1 });
  await add('letters-bang.txt', `${EVENT} ${'a'.repeat(200_000)}!`, { skips: [], warnings: ['E114'], minEvents: 1 });
  await add('token-150k.txt', `${EVENT} ${'x'.repeat(150_000)} ${EVENT}`, { skips: [], warnings: ['E203'], minEvents: 2 });
  await add('letters-bang-150k.txt', `${EVENT} ${'a'.repeat(150_000)}! ${EVENT}`, { skips: [], warnings: ['E203'], minEvents: 2 });
  await add('gzip-bomb.txt.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x61)), { skips: ['E113'], warnings: [], minEvents: 0 });
  await symlink('/dev/zero', path.join(dir, 'zero-link.txt'));
  cases.push({ file: 'zero-link.txt', skips: ['E115'], warnings: [], minEvents: 0 });
  await symlink('latin1.txt', path.join(dir, 'good-link.txt'));
  cases.push({ file: 'good-link.txt', skips: [], warnings: ['E116'], minEvents: 0 });
  try {
    execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    cases.push({ file: 'fifo.txt', skips: ['E115'], warnings: [], minEvents: 0 });
  } catch {
    // No mkfifo on this system: the case is left out rather than faked.
  }
  if (big) {
    await writeProse(path.join(dir, 'big-48mb.txt'), 40_000, 1_200);
    cases.push({ file: 'big-48mb.txt', skips: ['E113'], warnings: [], minEvents: 0 });
    await add('long-line.jsonl', json({ id: 'long', text: `${EVENT} ${proseLine(5_000_000, 1)}` }) + '\n', { skips: [], warnings: ['E114'], minEvents: 1 });
    await writeProse(path.join(dir, 'long-article.txt'), 1, 190_000);
    cases.push({ file: 'long-article.txt', skips: [], warnings: [], minEvents: 1 });
  }
  return cases;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])) && process.argv[2]) {
  const cases = await writeHostileFiles(process.argv[2]);
  for (const c of cases) console.log(c.file);
}
