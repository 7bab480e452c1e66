/**
 * Arguments of a trigger read off the dependency tree, as local token
 * indices of the phrases' heads (the caller turns heads into actors):
 * subjects with control and relative clauses resolved, objects, passive
 * agents, prepositional phrases by their case marker, and the owners of an
 * event noun. Each list is expanded over coordination ("A and B").
 */
import type { TreeView } from './view.js';
import { baseRel, caseOf, conjuncts, isPassive, kidsBy } from './view.js';

/** How far up control and coordination are followed. */
const MAX_DEPTH = 5;
/** Relative pronouns: a relative clause's subject stands for the noun the clause hangs on. */
const RELATIVE = new Set(['which', 'who', 'that', 'whom']);
/** Markers of a gerund clause whose subject is the governing verb's object ("accused X of supplying", "sanctioned X for helping"). */
const OBJECT_MARK = new Set(['of', 'for']);

/** Heads of the phrases: conjuncts of each, in text order, each once. */
function expand(tv: TreeView, heads: readonly number[]): number[] {
  return [...new Set(heads.flatMap((h) => conjuncts(tv, h)))].sort((a, b) => a - b);
}

/** The relative clause's antecedent for a relative pronoun at i, else i itself. */
function antecedent(tv: TreeView, i: number): number {
  if (!RELATIVE.has(tv.norm[i]!)) return i;
  const v = tv.head[i]!;
  return v >= 0 && tv.rel[v] === 'acl:relcl' && tv.head[v]! >= 0 ? tv.head[v]! : i;
}

/**
 * Who does the act of verb v (its logical subject; a passive's agent is
 * asked for with `agentOf`): its own subject; else, up the tree, the shared
 * subject of a coordinated verb ("Iran agreed ... and sent"), the object of an
 * object-control verb or the subject of a subject-control one ("urged Japan to
 * halt", "agreed to supply"), the object an "of"/"for" gerund hangs on
 * ("accused France of supplying"), the subject of the clause a participle
 * adjoins (", providing ..."), the noun a participle or relative clause
 * modifies ("firms supplying drones", "states that send arms").
 */
export function subjectsOf(tv: TreeView, v: number, depth = 0): number[] {
  if (depth > MAX_DEPTH) return [];
  const own = kidsBy(tv, v, 'nsubj', 'nsubj:pass').filter((k) => tv.rel[k] === 'nsubj' || !isPassive(tv, v));
  if (own.length) return expand(tv, own.map((k) => antecedent(tv, k)));
  if (isPassive(tv, v)) return [];
  const h = tv.head[v]!;
  if (h < 0) return [];
  const r = tv.rel[v]!;
  // "Iran signed a pact and sent advisers": a coordinated verb shares the subject. With no "and"/"or" the
  // parser has usually joined a reduced relative ("firms accused of ...") to the main verb: no answer.
  if (r === 'conj') return kidsBy(tv, v, 'cc').length ? subjectsOf(tv, h, depth + 1) : [];
  if (r === 'xcomp') {
    const obj = kidsBy(tv, h, 'obj', 'iobj');
    return obj.length ? expand(tv, [obj[0]!]) : actorsOfClause(tv, h, depth + 1);
  }
  if (r === 'advcl') {
    const mark = kidsBy(tv, v, 'mark').map((k) => tv.norm[k]!);
    // Only a non-finite clause takes its subject from outside (", providing ...", "to supply ..."): a finite
    // one with no subject ("after the country signed", "the country" misattached) has lost it to a parse error.
    if (!tv.norm[v]!.endsWith('ing') && !mark.includes('to')) return [];
    // "Chile was accused of selling ...": a passive governor's subject is the accused.
    const obj = isPassive(tv, h) ? kidsBy(tv, h, 'nsubj:pass') : kidsBy(tv, h, 'obj');
    if (mark.some((m) => OBJECT_MARK.has(m)) && obj.length) return expand(tv, [obj[0]!]);
    return actorsOfClause(tv, h, depth + 1);
  }
  // "firms supplying drones": an active participle's subject is the noun it modifies.
  if (r === 'acl') return expand(tv, [h]);
  return [];
}

/** The acting party of the clause headed by v: its agent when passive, else its subject. */
function actorsOfClause(tv: TreeView, v: number, depth: number): number[] {
  if (isPassive(tv, v)) return agentOf(tv, v);
  return subjectsOf(tv, v, depth);
}

