import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { datesIn } from './dates.js';

const ISO_PART = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const realDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

test('property: datesIn never throws; every date is ISO and its span lies in the text', () => {
  const words = fc.constantFrom('on', 'Monday', 'last', 'next', 'week', 'in', 'March', '12', '2024', '99999', 'year', 'the', 'ago', 'two', 'days', 'since', 'by', '31', 'December', '9999', ',', '.');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 25 }).map((w) => w.join(' ')), fc.option(realDate, { nil: null }), fc.boolean(), (text, ref, future) => {
      for (const d of datesIn(text, ref, future)) {
        assert.match(d.date, ISO_PART, `${text}: ${d.date}`);
        assert.ok(d.start >= 0 && d.end <= text.length && d.start < d.end, `${text}: ${d.start}-${d.end}`);
      }
    }),
    { numRuns: 150 },
  );
});

test('property: a fully written past date is read as that day, for any report date after it', () => {
  // A past act dated after its report is implausible by design (see plausible()), so the report comes later.
  const pair = fc.tuple(realDate, realDate).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
  fc.assert(
    fc.property(pair, ([iso, ref]) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const text = `The drones arrived on ${MONTHS[m - 1]} ${d}, ${y}, officials said.`;
      const found = datesIn(text, ref).find((x) => x.precision === 'day');
      assert.ok(found, text);
      assert.equal(found.date, iso);
    }),
    { numRuns: 80 },
  );
});
