import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatActorCode } from './petr-codes.js';

test('PETRARCH organisation codes read as FORMAT groups', () => {
  assert.equal(formatActorCode('IGO', 'IGOEUREEC'), 'EUR');
  assert.equal(formatActorCode('IGO', 'IGOEUREECGOV'), 'EUR');
  assert.equal(formatActorCode('IGO', 'IGOUNO'), 'UN');
  assert.equal(formatActorCode('IGO', 'IGOUNOMIL'), 'UN');
  assert.equal(formatActorCode('IGO', 'IGOWSTNAT'), 'NATO');
});

test('other organisations, states and unknown actors keep the gold code', () => {
  assert.equal(formatActorCode('IGO', 'IGOUNODEVWBK'), 'IGO');
  assert.equal(formatActorCode('IGO', 'IGOEURDEVEBR'), 'IGO');
  assert.equal(formatActorCode('IGO', 'IGOCOPITP'), 'IGO');
  assert.equal(formatActorCode('IGO', undefined), 'IGO');
  assert.equal(formatActorCode('USA', 'USAGOV'), 'USA');
  assert.equal(formatActorCode('---', '---REB'), '---');
  assert.equal(formatActorCode(null, undefined), null);
});
