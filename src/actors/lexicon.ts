import type { WinkNlp } from '../nlp/index.js';
import type { ActorRef } from '../core/actor.js';
import type { DictData, HeadEntry, RoleEntry } from './schema.js';

/** What a dictionary form names once compiled; one per (entry, kind). */
export type LexKind = 'state' | 'capital' | 'demonym' | 'body' | 'official' | 'group' | 'outlet' | 'head' | 'stop' | 'set';

export interface Lex {
  kind: LexKind;
  /** Dictionary entry id. */
  id: string;
  /** State or group code; '' for heads, stops and independent outlets. */
  state: string;
  sector: string | null;
  name: string;
  role: string | null;
  roles: RoleEntry[];
  head: HeadEntry | null;
  /** Token-norm phrases that veto a match when they come right before / after it. */
  unlessPrev: string[][];
  unlessNext: string[][];
  /** Vetoed beside another capitalised word, like a bare surname. */
  inName: boolean;
  /** Member states of a set ("the Baltic states"), each as its own actor. */
  members: ActorRef[];
}

/** One way to reach a trie node: a lexicon item, and the token values when case matters. */
export interface Cand {
  lex: Lex;
  exact: string[] | null;
  /** A lone capitalised word naming a person or body ("Putin", "Congress"): vetoed beside another capitalised word ("Ulrich Wagner", "Ryder System"). */
  bare: boolean;
}

/** A token trie keyed on Token.norm (wink's lower-cased normal form). */
export interface TrieNode {
  next: Map<string, TrieNode>;
  cands: Cand[] | null;
}

/** Splits a string into wink tokens: the same tokenizer the text goes through, so keys agree. */
export function tokenizeForm(nlp: WinkNlp, form: string): { norms: string[]; values: string[] } {
  const tokens = nlp.readDoc(form).tokens();
  const norms = tokens.out(nlp.its.normal) as string[];
  const values = tokens.out(nlp.its.value) as string[];
  const keep = norms.map((_, i) => values[i]!.trim() !== '');
  return { norms: norms.filter((_, i) => keep[i]), values: values.filter((_, i) => keep[i]) };
}

/** Spelling variants news uses interchangeably: straight/curly apostrophes, hyphen or space. */
function variants(form: string): string[] {
  const out = new Set([form]);
  for (const f of [...out]) {
    if (f.includes("'")) out.add(f.replaceAll("'", '\u2019'));
    if (f.includes('\u2019')) out.add(f.replaceAll('\u2019', "'"));
  }
  for (const f of [...out]) if (/\p{L}-\p{L}/u.test(f)) out.add(f.replace(/(\p{L})-(\p{L})/gu, '$1 $2'));
  return [...out];
}

function insert(root: TrieNode, norms: string[], cand: Cand): void {
  let node = root;
  for (const n of norms) {
    let child = node.next.get(n);
    if (!child) {
      child = { next: new Map(), cands: null };
      node.next.set(n, child);
    }
    node = child;
  }
  const list = (node.cands ??= []);
  if (!list.some((c) => c.lex === cand.lex && sameExact(c.exact, cand.exact))) list.push(cand);
}

function sameExact(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Adds the forms of one lexicon item: `names` ignore case, `exact` keep it. */
function addForms(nlp: WinkNlp, root: TrieNode, lex: Lex, names: string[], exact: string[]): void {
  const strict = new Set(exact);
  for (const form of names) {
    // A form listed as exact must not also match in any case ("the West" vs "the west").
    if (strict.has(form)) continue;
    for (const v of variants(form)) insert(root, tokenizeForm(nlp, v).norms, { lex, exact: null, bare: lex.inName });
  }
  const person = lex.kind === 'official' || lex.kind === 'body';
  for (const form of exact) {
    for (const v of variants(form)) {
      const t = tokenizeForm(nlp, v);
      insert(root, t.norms, { lex, exact: t.values, bare: lex.inName || (person && t.values.length === 1) });
    }
  }
}

function phrases(nlp: WinkNlp, list: string[]): string[][] {
  return list.map((p) => tokenizeForm(nlp, p).norms);
}

function lex(kind: LexKind, e: { id: string; name: string }, more: Partial<Lex>): Lex {
  return { kind, id: e.id, name: e.name, state: '', sector: null, role: null, roles: [], head: null, unlessPrev: [], unlessNext: [], inName: false, members: [], ...more };
}

/** Compiles validated entries into the matching trie; run once per gazetteer. */
export function buildTrie(nlp: WinkNlp, data: DictData): TrieNode {
  const root: TrieNode = { next: new Map(), cands: null };
  const veto = (e: { unlessPrev: string[]; unlessNext: string[]; vetoInName: boolean }) => ({
    unlessPrev: phrases(nlp, e.unlessPrev),
    unlessNext: phrases(nlp, e.unlessNext),
    inName: e.vetoInName,
  });
  for (const s of data.states) {
    const base = { state: s.code, ...veto(s) };
    addForms(nlp, root, lex('state', s, base), [s.name, ...(s.long ? [s.long] : []), ...s.names], s.exact);
    addForms(nlp, root, lex('capital', s, base), [], s.capitals);
    addForms(nlp, root, lex('demonym', s, base), [], s.demonyms);
  }
  for (const b of data.bodies) {
    addForms(nlp, root, lex('body', b, { state: b.state, sector: b.sector, role: b.role ?? null, ...veto(b) }), [b.name, ...b.names], b.exact);
  }
  for (const o of data.officials) {
    addForms(nlp, root, lex('official', o, { state: o.state, roles: o.roles, ...veto(o) }), [o.name, ...o.names], o.exact);
  }
  for (const g of data.groups) {
    const base = { state: g.group, sector: g.sector ?? null, ...veto(g) };
    addForms(nlp, root, lex('group', g, base), [g.name, ...g.names], g.exact);
    addForms(nlp, root, lex('demonym', g, base), [], g.demonyms);
  }
  for (const o of data.outlets) {
    const state = o.state ?? '';
    addForms(nlp, root, lex('outlet', o, { state, sector: 'MED', ...veto(o) }), [o.name, ...o.names], o.exact);
  }
  for (const h of data.heads) {
    addForms(nlp, root, lex('head', { id: h.id, name: h.id }, { sector: h.sector, role: h.role ?? null, head: h, ...veto(h) }), h.names, h.exact);
  }
  const stateName = new Map(data.states.map((s) => [s.code, s]));
  for (const s of data.sets) {
    const members = s.members.map((code) => ({ code, state: code, sector: null, name: stateName.get(code)?.name ?? code, role: null, entryId: stateName.get(code)?.id ?? code }));
    addForms(nlp, root, lex('set', s, { members, ...veto(s) }), [s.name, ...s.names], s.exact);
  }
  for (const s of data.stops) addForms(nlp, root, lex('stop', { id: s.id, name: s.id }, {}), s.names, s.exact);
  return root;
}
