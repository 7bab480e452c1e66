import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline, resolveYear } from './dateline.js';

/** Parses and returns the pieces as strings, so each case reads as one line. */
function dl(text: string, published: string | null = '2024-08-20') {
  const d = parseDateline(text, published);
  if (d === null) return null;
  return {
    dateline: text.slice(d.span.start, d.span.end),
    body: text.slice(d.bodyStart, d.bodyStart + 8),
    outlet: d.outlet,
    place: d.place,
    date: d.date,
    monthDay: d.monthDay,
  };
}

const forms: [string, ReturnType<typeof dl>][] = [
  ['WANA (August 14)The navy of one state said', { dateline: 'WANA (August 14)', body: 'The navy', outlet: 'WANA', place: null, date: '2024-08-14', monthDay: '08-14' }],
  ['BEIJING, June 2. /TASS/. Chinese envoys met', { dateline: 'BEIJING, June 2. /TASS/.', body: 'Chinese ', outlet: 'TASS', place: 'BEIJING', date: '2024-06-02', monthDay: '06-02' }],
  ['TALLINN, Estonia (AP) — Drills began', { dateline: 'TALLINN, Estonia (AP)', body: 'Drills b', outlet: 'AP', place: 'TALLINN, Estonia', date: null, monthDay: null }],
  ['Oct 18 (Reuters) – Two frigates sailed', { dateline: 'Oct 18 (Reuters)', body: 'Two frig', outlet: 'Reuters', place: null, date: '2023-10-18', monthDay: '10-18' }],
  ['MOSCOW, March 3 (Reuters) - Officials said', { dateline: 'MOSCOW, March 3 (Reuters)', body: 'Official', outlet: 'Reuters', place: 'MOSCOW', date: '2024-03-03', monthDay: '03-03' }],
  ['SEOUL (Yonhap) -- A launch was seen', { dateline: 'SEOUL (Yonhap)', body: 'A launch', outlet: 'Yonhap', place: 'SEOUL', date: null, monthDay: null }],
  ['KYIV, Ukraine — Air defences worked', { dateline: 'KYIV, Ukraine', body: 'Air defe', outlet: null, place: 'KYIV, Ukraine', date: null, monthDay: null }],
  ['Washington, D.C. (CNN) — Lawmakers voted', { dateline: 'Washington, D.C. (CNN)', body: 'Lawmaker', outlet: 'CNN', place: 'Washington, D.C.', date: null, monthDay: null }],
  ['(Reuters) - A shipment left port', { dateline: '(Reuters)', body: 'A shipme', outlet: 'Reuters', place: null, date: null, monthDay: null }],
  ['PYONGYANG, Sept. 9 (KCNA) -- The parade', { dateline: 'PYONGYANG, Sept. 9 (KCNA)', body: 'The para', outlet: 'KCNA', place: 'PYONGYANG', date: '2023-09-09', monthDay: '09-09' }],
  ['SALVADOR, Feb 26 - Rain fell', { dateline: 'SALVADOR, Feb 26', body: 'Rain fel', outlet: null, place: 'SALVADOR', date: '2024-02-26', monthDay: '02-26' }],
  ['NEW YORK, May 5, 2021 (AP) - Markets', { dateline: 'NEW YORK, May 5, 2021 (AP)', body: 'Markets', outlet: 'AP', place: 'NEW YORK', date: '2021-05-05', monthDay: '05-05' }],
];

for (const [text, want] of forms) {
  test(`dateline form: ${text.slice(0, 28)}`, () => assert.deepEqual(dl(text), want));
}

const ordinary = [
  'Russia said on Monday that talks would go on.',
  'The U.S. Department of Defense said it was watching closely.',
  'NATO — the alliance of thirty-two states — met today.',
  'March 3 was the coldest day of the year.',
  'In Moscow, March 3 (Reuters) - a line from nowhere.',
  'BREAKING — A story in capitals.',
  'The Pentagon (DoD) - which spoke first - said nothing.',
  'Iran and Russia signed an accord, officials said.',
  '',
];

for (const text of ordinary) {
  test(`no dateline: ${JSON.stringify(text.slice(0, 28))}`, () => assert.equal(parseDateline(text, '2024-08-20'), null));
}

test('leading whitespace: offsets still point into the text given', () => {
  const text = '\n  SEOUL (Yonhap) -- Ships left.';
  const d = parseDateline(text, null)!;
  assert.equal(text.slice(d.span.start, d.span.end), 'SEOUL (Yonhap)');
  assert.equal(text.slice(d.bodyStart), 'Ships left.');
});

test('the year comes from published and never lands after it', () => {
  assert.equal(parseDateline('WANA (December 30)Talks.', '2025-01-02')!.date, '2024-12-30');
  assert.equal(parseDateline('WANA (January 1)Talks.', '2025-01-02')!.date, '2025-01-01');
  // One day of skew: Asian datelines run ahead of UTC publication dates.
  assert.equal(parseDateline('WANA (August 15)Talks.', '2024-08-14')!.date, '2024-08-15');
  assert.equal(parseDateline('WANA (August 20)Talks.', '2024-08-14')!.date, '2023-08-20');
});

test('without published the year stays unknown: monthDay set, date null', () => {
  const d = parseDateline('WANA (August 14)The story.', null)!;
  assert.equal(d.date, null);
  assert.equal(d.monthDay, '08-14');
  assert.equal(d.outlet, 'WANA');
});

test('impossible month-days are not datelines', () => {
  assert.equal(parseDateline('MOSCOW, Feb 30 (Reuters) - Text.', '2024-08-20'), null);
});

test('29 February takes the latest leap year not after published', () => {
  assert.equal(resolveYear(2, 29, '2026-03-01'), 2024);
  assert.equal(resolveYear(8, 14, null), null);
  assert.equal(resolveYear(8, 14, 'not a date'), null);
});
