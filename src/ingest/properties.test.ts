import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentId, hasContent, isRealDate, normalizeDate, normalizeText } from './normalize.js';
import { parseDateline } from './dateline.js';
import { decodeBytes } from './decode.js';

/** Text that mixes the characters hostile files bring: line ends, controls, zero-width, BOMs, accents, astral. */
const messy = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '\n', '\r', '\r\n', '\t', '\u0000', '\u0007', '\u0085', '\u2028', '\u200b', '\u2060', '\ufeff', 'e\u0301', 'é', '😀', '.', ','),
  maxLength: 200,
});

test('normalizeText: idempotent; no CR, controls, zero-width splitters or outer space left', () => {
  fc.assert(
    fc.property(messy, (t) => {
      const n = normalizeText(t);
      assert.equal(normalizeText(n), n);
      assert.ok(!/[\r\u2028\u2029\u200b\u2060\ufeff\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(n), JSON.stringify(n));
      assert.equal(n, n.trim());
      assert.equal(n, n.normalize('NFC'));
      assert.equal(hasContent(t), n.length > 0);
    }),
  );
});

test('contentId: the same story with other wrapping and indentation has the same id', () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[A-Za-z,.]{1,8}$/), { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom(' ', '\n', '  ', '\n\n', '\t')), (words, gaps) => {
      const a = words.join(' ');
      const b = words.map((w, i) => w + (gaps[i % Math.max(1, gaps.length)] ?? ' ')).join('');
      assert.equal(contentId(normalizeText(a)), contentId(normalizeText(b)));
    }),
  );
});

const realDate = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

test('normalizeDate: null or a real YYYY-MM-DD, whatever the input; ISO dates and their long forms come back unchanged', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^\d{1,6}-\d{1,3}-\d{1,3}$/), fc.constantFrom('99999-01-01', '+275760-09-13', '2024-02-30', '0000-00-00')), (s) => {
      const d = normalizeDate(s);
      if (d === null) return;
      assert.match(d, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(isRealDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))), d);
    }),
  );
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  fc.assert(
    fc.property(realDate, (iso) => {
      assert.equal(normalizeDate(iso), iso);
      assert.equal(normalizeDate(`${iso}T23:59:59Z`), iso);
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      assert.equal(normalizeDate(`${MONTHS[m - 1]} ${d}, ${y}`), iso);
      assert.equal(normalizeDate(`${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`), iso);
    }),
  );
});

test('parseDateline: never throws; spans inside the text; a written dateline gives its month and day', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), fc.option(realDate, { nil: null }), (text, published) => {
      const d = parseDateline(text, published);
      if (d === null) return;
      assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end);
      assert.ok(d.bodyStart >= d.span.end && d.bodyStart <= text.length);
      if (d.date !== null) assert.match(d.date, /^\d{4}-\d{2}-\d{2}$/);
    }),
  );
  const CITIES = ['MINSK', 'SEOUL', 'NEW DELHI', 'TEHRAN'];
  const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
  fc.assert(
    fc.property(fc.constantFrom(...CITIES), realDate.filter((d) => d >= '1990-01-01'), (city, iso) => {
      const [, m, d] = iso.split('-').map(Number) as [number, number, number];
      const text = `${city}, ${MONTHS[m - 1]} ${d} (Reuters) - Belarus hosted Russian troops.`;
      const dl = parseDateline(text, iso);
      assert.ok(dl, text);
      assert.equal(dl.monthDay, `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      assert.equal(dl.date, iso);
      assert.equal(text.slice(dl.bodyStart).trim(), 'Belarus hosted Russian troops.');
    }),
  );
});

test('decodeBytes: any bytes decode (or are refused as binary) without throwing; UTF-8 round-trips', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = decodeBytes(bytes, 'x');
      if (r.ok) assert.equal(typeof r.value, 'string');
      else assert.equal(r.issues[0]!.code, 'E102');
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
      const r = decodeBytes(Buffer.from(s, 'utf8'), 'x');
      // Control-heavy strings may look binary; any text that is read comes back unchanged.
      if (r.ok) assert.equal(r.value, s.replace(/^\ufeff/, ''));
    }),
  );
});
