import type { ActorRef, Mention, MentionKind } from '../core/actor.js';
import { GROUP_CODES } from '../core/actor.js';
import type { Lex } from './lexicon.js';
import type { MatchToken, Raw } from './match.js';
import { outOfOffice, privatePerson, refOf, withSector } from './resolve.js';

/** Items that can stand before a title or head noun ("Russian", "the U.S.", "Kremlin"). */
const MODS = new Set(['state', 'capital', 'demonym', 'group', 'body']);
/** Possessive tokens as wink splits them off ("’s" in "Iran’s", "'" in "allies'"). */
const POSS = new Set(["'s", '\u2019s', "'", '\u2019']);
/** Group codes whose demonym ("Western", "European") is a place adjective before a state name. */
const GROUP_SET: ReadonlySet<string> = new Set(GROUP_CODES);
const REGION_ADJ = new Set(['WST', 'EUR']);

/** What the matcher needs besides the hits: who the allies of a state are. */
export interface ChainContext {
  tokens: readonly MatchToken[];
  date: string | null;
  /** State whose "allies" are a group → that group's code (UKR → WST). */
  alliesOf: ReadonlyMap<string, string>;
  /** Group code → its actor (WST → the West). */
  groups: ReadonlyMap<string, ActorRef>;
}

/** b follows a directly, or after a possessive when `poss` allows; never across sentences. */
function follows(ctx: ChainContext, a: Raw, b: Raw | undefined, poss: boolean): boolean {
  if (b === undefined || ctx.tokens[a.te - 1]!.sentence !== ctx.tokens[b.ts]!.sentence) return false;
  if (b.ts === a.te) return true;
  return poss && b.ts === a.te + 1 && POSS.has(ctx.tokens[a.te]!.norm);
}

/** "allies of Ukraine", "ministry of foreign affairs of the Russian Federation": heads, "of", the state. */
function ofFollows(ctx: ChainContext, a: Raw, b: Raw | undefined): boolean {
  if (b === undefined || !(b.lex.kind === 'state' || b.lex.kind === 'group' || b.lex.kind === 'capital')) return false;
  const t = ctx.tokens;
  if (t[a.te]?.norm !== 'of' || t[a.te]!.sentence !== t[b.ts]!.sentence) return false;
  return b.ts === a.te + 1 || (b.ts === a.te + 2 && t[a.te + 1]!.norm === 'the');
}

function groupOf(ctx: ChainContext, code: string | undefined): ActorRef | null {
  return code === undefined ? null : ctx.groups.get(code) ?? null;
}

interface Chain {
  mod: Raw | null;
  body: Raw | null;
  heads: Raw[];
  official: Raw | null;
  /** Number of raws in the mention, and raws after it consumed without a mention. */
  used: number;
  skip: number;
  groupActor: ActorRef | null;
}

/** Reads the longest chain [mod ['s]] [body] head* [official] | head* official | head* of mod from raws[k]. */
function readChain(ctx: ChainContext, raws: readonly Raw[], k: number): Chain {
  const c: Chain = { mod: null, body: null, heads: [], official: null, used: 0, skip: 0, groupActor: null };
  let i = k;
  let last: Raw | null = null;
  if (MODS.has(raws[i]!.lex.kind)) {
    c.mod = raws[i++]!;
    last = c.mod;
    const nb = raws[i];
    if (c.mod.lex.kind !== 'body' && nb?.lex.kind === 'body' && nb.lex.state === c.mod.lex.state && follows(ctx, last, nb, true)) {
      c.body = nb;
      last = nb;
      i++;
    }
  }
  while (raws[i]?.lex.kind === 'head' && (last === null || follows(ctx, last, raws[i], c.heads.length === 0))) {
    const h = raws[i]!;
    if (h.lex.head!.allies && c.mod !== null) {
      const g = groupOf(ctx, ctx.alliesOf.get(c.mod.lex.state));
      if (!g) {
        c.skip = 1; // "Russia's allies": not the West; the head names nobody on its own here
        break;
      }
      c.groupActor = g;
    }
    c.heads.push(h);
    last = h;
    i++;
  }
  // "Russia's military cooperation": a head right before a common noun is that noun's modifier.
  const lastHead = c.heads[c.heads.length - 1];
  if (lastHead && raws[i]?.ts !== lastHead.te && ctx.tokens[lastHead.te]?.pos === 'NOUN' && ctx.tokens[lastHead.te]!.sentence === ctx.tokens[lastHead.ts]!.sentence) {
    c.heads.pop();
    i--;
    if (lastHead.lex.head!.allies) c.groupActor = null;
    last = c.heads[c.heads.length - 1] ?? c.body ?? c.mod;
  }
  const nx = raws[i];
  if (nx?.lex.kind === 'official' && (last === null || follows(ctx, last, nx, c.heads.length === 0))) {
    // The official's state at the date decides (Rutte as Dutch PM is NLD, as NATO chief NATO).
    if (c.mod === null || c.mod.lex.state === nx.lex.state || c.mod.lex.state === refOf(nx.lex, ctx.date)!.state) {
      c.official = nx;
      i++;
    }
  } else if (c.mod === null && last !== null && ofFollows(ctx, last, nx)) {
    const allies = c.heads.some((h) => h.lex.head!.allies);
    const g = allies ? groupOf(ctx, ctx.alliesOf.get(nx!.lex.state)) : null;
    if (!allies || g) {
      c.mod = nx!;
      c.groupActor = g;
      i++;
    }
  }
  c.used = i - k;
  return c;
}

