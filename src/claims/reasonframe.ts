import type { Sentence, Token } from '../core/nlp.js';
import type { Frame, Speaker } from './types.js';
import { frame } from './frame.js';

/*
 * "The EU sanctioned two firms for shipping drones to Russia", "Washington
 * targeted the minister for his role in sending troops": the stated grounds
 * of a sanction are the sanctioner's allegation, so the content after "for"
 * (or "over") is the sanctioner's claim, as the content of "X accused Y of"
 * is X's (FORMAT.md "Voice": content inside a party's clause is its claim).
 */

/** Verbs that punish a party and may give the grounds after "for"/"over". */
export const SANCTION_VERBS: ReadonlySet<string> = new Set([
  'sanction', 'target', 'penalize', 'penalise', 'punish', 'blacklist', 'designate', 'fine', 'blame', 'indict', 'charge',
]);

/** Objects that make "impose"/"announce"/"slap" a sanction ("imposed sanctions on X for ..."). */
const SANCTION_NOUNS = new Set(['sanction', 'sanctions', 'penalties', 'penalty', 'restrictions', 'measures', 'bans', 'ban', 'fines']);
const SANCTION_SUPPORT = new Set(['impose', 'announce', 'slap', 'level', 'adopt', 'approve', 'introduce']);

/** How far after the verb the "for"/"over" of the grounds may come (the object lies between). */
const MAX_TO_REASON = 14;
/** Tokens that end the verb's clause before any grounds: a new clause, not an object. */
const CLAUSE_END = new Set([';', ':', 'but', 'while', 'whereas', 'and', '“', '"']);

/** Whether token `t` is a sanctioning verb (or "imposed sanctions"). */
export function isSanctionVerb(toks: Token[], t: number, s: Sentence): boolean {
  const tok = toks[t]!;
  if (tok.pos !== 'VERB') return false;
  // "sanctioned by the EU", "was targeted": passives name the target as subject, not the sanctioner.
  const prev = toks[t - 1];
  if (toks[t + 1]?.norm === 'by' || (prev && (prev.lemma === 'be' || prev.lemma === 'get'))) return false;
  if (SANCTION_VERBS.has(tok.lemma)) return true;
  if (!SANCTION_SUPPORT.has(tok.lemma)) return false;
  for (let i = t + 1; i < Math.min(s.tokenEnd, t + 5); i++) if (SANCTION_NOUNS.has(toks[i]!.norm)) return true;
  return false;
}

/**
 * The grounds frame of the sanctioning verb at `t`: scope from its
 * "for"/"over" to the end of the sentence, speakers the verb's subject
 * (worked out by the caller). Null when the clause gives no grounds.
 */
export function reasonFrame(toks: Token[], s: Sentence, t: number, subject: Speaker[]): Frame | null {
  if (!subject.length) return null;
  let at = -1;
  for (let i = t + 1; i < Math.min(s.tokenEnd, t + MAX_TO_REASON); i++) {
    const n = toks[i]!.norm;
    if (CLAUSE_END.has(n) || (toks[i]!.pos === 'VERB' && !/ing$/.test(n) && toks[i - 1]?.norm !== 'to')) break;
    // "over accusations that ..." is the claim-noun frame's; "for" / "over" + a gerund or a noun is ours.
    if ((n === 'for' || n === 'over') && !['accusation', 'accusations', 'allegations', 'claims'].includes(toks[i + 1]?.norm ?? '')) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const end = clauseEnd(toks, s, at);
  const tok = toks[t]!;
  return frame('say', subject, { start: toks[at]!.start, end }, { start: tok.start, end: tok.end }, tok.lemma, s.index,
    'claims:sanction-grounds', null);
}

/** The grounds run to the sentence end or to a new clause (", and ...", "; ..."). */
function clauseEnd(toks: Token[], s: Sentence, from: number): number {
  for (let i = from + 1; i < s.tokenEnd; i++) {
    const n = toks[i]!.norm;
    // ", and shipping shells" goes on listing grounds; ", and Iran said" opens a new clause.
    const coordinated = n === ',' && ['and', 'but', 'while'].includes(toks[i + 1]?.norm ?? '') && !/ing$/.test(toks[i + 2]?.norm ?? '');
    if (n === ';' || coordinated) return toks[i]!.start;
  }
  return s.end;
}
