import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention } from '../core/actor.js';
import type { Article } from '../core/article.js';
import { annotate, loadWink } from '../nlp/index.js';
import { newDoc } from '../pipeline/pipeline.js';
import { createActorsComponent, loadGazetteer } from './index.js';
import type { Gazetteer } from './index.js';

const DICT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries');
const loaded = loadGazetteer(DICT);
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
const gaz: Gazetteer = loaded.value;
const nlp = loadWink();

/** Mentions of `text` at `date` as [surface, code, kind] triples. */
function found(text: string, date: string | null = '2024-08-14'): [string, string, string][] {
  const { tokens } = annotate(nlp, text);
  return gaz.mentions(text, tokens, date).map((m) => [text.slice(m.start, m.end), m.actors[0]!.code, m.kind]);
}

function mentions(text: string, date: string | null = '2024-08-14'): Mention[] {
  return gaz.mentions(text, annotate(nlp, text).tokens, date);
}

test('states, capitals as metonyms and bodies of a Pentagon briefing', () => {
  const text = 'The U.S. Department of Defense said the Pentagon watches how Moscow arms itself with help from Tehran and Pyongyang, while the White House and the Kremlin traded barbs.';
  assert.deepEqual(found(text), [
    ['U.S. Department of Defense', 'USAMIL', 'body'],
    ['Pentagon', 'USAMIL', 'body'],
    ['Moscow', 'RUS', 'capital'],
    ['Tehran', 'IRN', 'capital'],
    ['Pyongyang', 'PRK', 'capital'],
    ['White House', 'USAGOV', 'body'],
    ['Kremlin', 'RUSGOV', 'body'],
  ]);
});

test('title, body and name make one mention', () => {
  assert.deepEqual(found('Pentagon spokesperson Pat Ryder told reporters on Tuesday.'), [['Pentagon spokesperson Pat Ryder', 'USAMIL', 'official']]);
  assert.deepEqual(found('Russian President Vladimir Putin hosted him.'), [['Russian President Vladimir Putin', 'RUSGOV', 'official']]);
  assert.deepEqual(found('Foreign Minister Wang Yi flew home.'), [['Foreign Minister Wang Yi', 'CHNGOV', 'official']]);
  const m = mentions('Pentagon spokesperson Pat Ryder spoke.')[0]!;
  assert.equal(m.actors[0]!.role, 'Pentagon press secretary');
  assert.equal(m.actors[0]!.entryId, 'ryder');
});

test('each name of a coordination is its own mention', () => {
  const got = found('Talks between Russia, North Korea, China, and Iran went on.').map((m) => m[1]);
  assert.deepEqual(got, ['RUS', 'PRK', 'CHN', 'IRN']);
});

test('demonym or state plus head noun gives the sector', () => {
  assert.deepEqual(found('Iranian officials denied it.'), [['Iranian officials', 'IRNGOV', 'body']]);
  assert.deepEqual(found('North Korean troops are near Kursk.'), [['North Korean troops', 'PRKMIL', 'body']]);
  assert.deepEqual(found('Iran’s defence ministry issued a statement.'), [['Iran’s defence ministry', 'IRNMIL', 'body']]);
  assert.deepEqual(found("The ministry of foreign affairs of Belarus objected."), [['ministry of foreign affairs of Belarus', 'BLRGOV', 'body']]);
  assert.deepEqual(found('The U.S. government has also spoken.'), [['U.S. government', 'USAGOV', 'body']]);
  assert.deepEqual(found('South Korean intelligence says so.'), [['South Korean intelligence', 'KORSPY', 'body']]);
});

test('a head before a common noun is a modifier, not a head', () => {
  assert.deepEqual(found("Russia's military cooperation with Iran grew."), [['Russia', 'RUS', 'state'], ['Iran', 'IRN', 'state']]);
});

test('groups: Europeans, the West and the allies of Ukraine', () => {
  assert.deepEqual(found('European intelligence services think otherwise.'), [['European intelligence services', 'EURSPY', 'group']]);
  assert.deepEqual(found("Unlike Ukraine's Western allies, Iran stays out."), [["Ukraine's Western allies", 'WST', 'group'], ['Iran', 'IRN', 'state']]);
  assert.deepEqual(found("Kyiv's Western backers sent more."), [["Kyiv's Western backers", 'WST', 'group']]);
  assert.deepEqual(found('The allies of Ukraine met.'), [['allies of Ukraine', 'WST', 'group']]);
  assert.deepEqual(found('Western officials said so.'), [['Western officials', 'WSTGOV', 'group']]);
  assert.deepEqual(found('NATO and the EU and the UN spoke; so did the G7.').map((m) => m[1]), ['NATO', 'EUR', 'UN', 'IGO']);
  assert.deepEqual(found("Russia's allies were silent."), [['Russia', 'RUS', 'state']]);
});