/**
 * What verb v acts on: its objects, or a passive's subject ("Iran was
 * sanctioned"), or the noun a passive participle modifies ("drones supplied
 * by Iran"); relative pronouns stand for their antecedent.
 */
export function objectsOf(tv: TreeView, v: number): number[] {
  if (isPassive(tv, v)) {
    const s = kidsBy(tv, v, 'nsubj:pass', 'nsubj');
    if (s.length) return expand(tv, s.map((k) => antecedent(tv, k)));
    return tv.rel[v] === 'acl' && tv.head[v]! >= 0 ? expand(tv, [tv.head[v]!]) : [];
  }
  // "drones supplied by Iran": a participle (not its base form) modifying a noun acts on that noun.
  const participle = tv.norm[v] !== tv.lemma[v] && /(ed|en|wn|t)$/.test(tv.norm[v]!);
  if (tv.rel[v] === 'acl' && participle && !kidsBy(tv, v, 'obj').length && tv.head[v]! >= 0) return expand(tv, [tv.head[v]!]);
  return expand(tv, kidsBy(tv, v, 'obj').map((k) => antecedent(tv, k)));
}

/** The indirect object ("sent Kyiv tanks"). */
export function recipientsOf(tv: TreeView, v: number): number[] {
  return expand(tv, kidsBy(tv, v, 'iobj'));
}

/** A passive verb's agent: its `obl:agent`, or an `obl` marked "by". */
export function agentOf(tv: TreeView, v: number): number[] {
  const heads = tv.kids[v]!.filter((k) => tv.rel[k] === 'obl:agent' || (baseRel(tv, k) === 'obl' && caseOf(tv, k) === 'by'));
  return expand(tv, heads);
}

/**
 * Phrases marked `prep` that depend on h ("to Russia", "on Iran"), as
 * `obl` of a verb or `nmod` of a noun. For an event noun the phrases its
 * theme carries count too: "the delivery of jets to India" often parses
 * with "to India" on "jets"; a verb's objects carry them the same way.
 */
export function phrasesOf(tv: TreeView, h: number, prep: string): number[] {
  const marked = (x: number) => tv.kids[x]!.filter((k) => (baseRel(tv, k) === 'obl' || baseRel(tv, k) === 'nmod') && tv.rel[k] !== 'nmod:poss' && caseOf(tv, k) === prep);
  const heads = marked(h);
  if (heads.length || prep === 'of') return expand(tv, heads);
  // The theme's phrases: "sent tanks to Chile" may hang "to Chile" on "tanks", "the sale of rifles to Chile" on "rifles".
  for (const th of tv.kids[h]!) if (tv.rel[th] === 'obj' || (baseRel(tv, th) === 'nmod' && caseOf(tv, th) === 'of')) heads.push(...marked(th));
  return expand(tv, heads);
}

/**
 * Who owns an event noun: its possessor ("Iran's supplies", "their
 * drills"), a nationality adjective or a name compounded before it
 * ("Iranian drones", "US sanctions"). The caller keeps the ones naming actors.
 */
export function ownersOf(tv: TreeView, n: number): number[] {
  const heads = tv.kids[n]!.filter((k) => k < n && (tv.rel[k] === 'nmod:poss' || tv.rel[k] === 'amod' || tv.rel[k] === 'compound'));
  return expand(tv, heads);
}

/** The verb a nominal is the subject or object of ("Iran announced new drills": drills → announced), or -1. */
export function hostVerb(tv: TreeView, n: number): number {
  const r = baseRel(tv, n);
  return r === 'obj' || r === 'nsubj' ? tv.head[n]! : -1;
}

/**
 * Who reports the clause holding token i: the subject of the verb the
 * clause is the complement of ("Chile said that Peru ..."), or of a
 * reporting verb set beside the clause ("Peru is ..., Chile said" parsed as
 * parataxis). `reports` says which verbs report.
 */
export function speakerOf(tv: TreeView, i: number, reports: (v: number) => boolean): number[] {
  let c = i;
  for (let guard = 0; guard < tv.n && tv.head[c]! >= 0 && tv.rel[c] !== 'ccomp'; guard++) c = tv.head[c]!;
  if (tv.rel[c] === 'ccomp' && reports(tv.head[c]!)) return subjectsOf(tv, tv.head[c]!);
  const beside = tv.kids[c]!.find((k) => tv.rel[k] === 'parataxis' && reports(k));
  return beside === undefined ? [] : subjectsOf(tv, beside);
}