/** First head with a sector decides it ("defence ministry officials" → MIL); the last with a role names it. */
function headSector(heads: Raw[]): { sector: string | null; role: string | null } {
  let sector: string | null = null;
  let role: string | null = null;
  for (const h of heads) {
    sector ??= h.lex.sector;
    if (h.lex.role !== null) role = h.lex.role;
  }
  return { sector, role };
}

function kindOf(lex: Lex): MentionKind {
  if (lex.kind === 'set') return 'group';
  return lex.kind === 'head' || lex.kind === 'stop' ? 'body' : lex.kind;
}

/** Possessive determiners: "its allies" are the allies of whoever "its" is. */
const POSS_DET = new Set(['its', 'their', 'his', 'her']);

/**
 * A lone "allies" is the West (FORMAT.md), but "its allies" only when the
 * nearest actor before it in the sentence is one whose allies are a group
 * ("Kyiv ... its allies", not "Russia's ties with its allies").
 */
function aloneAllowed(ctx: ChainContext, first: Raw, prev: Mention | undefined): boolean {
  const before = ctx.tokens[first.ts - 1];
  if (!first.lex.head!.allies || before === undefined || !POSS_DET.has(before.norm)) return true;
  const sent = ctx.tokens[first.ts]!.sentence;
  return prev !== undefined && prev.sentence === sent && prev.actors.some((a) => ctx.alliesOf.has(a.state));
}

/** The actor and kind of a chain, or null when it names nobody (a lone "the army"). */
function chainActor(ctx: ChainContext, c: Chain, prev?: Mention): { actor: ActorRef; kind: MentionKind } | null {
  const hs = headSector(c.heads);
  if (c.official) {
    const ref = refOf(c.official.lex, ctx.date)!;
    // Dated roles decide; a title fills in only where no role is known at the date and it is not a past title.
    const titled = ref.sector === null && hs.sector !== null && !c.heads.some((h) => h.lex.head!.past);
    // Out of office and untitled, a state's official is a private person: "Trump" in 2016 is a candidate, not the US.
    if (!titled && outOfOffice(c.official.lex, ctx.date)) return { actor: privatePerson(ref), kind: 'official' };
    return { actor: titled ? withSector(ref, hs.sector, hs.role) : ref, kind: 'official' };
  }
  if (c.groupActor) return { actor: withSector(c.groupActor, hs.sector, hs.role), kind: 'group' };
  if (c.mod === null) {
    const alone = c.heads.find((h) => h.lex.head!.alone)?.lex.head!.alone;
    const g = groupOf(ctx, alone);
    return g && aloneAllowed(ctx, c.heads[0]!, prev) ? { actor: g, kind: 'group' } : null;
  }
  if (c.heads.some((h) => h.lex.head!.allies)) return null;
  const base = refOf((c.body ?? c.mod).lex, ctx.date)!;
  if (c.heads.length === 0) return { actor: base, kind: kindOf((c.body ?? c.mod).lex) };
  const fixed = c.body !== null || c.mod.lex.kind === 'body';
  const actor = withSector(base, fixed ? base.sector : hs.sector, hs.role);
  return { actor, kind: c.mod.lex.kind === 'group' || GROUP_SET.has(c.mod.lex.state) ? 'group' : 'body' };
}

function ruleOf(c: Chain): string {
  const parts: string[] = [];
  if (c.mod) parts.push(c.mod.lex.kind);
  if (c.body) parts.push('body');
  if (c.heads.length) parts.push('head');
  if (c.official) parts.push('official');
  return parts.length === 1 && c.mod ? `actors:${c.mod.lex.kind}` : `actors:${parts.join('+')}`;
}

/** Builds the Mention of a chain spanning raws[k .. k+used). */
function toMention(ctx: ChainContext, raws: readonly Raw[], k: number, c: Chain, actor: ActorRef, kind: MentionKind): Mention {
  const a = Math.min(raws[k]!.ts, c.mod?.ts ?? Infinity);
  const b = Math.max(raws[k + c.used - 1]!.te, c.mod?.te ?? 0);
  const t = ctx.tokens;
  return { start: t[a]!.start, end: t[b - 1]!.end, kind, actors: [actor], sentence: t[a]!.sentence, tokenStart: a, tokenEnd: b, rule: ruleOf(c) };
}

/** A mention of one raw hit on its own (outlets: never part of a chain). */
function single(ctx: ChainContext, r: Raw): Mention {
  const t = ctx.tokens;
  const actors = r.lex.kind === 'set' ? r.lex.members : [refOf(r.lex, ctx.date)!];
  return { start: t[r.ts]!.start, end: t[r.te - 1]!.end, kind: kindOf(r.lex), actors, sentence: t[r.ts]!.sentence, tokenStart: r.ts, tokenEnd: r.te, rule: `actors:${r.lex.kind}` };
}

/** Merges raw hits into mentions: titles, heads and officials join their state into one mention. */
export function chainMentions(ctx: ChainContext, raws: readonly Raw[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < raws.length; ) {
    const r = raws[k]!;
    if (r.lex.kind === 'stop') {
      k++;
      continue;
    }
    if (r.lex.kind === 'outlet' || r.lex.kind === 'set') {
      out.push(single(ctx, r));
      k++;
      continue;
    }
    if (r.lex.kind === 'demonym' && REGION_ADJ.has(r.lex.state) && raws[k + 1] && raws[k + 1]!.ts === r.te && ['state', 'capital'].includes(raws[k + 1]!.lex.kind)) {
      k++; // "Western Ukraine": a region of the state, not the West
      continue;
    }
    const c = readChain(ctx, raws, k);
    const res = chainActor(ctx, c, out[out.length - 1]);
    if (res) out.push(toMention(ctx, raws, k, c, res.actor, res.kind));
    k += Math.max(1, c.used) + c.skip;
  }
  return out;
}