test('dated roles decide sector and role', () => {
  const at = (text: string, date: string) => mentions(text, date)[0]!.actors[0]!;
  assert.equal(at('Shoigu arrived.', '2023-06-01').code, 'RUSMIL');
  assert.equal(at('Shoigu arrived.', '2023-06-01').role, 'defence minister');
  assert.equal(at('Shoigu arrived.', '2025-03-01').code, 'RUSGOV');
  assert.equal(at('Shoigu arrived.', '2025-03-01').role, 'Security Council secretary');
  const t19 = at('Donald Trump spoke.', '2019-03-01');
  const t25 = at('Donald Trump spoke.', '2025-03-01');
  assert.equal(t19.code, 'USAGOV');
  assert.equal(t25.code, 'USAGOV');
  assert.notEqual(t19.role, t25.role);
  // Between terms he holds no office: a private person, no state (issue 10, people are not states).
  const t23 = at('Trump spoke.', '2023-03-01');
  assert.equal(t23.code, '');
  assert.equal(t23.role, null);
});

test('case-sensitive short forms', () => {
  assert.deepEqual(found('Let us see what happens.'), []);
  assert.deepEqual(found('US officials were briefed.'), [['US officials', 'USAGOV', 'body']]);
  assert.deepEqual(found('A turkey for dinner.'), []);
  assert.deepEqual(found('Turkey and Chad signed.').map((m) => m[1]), ['TUR', 'TCD']);
});

test('Georgia the US state is vetoed, Georgia the country is not', () => {
  assert.deepEqual(found('He was born in Atlanta, Georgia, in 1970.'), []);
  assert.deepEqual(found('The Georgia governor signed the bill.'), []);
  assert.deepEqual(found('Georgia and Armenia held talks.').map((m) => m[1]), ['GEO', 'ARM']);
});

test('outlets are outlets; state media carry their state', () => {
  const ms = mentions('Reuters reported it, and KCNA confirmed, citing the Washington Post.');
  assert.deepEqual(ms.map((m) => m.kind), ['outlet', 'outlet', 'outlet']);
  assert.equal(ms[1]!.actors[0]!.code, 'PRKMED');
  assert.equal(ms[0]!.actors[0]!.state, '');
});

test('stops keep region names from naming states', () => {
  assert.deepEqual(found('Trade with Latin America grew.', null), []);
  assert.deepEqual(found('America will respond.').map((m) => m[1]), ['USA']);
});

test('mentions never cross sentences', () => {
  const text = 'Iran sent drones to Russia. Iranian officials denied it. Kyiv disagreed.';
  const { tokens, sentences } = annotate(nlp, text);
  for (const m of gaz.mentions(text, tokens, null)) {
    const s = sentences[m.sentence]!;
    assert.ok(m.tokenStart >= s.tokenStart && m.tokenEnd <= s.tokenEnd);
  }
});

test('resolveText maps a phrase to its actor', () => {
  assert.deepEqual(gaz.resolveText('Iranian Foreign Minister Mohammad Javad Zarif', '2018-05-01').map((a) => a.code), ['IRNGOV']);
  assert.deepEqual(gaz.resolveText('a U.S. Supreme Court decision', null).map((a) => a.state), ['USA']);
  assert.deepEqual(gaz.resolveText('the weather', null), []);
});

test('byCode, stateOf and version', () => {
  assert.equal(gaz.stateOf('USAGOV'), 'USA');
  assert.equal(gaz.stateOf('NATO'), 'NATO');
  assert.equal(gaz.stateOf('UN'), 'UN');
  assert.equal(gaz.stateOf('QQQGOV'), null);
  assert.equal(gaz.byCode('RUSMIL')!.sector, 'MIL');
  assert.equal(gaz.byCode('RUSMIL')!.name, 'Russia');
  assert.match(gaz.version, /^[0-9a-f]{12}$/);
  assert.ok(gaz.counts.states >= 197);
});

test('the component uses the article date', () => {
  const text = 'Shoigu met Kim Jong Un.';
  const article: Article = { id: 'x', externalId: null, url: null, title: null, published: null, outlet: null, text, origin: 'test', dateline: { span: { start: 0, end: 0 }, bodyStart: 0, outlet: null, place: null, date: '2023-07-26', monthDay: '07-26' } };
  const doc = newDoc(article);
  Object.assign(doc, annotate(nlp, text));
  createActorsComponent(gaz).run(doc, { dictVersion: gaz.version });
  assert.deepEqual(doc.mentions.map((m) => m.actors[0]!.code), ['RUSMIL', 'PRKGOV']);
});

