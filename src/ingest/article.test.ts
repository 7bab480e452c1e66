import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toArticle } from './article.js';
import { contentId, normalizeDate, normalizeText } from './normalize.js';

const STORY = 'SEOUL (Yonhap) -- Two destroyers left port on Tuesday.\n\nThe ministry said the drill would last a week.';

test('normalizeText: BOM, CRLF/CR, controls, NFC, trimmed ends', () => {
  const raw = '\uFEFF  Cafe\u0301 talks\r\nwent on\rlate\u0007\u0000 \tinto\u2028the night \n\n';
  assert.equal(normalizeText(raw), 'Café talks\nwent on\nlate \tinto\nthe night');
});

test('same story with other whitespace gets the same id', () => {
  const wrapped = '  SEOUL (Yonhap) --   Two destroyers\r\nleft port on Tuesday.\r\n\r\n\r\nThe ministry said   the drill\twould last a week.  ';
  const a = toArticle({ text: STORY, origin: 'a.txt' });
  const b = toArticle({ text: wrapped, origin: 'b.txt' });
  assert.ok(a.ok && b.ok);
  assert.equal(a.value.id, b.value.id);
  assert.match(a.value.id, /^[0-9a-f]{32}$/);
  assert.notEqual(contentId('one story'), contentId('another story'));
});

test('toArticle fills dateline, outlet and keeps offsets into the normalized text', () => {
  const r = toArticle({ text: '\r\n' + STORY, origin: 'x.txt', published: '2024-08-14' });
  assert.ok(r.ok);
  const art = r.value;
  assert.equal(art.text.slice(0, 5), 'SEOUL');
  assert.equal(art.outlet, 'Yonhap');
  assert.equal(art.published, '2024-08-14');
  assert.equal(art.text.slice(art.dateline!.bodyStart, art.dateline!.bodyStart + 3), 'Two');
  assert.equal(art.externalId, null);
  assert.equal(art.origin, 'x.txt');
});

test('metadata outlet wins over the dateline outlet', () => {
  const r = toArticle({ text: STORY, origin: 'x', outlet: 'Example Wire' });
  assert.ok(r.ok);
  assert.equal(r.value.outlet, 'Example Wire');
});

test('dateline date takes its year from published', () => {
  const r = toArticle({ text: 'WANA (December 30)Envoys met.', origin: 'x', published: '2025-01-02' });
  assert.ok(r.ok);
  assert.equal(r.value.dateline!.date, '2024-12-30');
});

test('empty after normalization is E104', () => {
  const r = toArticle({ text: '\uFEFF \r\n\u0000\t ', origin: 'blank.txt' });
  assert.ok(!r.ok);
  assert.equal(r.issues[0]!.code, 'E104');
  assert.equal(r.issues[0]!.where, 'blank.txt');
});

test('a bad published date is dropped with an E110 warning', () => {
  const r = toArticle({ text: STORY, origin: 'x', published: 'someday' });
  assert.ok(r.ok);
  assert.equal(r.value.published, null);
  assert.equal(r.warnings?.[0]?.code, 'E110');
});

test('normalizeDate accepts the common forms and rejects impossible dates', () => {
  assert.equal(normalizeDate('2024-08-14'), '2024-08-14');
  assert.equal(normalizeDate('2024-08-14T23:30:00-05:00'), '2024-08-14');
  assert.equal(normalizeDate('26-FEB-1987 15:01:01.79'), '1987-02-26');
  assert.equal(normalizeDate('Wed, 14 Aug 2024 10:00:00 GMT'), '2024-08-14');
  assert.equal(normalizeDate('August 14, 2024'), '2024-08-14');
  assert.equal(normalizeDate('Friday, January 4, 2019'), '2019-01-04');
  assert.equal(normalizeDate('2024-02-30'), null);
  assert.equal(normalizeDate('Junk 4, 2019'), null);
  assert.equal(normalizeDate('yesterday'), null);
});
