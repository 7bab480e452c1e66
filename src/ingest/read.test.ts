import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { InputItem } from './read.js';
import { readInputs } from './read.js';
import { decodeBytes, invalidUtf8Offset } from './decode.js';

// Our own small fixtures, written to a temp dir: one of each good and bad kind.
const STORY = 'MOSCOW, March 3 (Reuters) - Two frigates docked at a foreign port on Sunday.';
const para = (n: number) =>
  `<p>Paragraph ${n}: the defence ministry announced a programme of joint training with a neighbouring state, covering air defence, logistics and the exchange of instructors over the coming two years.</p>`;
const PAGE = `<!doctype html><html><head><title>Frigates dock | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-03-03T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in</a></nav>
<div class="promo">Subscribe today for unlimited access!</div>
<article>${[1, 2, 3, 4, 5].map(para).join('\n')}</article>
<footer>Copyright Example News. All rights reserved.</footer><script>track()</script></body></html>`;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example feed</title>
<item><title>First item</title><link>https://example.test/1</link><guid>item-1</guid>
<pubDate>Sun, 03 Mar 2024 09:00:00 GMT</pubDate><description>Envoys met to discuss joint exercises.</description></item>
<item><title>Second item</title><description>A second short report on arms talks.</description></item>
</channel></rss>`;
const JSONL = [
  JSON.stringify({ id: 'a1', text: STORY, date: '26-FEB-1987 15:01:01.79', source: 'Example Wire' }),
  '{"text": "broken line',
  '',
  JSON.stringify({ title: 'no text here' }),
  JSON.stringify({ id: 'a4', text: 'Officials confirmed the talks.', published: 'not-a-date' }),
].join('\n');

let dir = '';

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dyadwatch-ingest-'));
  const files: Record<string, string | Uint8Array> = {
    'a-good.txt': STORY + '\r\n',
    'b-binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]),
    'c-bad-utf8.txt': Buffer.concat([Buffer.from('Talks went '), Buffer.from([0xc3, 0x28]), Buffer.from(' well.')]),
    'd-empty.txt': ' \n\t\n',
    'e-mixed.jsonl': JSONL,
    'f-corpus.jsonl.gz': gzipSync(JSONL.split('\n')[0] + '\n' + JSON.stringify({ text: 'Second zipped story.' }) + '\n'),
    'g-page.html': PAGE,
    'h-feed.rss': RSS,
    'i-many.json': JSON.stringify([{ text: 'One.', url: 'https://example.test/one' }, { nope: true }]),
    'j-unknown.pdf': '%PDF-1.4',
    'k-notes.md': '# Frigates dock\n\n' + STORY,
    'l-corrupt.jsonl.gz': Buffer.from('this is not gzip data at all'),
    'm-story.txt': STORY,
    'm-story.meta.json': JSON.stringify({ published: '2024-03-04', outlet: 'Sidecar Wire' }),
    '.hidden.txt': 'never read',
    'sub/nested.txt': 'A nested story.',
  };
  await mkdir(path.join(dir, 'sub'));
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), body);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** One line per item: "origin relative to dir -> code or 'article'". */
function summary(items: InputItem[]): string[] {
  const rel = (w: string) => (w.startsWith(dir) ? path.relative(dir, w) : w);
  return items.map((i) => (i.kind === 'article' ? `${rel(i.raw.origin)} article` : `${rel(i.issue.where ?? '')} ${i.issue.code}`));
}

test('a directory: every bad input is a coded skip and the batch goes on, in sorted order', async () => {
  const items = await collect(readInputs([dir, path.join(dir, 'missing.txt')]));
  assert.deepEqual(summary(items), [
    'a-good.txt article',
    'b-binary.txt E102',
    'c-bad-utf8.txt article',
    'd-empty.txt E104',
    'e-mixed.jsonl:1 article',
    'e-mixed.jsonl:2 E105',
    'e-mixed.jsonl:4 E106',
    'e-mixed.jsonl:5 article',
    'f-corpus.jsonl.gz:1 article',
    'f-corpus.jsonl.gz:2 article',
    'g-page.html article',
    'h-feed.rss#1 article',
    'h-feed.rss#2 article',
    'i-many.json#1 article',
    'i-many.json#2 E106',
    'j-unknown.pdf E107',
    'k-notes.md article',
    'l-corrupt.jsonl.gz E109',
    'm-story.txt article',
    'sub/nested.txt article',
    'missing.txt E101',
  ]);
});

test('fields: jsonl metadata, dates normalized, invalid dates dropped with E110', async () => {
  const items = await collect(readInputs([path.join(dir, 'e-mixed.jsonl')]));
  const first = items[0]!;
  assert.ok(first.kind === 'article');
  assert.equal(first.raw.externalId, 'a1');
  assert.equal(first.raw.published, '1987-02-26');
  assert.equal(first.raw.outlet, 'Example Wire');
  const last = items.at(-1)!;
  assert.ok(last.kind === 'article');
  assert.equal(last.raw.published, null);
  assert.equal(last.warnings?.[0]?.code, 'E110');
});

test('bytes that are not UTF-8 are kept: read as a single-byte encoding, with E116 naming it', async () => {
  const [item] = await collect(readInputs([path.join(dir, 'c-bad-utf8.txt')]));
  assert.ok(item?.kind === 'article');
  assert.equal(item.raw.text, 'Talks went \u00c3( well.');
  assert.equal(item.warnings?.[0]?.code, 'E116');
  assert.match(item.warnings![0]!.message, /windows-1252/);
  assert.equal(invalidUtf8Offset(Buffer.from('ok')), 2);
  assert.equal(invalidUtf8Offset(Buffer.from([0x6f, 0x6b, 0xff])), 2);
});

test('UTF-8 with a few damaged bytes keeps its text, the bad bytes as U+FFFD, with E117 saying where', () => {
  const bytes = Buffer.concat([Buffer.from('Kestovia\u2019s envoy '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' left.')]);
  const r = decodeBytes(bytes, 'x.txt');
  assert.ok(r.ok);
  assert.equal(r.value, 'Kestovia\u2019s envoy \ufffd(\ufffd left.');
  assert.equal(r.warnings?.[0]?.code, 'E117');
  assert.match(r.warnings![0]!.message, /2 bad byte sequence\(s\), the first at byte 19/);
});

test('Latin-1 text is read as such, a BOM decides UTF-16, stray NULs do not make a text binary', () => {
  const latin = decodeBytes(Buffer.from('Le minist\u00e8re fran\u00e7ais a confirm\u00e9 la livraison des h\u00e9licopt\u00e8res.', 'latin1'), 'l.txt');
  assert.ok(latin.ok);
  assert.match(latin.value, /minist\u00e8re fran\u00e7ais/);
  assert.equal(latin.warnings?.[0]?.code, 'E116');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Valdor sent tanks.', 'utf16le')]);
  const u = decodeBytes(utf16, 'u.txt');
  assert.ok(u.ok);
  assert.equal(u.value, 'Valdor sent tanks.');
  const nul = decodeBytes(Buffer.from('Valdor sent\u0000 tanks to Ostmark on Monday, officials said.'), 'n.txt');
  assert.ok(nul.ok);
  assert.equal(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'b.zip').ok, false);
});

test('HTML: main text without navigation or footer, with title, date and outlet', async () => {
  const [item] = await collect(readInputs([path.join(dir, 'g-page.html')]));
  assert.ok(item?.kind === 'article');
  const { raw } = item;
  assert.match(raw.text, /^Paragraph 1: /);
  assert.match(raw.text, /years\.\n\nParagraph 2/);
  assert.doesNotMatch(raw.text, /Sign in|Subscribe|Copyright|track\(\)/);
  assert.equal(raw.published, '2024-03-03');
  assert.equal(raw.outlet, 'Example News');
  assert.match(raw.title ?? '', /Frigates dock/);
});

test('feeds: one article per item with link, guid and date', async () => {
  const items = await collect(readInputs([path.join(dir, 'h-feed.rss')]));
  const [a, b] = items;
  assert.ok(a?.kind === 'article' && b?.kind === 'article');
  assert.equal(a.raw.text, 'Envoys met to discuss joint exercises.');
  assert.equal(a.raw.url, 'https://example.test/1');
  assert.equal(a.raw.externalId, 'item-1');
  assert.equal(a.raw.published, '2024-03-03');
  assert.equal(b.raw.published, null);
});

test('markdown heading becomes the title; sidecar .meta.json gives published', async () => {
  const [md, txt] = await collect(readInputs([path.join(dir, 'k-notes.md'), path.join(dir, 'm-story.txt')]));
  assert.ok(md?.kind === 'article' && txt?.kind === 'article');
  assert.equal(md.raw.title, 'Frigates dock');
  assert.ok(md.raw.text.trimStart().startsWith('MOSCOW'));
  assert.equal(txt.raw.published, '2024-03-04');
  assert.equal(txt.raw.outlet, 'Sidecar Wire');
});

test('stdin: JSON lines when it starts with "{"', async () => {
  const input = Readable.from([Buffer.from('\n  {"text": "First."}\n{bad'), Buffer.from('\n{"text": "Second."}\n')]);
  const items = await collect(readInputs(['-'], { stdin: input }));
  assert.deepEqual(summary(items), ['stdin:2 article', 'stdin:3 E105', 'stdin:4 article']);
});

test('stdin: anything else is one text article', async () => {
  const input = Readable.from([Buffer.from('\uFEFFKYIV, Ukraine — Air defences '), Buffer.from('worked overnight.')]);
  const items = await collect(readInputs(['-'], { stdin: input }));
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item?.kind === 'article');
  assert.equal(item.raw.origin, 'stdin');
  assert.equal(item.raw.text, 'KYIV, Ukraine — Air defences worked overnight.');
});

test('stdin: empty input is E104', async () => {
  const items = await collect(readInputs(['-'], { stdin: Readable.from([]) }));
  assert.deepEqual(summary(items), ['stdin E104']);
});
