import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { loadWeapons, createArmsComponent } from './index.js';
import { docBuilder } from './testkit.case.js';

const DICT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dictionaries');
const loaded = loadWeapons(DICT);
assert.ok(loaded.ok);
const arms = createArmsComponent(loaded.value);
const docWith = docBuilder();

function qty(text: string, trigger: string) {
  const doc = docWith(text, [{ trigger }]);
  arms.run(doc, { dictVersion: 't' });
  return doc.events[0]!;
}

const withCommas = (n: number) => n.toLocaleString('en-US');

test('property: an exact number, with or without thousands commas, is its own range', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 9_999_999 }), fc.boolean(), fc.constantFrom('drones', 'tanks', 'artillery shells'), (n, commas, weapon) => {
      const written = commas ? withCommas(n) : String(n);
      const e = qty(`Freedonia sent ${written} ${weapon} to Sylvania.`, 'sent');
      assert.equal(e.quantity, written);
      assert.equal(e.quantityMin, n);
      assert.equal(e.quantityMax, n);
    }),
    { numRuns: 60 },
  );
});

test('property: a modified amount is a range around, above or below the number, and its span is its text', () => {
  fc.assert(
    fc.property(fc.integer({ min: 10, max: 500_000 }), fc.constantFrom('about', 'some', 'nearly', 'more than', 'up to', 'at least', 'over', 'roughly'), (n, mod) => {
      const text = `Freedonia sent ${mod} ${withCommas(n)} drones to Sylvania.`;
      const e = qty(text, 'sent');
      assert.ok(e.quantity !== null && e.quantitySpan !== null, text);
      assert.equal(text.slice(e.quantitySpan.start, e.quantitySpan.end), e.quantity);
      assert.ok(e.quantityMin === null || e.quantityMin <= n, `${text}: min ${e.quantityMin}`);
      assert.ok(e.quantityMax === null || e.quantityMax >= n || mod === 'nearly', `${text}: max ${e.quantityMax}`);
      assert.ok(e.quantityMin !== null || e.quantityMax !== null);
    }),
    { numRuns: 60 },
  );
});

test('property: huge or odd numbers never throw and never give a range upside down', () => {
  fc.assert(
    fc.property(fc.oneof(fc.constantFrom('1e308', '9'.repeat(40), '0', '00', '1.5.5', '-3', 'NaN', 'Infinity'), fc.stringMatching(/^\d{1,25}(\.\d{1,5})?$/)), (n) => {
      const e = qty(`Freedonia sent ${n} drones to Sylvania.`, 'sent');
      if (e.quantityMin !== null && e.quantityMax !== null) assert.ok(e.quantityMin <= e.quantityMax, `${n}: ${e.quantityMin}-${e.quantityMax}`);
      for (const v of [e.quantityMin, e.quantityMax]) if (v !== null) assert.ok(Number.isFinite(v), `${n}: ${v}`);
    }),
    { numRuns: 60 },
  );
});