test('lone "allies" are the West; Russia\'s allies are nobody', () => {
  assert.deepEqual(found('Kyiv asked its allies for more.'), [['Kyiv', 'UKR', 'capital'], ['allies', 'WST', 'group']]);
  assert.deepEqual(found("Russia's allies and partners were silent."), [['Russia', 'RUS', 'state']]);
});

test('a bare surname inside another name is not the official', () => {
  assert.deepEqual(found('Association chairman Ulrich Wagner and Pat Ryder spoke.'), [['Pat Ryder', 'USAMIL', 'official']]);
  assert.deepEqual(found('Ryder System Inc raised prices.'), []);
  assert.deepEqual(found('Ryder was asked about it.').map((m) => m[1]), ['USAMIL']);
  assert.deepEqual(found("Russia's UN ambassador Vasily Nebenzya objected."), [["Russia's UN ambassador Vasily Nebenzya", 'RUSGOV', 'official']]);
});

test('more sectors and honorifics', () => {
  assert.deepEqual(found('Washington sanctioned Chinese companies.'), [['Washington', 'USA', 'capital'], ['Chinese companies', 'CHNBUS', 'body']]);
  assert.deepEqual(found('Iran armed Hezbollah and the Houthis.').map((m) => m[1]), ['IRN', 'LBNREB', 'YEMREB']);
  assert.deepEqual(found('Critics of Mr Erdogan spoke.'), [['Mr Erdogan', 'TURGOV', 'official']]);
  assert.deepEqual(found('Former President Trump spoke.', '2023-01-10'), [['Former President Trump', '', 'official']]);
});

test('a dateline place is not an actor, its outlet is', () => {
  const text = 'Moscow, June 2 (Reuters) - Moscow said it would reply.';
  const article: Article = { id: 'y', externalId: null, url: null, title: null, published: '2024-06-02', outlet: null, text, origin: 'test', dateline: { span: { start: 0, end: 26 }, bodyStart: 27, outlet: 'Reuters', place: 'Moscow', date: null, monthDay: '06-02' } };
  const doc = newDoc(article);
  Object.assign(doc, annotate(nlp, text));
  createActorsComponent(gaz).run(doc, { dictVersion: gaz.version });
  assert.deepEqual(doc.mentions.map((m) => [text.slice(m.start, m.end), m.kind]), [['Reuters', 'outlet'], ['Moscow', 'capital']]);
  assert.equal(doc.mentions[1]!.start, 27);
});

test('vetoInName keeps chains but drops company names', () => {
  assert.deepEqual(found('The Georgian Foreign Ministry protested.'), [['Georgian Foreign Ministry', 'GEOGOV', 'body']]);
  assert.deepEqual(found('Western Airlines cut fares.'), []);
  assert.deepEqual(found('Georgia-Pacific Corp said so.'), []);
});

test('a title fills a gap in the dated roles unless it is a past title', () => {
  assert.deepEqual(found('Ex-President Trump spoke.', '2023-01-10'), [['Ex-President Trump', '', 'official']]);
  assert.deepEqual(found('President Trump spoke.', '2023-01-10'), [['President Trump', 'USAGOV', 'official']]);
  assert.deepEqual(found('Ukrainian military intelligence chief Kyrylo Budanov spoke.'), [['Ukrainian military intelligence chief Kyrylo Budanov', 'UKRSPY', 'official']]);
});

test('a named set of states is one mention with every member', () => {
  const ms = mentions('The Baltic states pledged more shells.');
  assert.equal(ms.length, 1);
  assert.equal(ms[0]!.kind, 'group');
  assert.deepEqual(ms[0]!.actors.map((a) => a.code), ['EST', 'LVA', 'LTU']);
});

test('exact-only names stay exact even as the canonical name', () => {
  assert.deepEqual(found('Fine china and a chad.'), []);
  assert.equal(gaz.byCode('CHN')!.name, 'China');
});

test('"its allies" are the West only after Ukraine', () => {
  assert.deepEqual(found("Russia's ties with its allies grew."), [['Russia', 'RUS', 'state']]);
  assert.deepEqual(found('Kyiv relies on arms from its allies.'), [['Kyiv', 'UKR', 'capital'], ['allies', 'WST', 'group']]);
});
