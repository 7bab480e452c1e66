// Precision guards of issue 10: what the open news stream showed coded
// wrongly (history, people and armed groups as states, wrong senses,
// exhortations), each pinned with a sentence of the same construction
// written for these tests, end to end through the default pipeline.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { codeText } from '../pipeline/run.case.js';

function run(text: string, published: string | null = '2024-05-20'): CodedEvent[] {
  return codeText(text, published, 'precision-test');
}

const brief = (es: CodedEvent[]) => es.map((e) => `${e.source}>${e.target} ${e.code}`).sort();

describe('history keeps its own date and is marked', () => {
  it('an act dated years before the report ("in 1973") is history at its own year', () => {
    const [e] = run('Egypt attacked Israel across the canal in 1973.');
    assert.deepEqual([e?.date, e?.datePrecision, e?.history], ['1973-01-01', 'year', true]);
  });

  it('"two years earlier" dates the act back from the report and makes it history', () => {
    const [e] = run('Two years earlier, Minsk had sent tanks to Moscow.');
    assert.deepEqual([e?.date, e?.datePrecision, e?.history], ['2022-01-01', 'year', true]);
  });

  it('an act in a since-clause is background: history, never the report date', () => {
    const es = run('Poland has hosted NATO troops since Russia attacked Ukraine.');
    const bg = es.find((e) => e.source === 'RUS' && e.target === 'UKR');
    assert.ok(bg);
    assert.deepEqual([bg.history, bg.date, bg.datePrecision], [true, null, 'unknown']);
  });

  it('a recent act (this spring) is current news, dated by the text', () => {
    const [e] = run('Seoul shipped shells to Warsaw in March.');
    assert.deepEqual([e?.date, e?.history], ['2024-03-01', false]);
  });

  it('a present-tense since-clause is causal, not background', () => {
    const es = run('Since Tehran sends drones to Moscow, Kyiv cut ties with Tehran.');
    assert.ok(es.some((e) => e.source === 'IRN' && e.target === 'RUS' && !e.history), brief(es).join('; '));
  });
});

describe('a name is a state only when used as one', () => {
  it('a surname that equals a demonym or state after a given name is a person', () => {
    assert.deepEqual(run('Investor Paul Chinese said he would buy shares in a Polish bank.'), []);
  });

  it('a state named as the backer of fighters is not the fighters', () => {
    const es = run('Turkish-backed militias shelled Kurdish positions held by Syrian troops.');
    assert.ok(!es.some((e) => e.source === 'TUR'), brief(es).join('; '));
  });

  it("a state's official out of office is a private person, in office the state", () => {
    const text = 'Obama praised Germany for its new refugee policy, and he thanked Italy.';
    const before = run(text, '2019-06-02');
    assert.ok(!before.some((e) => e.source === 'USA'), brief(before).join('; '));
    assert.ok(run(text, '2014-06-02').some((e) => e.source === 'USA' && e.target === 'DEU'));
  });

  it("a group's official out of office is no longer the group", () => {
    const es = run('Stoltenberg praised Norway for its new budget.', '2010-05-04');
    assert.ok(!es.some((e) => e.source === 'NATO'), brief(es).join('; '));
  });
});

describe('wrong senses code nothing', () => {
  it('"took a stake in" a port is an investment, not a capture', () => {
    assert.deepEqual(brief(run('A Chinese shipping group took a stake in a port in Greece.')).filter((x) => x.endsWith('192')), []);
  });

  it('"demonstrate their resolve" is a display, not a protest', () => {
    const es = run('The French and German ministers travelled to Kyiv to demonstrate their resolve.');
    assert.ok(!es.some((e) => e.root === '14'), brief(es).join('; '));
  });

  it('sharing the concern of another state is no criticism of it', () => {
    const es = run('Canada said it shared the concern of Australia over the missile tests.');
    assert.ok(!es.some((e) => e.code === '111' && e.target === 'AUS'), brief(es).join('; '));
  });
});

describe('exhortations code nothing', () => {
  it('"should send" urges an act that has not happened', () => {
    assert.deepEqual(brief(run('Italy should send more air defence systems to Ukraine, a senator said.')).filter((x) => x.endsWith('072')), []);
  });

  it('"needs to deliver" urges; "will deliver" plans', () => {
    assert.deepEqual(brief(run('Spain needs to deliver more shells to Kyiv.')).filter((x) => x.endsWith('072')), []);
    assert.ok(run('Spain will deliver more shells to Kyiv.').some((e) => e.code === '072' && e.modality === 'future'));
  });
});
