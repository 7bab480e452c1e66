import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules, parseRulesYaml } from './rules.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/watch/example-rules.yaml');

function issues(yaml: string) {
  const r = parseRulesYaml(yaml, 'w.yaml');
  assert.equal(r.ok, false);
  return r.ok ? [] : r.issues;
}

test('the shipped example rules are valid and include the founding rule', () => {
  const r = loadRules(EXAMPLE);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  const founding = r.value.find((x) => x.id === 'irn-rus-ballistic')!;
  assert.deepEqual(founding.dyad, { a: 'IRN', b: 'RUS', directed: true });
  assert.deepEqual([founding.weapons, founding.modality, founding.trigger], [['ballistic_missile'], 'any', 'event']);
});

test('E701: broken YAML names the line', () => {
  const [i] = issues('rules:\n  - id: a\n    dyad: [IRN\n  - id: b\n');
  assert.equal(i!.code, 'E701');
  assert.match(i!.message, /line \d+/);
});

test('E701: a missing file', () => {
  const r = loadRules('/nonexistent/rules.yaml');
  assert.equal(!r.ok && r.issues[0]!.code, 'E701');
});

test('E702 names the rule and the field', () => {
  const cases: [string, string][] = [
    ['rules:\n  - {id: r1, min_stage: shipped}', 'min_stage'],
    ['rules:\n  - {id: r1, dyad: "Iran to Russia"}', 'dyad'],
    ['rules:\n  - {id: r1, weapons: [lasers]}', 'weapons'],
    ['rules:\n  - {id: r1, hedged: maybe}', 'hedged'],
    ['rules:\n  - {id: r1, trigger: spike}', 'spike'],
    ['rules:\n  - {id: r1, colour: red}', 'colour'],
    ['rules:\n  - {id: r1, modality: [sometimes]}', 'modality'],
    ['rules:\n  - {id: r1, dyad: IRN-RUS, actors: {sources: [IRN]}}', 'actors'],
  ];
  for (const [yaml, field] of cases) {
    const [i] = issues(yaml);
    assert.equal(i!.code, 'E702', yaml);
    assert.match(i!.message, /rule r1 /, yaml);
    assert.ok(i!.message.includes(field), `${i!.message} should name ${field}`);
  }
});

test('E702: unnamed rules are numbered, ids are unique, the list is required', () => {
  assert.match(issues('rules:\n  - {dyad: IRN-RUS}')[0]!.message, /rule #1 .*"id"/);
  assert.match(issues('rules:\n  - {id: a}\n  - {id: a}')[0]!.message, /rule a .*unique/);
  assert.equal(issues('title: none')[0]!.code, 'E702');
});

test('defaults: event trigger, any modality, hedged included, denials excluded, spike defaults', () => {
  const r = parseRulesYaml('- {id: s, dyad: "RUS-UKR", trigger: spike, spike: {quad_class: 4}}', 'w.yaml');
  assert.ok(r.ok);
  const rule = r.value[0]!;
  assert.deepEqual(rule.dyad, { a: 'RUS', b: 'UKR', directed: false });
  assert.deepEqual(rule.spike, { quadClass: 4, factor: 2, weeks: 4, minCount: 3 });
  assert.deepEqual([rule.modality, rule.hedged, rule.includeDenied], ['any', 'include', false]);
});
