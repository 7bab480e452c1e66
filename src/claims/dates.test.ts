import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn, dateEvent } from './dates.js';
import { makeDoc } from './testkit.case.js';
import { attributeDoc } from './attribution.js';

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

describe('what is not a date', () => {
  it('reads no date into a length of time ("for the first time in 12 years", "for six months", "within a week")', () => {
    assert.equal(one('Lula toured Angola for the first time in 12 years', '2023-08-25'), null);
    assert.equal(one('the loan of frigates will last for six months', '2023-08-25', true), null);
    assert.equal(one('Chile delivered the radars within a week', '2023-08-25'), null);
    assert.equal(one('over the past three years Peru bought boats', '2023-08-25'), null);
    assert.equal(one('Fiji will train the cadets in two weeks', '2023-08-25', true), null);
  });
  it('still reads "N years ago" as a point', () => {
    assert.equal(one('Oman bought the corvettes two years ago', '2023-08-25'), '2021-01-01/year');
  });
  it('reads no date into ages, counts, ratios and calibres', () => {
    assert.equal(one('a 19-year-old conscript from Tonga fired 40 shells at 3 targets', '2023-08-25'), null);
    assert.equal(one('guards watch the depot 24/7 and 1/3 of the 155 mm shells went to Nauru', '2023-08-25'), null);
  });
  it('does not count "the next day" from the report date', () => {
    assert.equal(one('the next day Ghana sent the trucks', '2023-08-25'), null);
  });
  it('rejects a past act dated after the report, but lets a plan point years ahead', () => {
    assert.equal(one('Kenya signed a deal that runs until 2031', '2023-08-25'), null);
    assert.equal(one('Kenya signed a deal that runs until next year', '2023-08-25'), null);
    assert.equal(one('Kenya will receive the last jets by 2031', '2023-08-25', true), '2031-01-01/year');
    assert.equal(one('Kenya will receive the jets next year', '2023-08-25', true), '2024-01-01/year');
  });
  it('rejects a plan dated implausibly far ahead and years before 1900', () => {
    assert.equal(one('Kenya will receive the jets in 2061', '2023-08-25', true), null);
    assert.equal(one('the fort built in 1850 was shelled', '2023-08-25'), null);
  });
});

describe('event dates around durations', () => {
  it('dates an act by the weekday in its sentence, not by "in 24 years"', () => {
    const doc = makeDoc('The Peruvian president visited Chile on Tuesday for the first time in 24 years and signed a defence accord.',
      [{ text: 'Peruvian president', kind: 'official', state: 'PER' }, { text: 'Chile', kind: 'state', state: 'CHL' }],
      [{ code: '057', source: 'PER', target: 'CHL', trigger: 'signed' }], { published: '2023-03-09' });
    dateEvent(doc, doc.events[0]!);
    const e = doc.events[0]!;
    assert.deepEqual([e.date, e.datePrecision, e.dateSource], ['2023-03-07', 'day', 'text']);
  });
  it('falls back to the report date when the only time phrase is a duration', () => {
    const doc = makeDoc('Peru has sent rifles to Chile for three years.', [{ text: 'Peru', kind: 'state', state: 'PER' },
      { text: 'Chile', kind: 'state', state: 'CHL' }], [{ code: '072', source: 'PER', target: 'CHL', trigger: 'sent' }],
    { published: '2023-03-09' });
    dateEvent(doc, doc.events[0]!);
    assert.deepEqual([doc.events[0]!.date, doc.events[0]!.dateSource], ['2023-03-09', 'report']);
  });
  it('lets a conditional act point ahead', () => {
    const doc = makeDoc('Chile will respond if Peru sends rifles to Bolivia next year.', [{ text: 'Chile', kind: 'state', state: 'CHL' },
      { text: 'Peru', kind: 'state', state: 'PER' }, { text: 'Bolivia', kind: 'state', state: 'BOL' }],
    [{ code: '072', source: 'PER', target: 'BOL', trigger: 'sends', modality: 'conditional' }], { published: '2023-03-09' });
    dateEvent(doc, doc.events[0]!);
    assert.deepEqual([doc.events[0]!.date, doc.events[0]!.datePrecision], ['2024-01-01', 'year']);
  });
  it('does not warn about a duration when there is no report date', () => {
    const doc = makeDoc('Peru has sent rifles to Chile for three years.', [{ text: 'Peru', kind: 'state', state: 'PER' },
      { text: 'Chile', kind: 'state', state: 'CHL' }], [{ code: '072', source: 'PER', target: 'CHL', trigger: 'sent' }]);
    dateEvent(doc, doc.events[0]!);
    assert.equal(doc.warnings.length, 0);
  });
});

describe('speech dates across sentences', () => {
  const text = 'During the May 3 briefing, Chilean envoy Ana Ruiz was asked about arms. She said, “Peru sent rifles to Bolivia.”';
  const mentions = [{ text: 'Chilean envoy Ana Ruiz', kind: 'official' as const, state: 'CHL' }, { text: 'Peru', kind: 'state' as const, state: 'PER' },
    { text: 'Bolivia', kind: 'state' as const, state: 'BOL' }];
  it('dates what a speaker said by the occasion written where the speaker was named ("during the May 3 briefing")', () => {
    const doc = makeDoc(text, mentions, [{ code: '072', source: 'PER', target: 'BOL', trigger: 'sent' }], { published: '2023-05-05' });
    attributeDoc(doc);
    dateEvent(doc, doc.events[0]!);
    const e = doc.events[0]!;
    assert.deepEqual([e.date, e.datePrecision, e.dateSource], ['2023-05-03', 'day', 'text']);
    assert.ok(e.rules.includes('dates:speech'));
  });
  it('keeps the report date for content in the outlet\'s own voice', () => {
    const doc = makeDoc('During the May 3 briefing, arms were discussed. Peru sent rifles to Bolivia.', mentions.slice(1),
      [{ code: '072', source: 'PER', target: 'BOL', trigger: 'sent' }], { published: '2023-05-05' });
    attributeDoc(doc);
    dateEvent(doc, doc.events[0]!);
    assert.equal(doc.events[0]!.dateSource, 'report');
  });
});

describe('readings chrono gets wrong', () => {
  it('reads no seconds into "lasts" or "the 1990s after", and no date into "now" or "over the past year"', () => {
    assert.equal(one('the truce between Chad and Niger lasts', '2021-04-07'), null);
    assert.equal(one('Chad armed Niger in the 1990s after the coup', '2021-04-07'), null);
    assert.equal(one('Chad now arms Niger', '2021-04-07'), null);
    assert.equal(one('Chad armed Niger over the past year', '2021-04-07'), null);
  });
  it('gives "last week" the month (or year) its week lies in, not a made-up day', () => {
    assert.equal(one('Chad armed Niger last week', '2021-04-21'), '2021-04-01/month');
    assert.equal(one('Chad armed Niger last week', '2021-04-07'), '2021-01-01/year');
    assert.equal(one('Chad armed Niger two weeks ago', '2021-04-21'), '2021-04-01/month');
  });
  it('reads no date into "in the days since" and only the month into "at the end of October"', () => {
    assert.equal(one('Chad armed Niger in the days since the coup', '2021-04-21'), null);
    assert.equal(one('Chad will arm Niger at the end of October', '2021-04-21', true), '2021-10-01/month');
  });
  it('reads "Tuesday last week" in the calendar week before the report', () => {
    assert.equal(one('Chad armed Niger on Tuesday last week', '2021-04-21'), '2021-04-13/day');
    assert.equal(one('Chad will arm Niger on Monday next week', '2021-04-21', true), '2021-04-26/day');
  });
});
