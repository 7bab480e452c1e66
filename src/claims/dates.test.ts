import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn, dateEvent } from './dates.js';
import { makeDoc } from './testkit.case.js';

const one = (text: string, ref: string | null, future = false) => {
  const d = datesIn(text, ref, future);
  return d.length ? `${d[0]!.date}/${d[0]!.precision}` : null;
};

describe('dates in text', () => {
  it('reads a month and day in the report year', () => {
    assert.equal(one('during the March 3 hearing', '2023-03-09'), '2023-03-03/day');
  });
  it('moves a yearless date that would be after the report into the year before', () => {
    assert.equal(one('In November, the minister said', '2023-03-03'), '2022-11-01/month');
  });
  it('lets a planned event point forward', () => {
    assert.equal(one('will visit in November', '2023-03-03', true), '2023-11-01/month');
  });
  it('reads "last Friday" and a bare weekday backwards from the report', () => {
    assert.equal(one('said last Friday that', '2022-05-18'), '2022-05-13/day');
    assert.equal(one('on Friday denied', '2022-05-18'), '2022-05-13/day');
    assert.equal(one('on Monday (16) said', '2022-05-18'), '2022-05-16/day');
  });
  it('reads "in late June" as a month', () => {
    assert.equal(one('in late June', '2021-09-01'), '2021-06-01/month');
  });
  it('reads "since mid-2019" and "in 2018" as years', () => {
    assert.equal(one('since mid-2019', '2021-09-01'), '2019-01-01/year');
    assert.equal(one('in 2018', null), '2018-01-01/year');
  });
  it('reads a full date without any report date', () => {
    assert.equal(one('on January 9, 2021', null), '2021-01-09/day');
    assert.equal(one('in mid-October 2020', null), '2020-10-01/month');
  });
  it('never invents: relative or yearless dates need a report date', () => {
    assert.equal(one('last Friday', null), null);
    assert.equal(one('on Tuesday', null), null);
    assert.equal(one('during the March 3 hearing', null), null);
    assert.equal(one('last year', null), null);
  });
  it('ignores modal "may", verb "march" and offsets from other events', () => {
    assert.equal(one('Chad may soon receive guns', '2022-01-01'), null);
    assert.equal(one('troops march north', '2022-01-01'), null);
    assert.equal(one('two days after the vote', '2022-01-01'), null);
  });
  it('joins "September last year"', () => {
    assert.equal(one('in September last year', '2024-08-14'), '2023-09-01/month');
  });
});

describe('event dates', () => {
  const mentions = [{ text: 'Peru', kind: 'state' as const, state: 'PER' }, { text: 'Chile', kind: 'state' as const, state: 'CHL' }];
  const events = [{ code: '072', source: 'PER', target: 'CHL', trigger: 'sent' }];
  it('takes the sentence date first', () => {
    const doc = makeDoc('Peru sent rifles to Chile on May 2.', mentions, events, { published: '2022-05-10' });
    dateEvent(doc, doc.events[0]!);
    const e = doc.events[0]!;
    assert.deepEqual([e.date, e.datePrecision, e.dateSource], ['2022-05-02', 'day', 'text']);
    assert.ok(e.rules.includes('dates:text'));
  });
  it('falls back to the report date', () => {
    const doc = makeDoc('Peru sent rifles to Chile.', mentions, events, { published: '2022-05-10' });
    dateEvent(doc, doc.events[0]!);
    const e = doc.events[0]!;
    assert.deepEqual([e.date, e.datePrecision, e.dateSource], ['2022-05-10', 'day', 'report']);
  });
  it('leaves the date unknown with no report date and only a relative date', () => {
    const doc = makeDoc('Peru sent rifles to Chile last week.', mentions, events);
    dateEvent(doc, doc.events[0]!);
    const e = doc.events[0]!;
    assert.deepEqual([e.date, e.datePrecision, e.dateSource], [null, 'unknown', null]);
    assert.ok(e.rules.includes('dates:unknown'));
  });
  it('uses the dateline date when nothing is published', () => {
    const doc = makeDoc('Peru sent rifles to Chile.', mentions, events);
    doc.article.dateline = { span: { start: 0, end: 0 }, bodyStart: 0, outlet: 'EFE', place: null, date: '2021-02-03', monthDay: '02-03' };
    dateEvent(doc, doc.events[0]!);
    assert.equal(doc.events[0]!.date, '2021-02-03');
  });
  it('picks the date nearest the trigger', () => {
    const doc = makeDoc('The pact signed on March 1, 2020 was used when Peru sent rifles to Chile on June 5, 2021.', mentions, events);
    dateEvent(doc, doc.events[0]!);
    assert.equal(doc.events[0]!.date, '2021-06-05');
  });
});

describe('date warnings', () => {
  it('warns (E501) once per sentence when a relative date cannot be resolved', () => {
    const doc = makeDoc('Peru sent rifles to Chile last Friday.', [{ text: 'Peru', kind: 'state', state: 'PER' }, { text: 'Chile', kind: 'state', state: 'CHL' }],
      [{ code: '072', source: 'PER', target: 'CHL', trigger: 'sent' }, { code: '072', source: 'PER', target: 'CHL', trigger: 'rifles' }]);
    for (const e of doc.events) dateEvent(doc, e);
    assert.equal(doc.warnings.length, 1);
    assert.equal(doc.warnings[0]!.code, 'E501');
    assert.match(doc.warnings[0]!.message, /last Friday/);
  });
});

describe('speech-act dates', () => {
  it('dates "reported on Thursday" backwards even when the content is planned', () => {
    assert.equal(datesIn('Chad will buy guns, the paper reported on Thursday.', '2022-05-17', true)[0]!.date, '2022-05-12');
    assert.equal(datesIn('Chad will buy guns on Thursday.', '2022-05-17', true)[0]!.date, '2022-05-19');
  });
});
