/**
 * Watch rules: YAML validated with zod. A broken file is E701 (with the
 * line), a broken rule E702 (naming the rule and the field).
 */
import { readFileSync } from 'node:fs';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { PLOVER_TYPES, STAGES, WEAPON_CLASSES } from '../core/event.js';
import type { Modality, PloverType, Stage, WeaponClass } from '../core/event.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';

const StateCode = z.string().regex(/^[A-Z]{2,4}$/, 'an upper-case state or group code such as IRN');
const MODALITIES = ['actual', 'future', 'conditional', 'negated'] as const;

const SpikeSchema = z
  .object({
    quad_class: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    factor: z.number().positive().default(2),
    weeks: z.number().int().min(1).max(52).default(4),
    min_count: z.number().int().min(1).default(3),
  })
  .strict();

/** One rule as written in YAML. */
const RuleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'letters, digits, "_", ".", ":" and "-"'),
    description: z.string().optional(),
    dyad: z
      .string()
      .regex(/^[A-Z]{2,4}\s*(->|→|-|<->)\s*[A-Z]{2,4}$/, 'write "IRN->RUS" (directed) or "IRN-RUS" (either way)')
      .optional(),
    actors: z
      .object({ sources: z.array(StateCode).min(1).optional(), targets: z.array(StateCode).min(1).optional() })
      .strict()
      .optional(),
    codes: z.array(z.string().regex(/^\d{2,4}$/, 'a CAMEO code prefix of 2-4 digits')).min(1).optional(),
    plover: z.array(z.enum(PLOVER_TYPES)).min(1).optional(),
    weapons: z.array(z.enum(WEAPON_CLASSES)).min(1).optional(),
    systems: z.array(z.string().min(1)).min(1).optional(),
    min_stage: z.enum(STAGES).optional(),
    modality: z.union([z.literal('any'), z.array(z.enum(MODALITIES)).min(1)]).default('any'),
    hedged: z.enum(['include', 'exclude', 'only']).default('include'),
    include_denied: z.boolean().default(false),
    trigger: z.enum(['event', 'new_system', 'stage_change', 'spike']).default('event'),
    spike: SpikeSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.dyad && r.actors) ctx.addIssue({ code: 'custom', path: ['actors'], message: 'give either dyad or actors, not both' });
    if (r.trigger === 'spike' && !r.spike) ctx.addIssue({ code: 'custom', path: ['spike'], message: 'a spike rule needs spike: {quad_class: 1-4}' });
  });

/** A validated rule, in the shape the matcher reads. */
export interface WatchRule {
  id: string;
  description: string | null;
  /** Directed or undirected pair; null when the rule uses actor sets or none. */
  dyad: { a: string; b: string; directed: boolean } | null;
  sources: string[] | null;
  targets: string[] | null;
  codes: string[] | null;
  plover: PloverType[] | null;
  weapons: WeaponClass[] | null;
  systems: string[] | null;
  minStage: Stage | null;
  modality: Modality[] | 'any';
  hedged: 'include' | 'exclude' | 'only';
  includeDenied: boolean;
  trigger: 'event' | 'new_system' | 'stage_change' | 'spike';
  spike: { quadClass: 1 | 2 | 3 | 4; factor: number; weeks: number; minCount: number } | null;
}

function toRule(r: z.infer<typeof RuleSchema>): WatchRule {
  const m = r.dyad ? /^([A-Z]{2,4})\s*(->|→|-|<->)\s*([A-Z]{2,4})$/.exec(r.dyad) : null;
  return {
    id: r.id,
    description: r.description ?? null,
    dyad: m ? { a: m[1]!, b: m[3]!, directed: m[2] === '->' || m[2] === '→' } : null,
    sources: r.actors?.sources ?? null,
    targets: r.actors?.targets ?? null,
    codes: r.codes ?? null,
    plover: r.plover ?? null,
    weapons: r.weapons ?? null,
    systems: r.systems ?? null,
    minStage: r.min_stage ?? null,
    modality: r.modality,
    hedged: r.hedged,
    includeDenied: r.include_denied,
    trigger: r.trigger,
    spike: r.spike ? { quadClass: r.spike.quad_class, factor: r.spike.factor, weeks: r.spike.weeks, minCount: r.spike.min_count } : null,
  };
}

function ruleLabel(raw: unknown, i: number): string {
  return raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${i + 1}`;
}

function fieldDetail(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `field "${i.path.map(String).join('.')}": ${i.message}` : i.message))
    .join('; ');
}

/** Validates parsed YAML (the `rules:` list, or a bare list) into rules. */
export function parseRules(doc: unknown, path: string): Result<WatchRule[]> {
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && 'rules' in doc ? (doc as { rules: unknown }).rules : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    return fail(issue('E702', { rule: '(file)', path, detail: 'field "rules": expected a non-empty list of rules' }, path));
  }
  const issues: Issue[] = [];
  const rules: WatchRule[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const r = RuleSchema.safeParse(raw);
    const rule = ruleLabel(raw, i);
    if (!r.success) return void issues.push(issue('E702', { rule, path, detail: fieldDetail(r.error) }, path));
    if (seen.has(r.data.id)) return void issues.push(issue('E702', { rule, path, detail: 'field "id": used by an earlier rule; ids must be unique' }, path));
    seen.add(r.data.id);
    rules.push(toRule(r.data));
  });
  return issues.length ? fail(...issues) : ok(rules);
}

/** Parses rules from YAML text; `path` names the file in messages. */
export function parseRulesYaml(text: string, path: string): Result<WatchRule[]> {
  let doc: unknown;
  try {
    doc = parse(text, { prettyErrors: true });
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}` : '';
    const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return fail(issue('E701', { path, detail: msg.includes(' line ') ? msg : `${msg}${line}` }, path));
  }
  return parseRules(doc, path);
}

/** Reads and validates a rules file. */
export function loadRules(path: string): Result<WatchRule[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fail(issue('E701', { path, detail: e instanceof Error ? e.message : String(e) }, path));
  }
  return parseRulesYaml(text, path);
}
