import type { Lexicon } from './lexicon.js';
import { NO_CLUSTERS } from './clusters.js';
import { type FrozenLinear, slots } from './linear.js';
import { type Result, ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';

/** What a trained model holds; callers treat it as opaque. */
export interface ModelInternals {
  /** UPOS tag names by id. */
  tags: string[];
  /** Dependency relations (with subtypes) by id. */
  labels: string[];
  lexicon: Lexicon;
  tagger: FrozenLinear;
  parser: FrozenLinear;
}

/** A loaded tagger and parser. Arrays are views over the bytes it was loaded from. */
export interface ParserModel {
  readonly version: string;
  /** Size of the model file in bytes. */
  readonly bytes: number;
  readonly internals: ModelInternals;
}

const MAGIC = 'DWPARSE1';

type Kind = 'u8' | 'i32' | 'u32';
interface SectionInfo {
  name: string;
  kind: Kind;
  offset: number;
  length: number;
}
interface Header {
  version: string;
  tags: string[];
  labels: string[];
  tagger: { nClasses: number; scale: number };
  parser: { nClasses: number; scale: number };
  sections: SectionInfo[];
}

const WIDTH: Record<Kind, number> = { u8: 1, i32: 4, u32: 4 };

type Arr = Uint8Array | Int32Array | Uint32Array;

function arrays(m: ModelInternals): [string, Kind, Arr][] {
  const lin = (p: string, f: FrozenLinear): [string, Kind, Arr][] => [
    [`${p}.table`, 'u32', f.table],
    [`${p}.entries`, 'i32', f.entries],
  ];
  const c = m.lexicon.clusters;
  const classes: [string, Kind, Arr][] = c.keys.length ? [['clu.keys', 'u32', c.keys], ['clu.ids', 'u32', c.ids]] : [];
  return [['lex.keys', 'u32', m.lexicon.keys], ['lex.mask', 'u32', m.lexicon.mask], ['lex.dict', 'u8', m.lexicon.dict], ...classes, ...lin('tagger', m.tagger), ...lin('parser', m.parser)];
}

/**
 * Serializes a model: magic, header length (u32 LE), JSON header, then the
 * typed arrays each aligned to 8 bytes (little-endian, as every platform
 * Node runs on). Same model, same bytes.
 */
export function saveModel(version: string, m: ModelInternals): Uint8Array {
  const parts = arrays(m);
  const sections: SectionInfo[] = [];
  let off = 0;
  for (const [name, kind, a] of parts) {
    sections.push({ name, kind, offset: off, length: a.length });
    off += align8(a.byteLength);
  }
  const header: Header = {
    version,
    tags: m.tags,
    labels: m.labels,
    tagger: { nClasses: m.tagger.nClasses, scale: m.tagger.scale },
    parser: { nClasses: m.parser.nClasses, scale: m.parser.scale },
    sections,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const base = align8(12 + json.length);
  const out = new Uint8Array(base + off);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i]![2];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), base + sections[i]!.offset);
  }
  return out;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * Loads a model from bytes without copying its arrays (they become views),
 * so a SharedArrayBuffer can back one model for many worker threads. Bytes
 * that are not 8-aligned in their buffer are copied once.
 */
export function loadModel(bytes: Uint8Array, where = '<bytes>'): Result<ParserModel> {
  const bad = (detail: string) => fail<ParserModel>(issue('E211', { path: where, detail }, where));
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return bad('no DWPARSE1 signature');
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const hlen = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  if (12 + hlen > bytes.length) return bad('truncated header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as Header;
  } catch (e) {
    return bad(`header is not JSON (${(e as Error).message})`);
  }
  const base = align8(12 + hlen);
  const views = new Map<string, Arr>();
  for (const s of header.sections ?? []) {
    const start = bytes.byteOffset + base + s.offset;
    const width = WIDTH[s.kind];
    if (!width || base + s.offset + s.length * width > bytes.length) return bad(`section ${s.name} runs past the end of the file`);
    const view = s.kind === 'u8' ? new Uint8Array(bytes.buffer, start, s.length) : s.kind === 'i32' ? new Int32Array(bytes.buffer, start, s.length) : new Uint32Array(bytes.buffer, start, s.length);
    views.set(s.name, view);
  }
  const need = ['lex.keys', 'lex.mask', 'lex.dict', 'tagger.table', 'tagger.entries', 'parser.table', 'parser.entries'];
  const missing = need.filter((n) => !views.has(n));
  if (missing.length) return bad(`missing sections ${missing.join(', ')}`);
  if (views.get('clu.keys')?.length !== views.get('clu.ids')?.length) return bad('word classes: keys and ids differ in length');
  const v = <T>(n: string) => views.get(n) as T;
  const lin = (p: 'tagger' | 'parser'): FrozenLinear => ({
    nClasses: header[p].nClasses,
    scale: header[p].scale,
    table: v<Uint32Array>(`${p}.table`),
    entries: v<Int32Array>(`${p}.entries`),
  });
  const tagger = lin('tagger');
  const parser = lin('parser');
  for (const f of [tagger, parser]) {
    const cap = slots(f);
    if (cap < 2 || (cap & (cap - 1)) !== 0 || f.table[2 * cap + 1] !== f.entries.length) return bad('inconsistent weight tables');
    for (let j = 0; j < f.entries.length; j++) if ((f.entries[j]! & 255) >= f.nClasses) return bad('a weight names a class out of range');
  }
  if (tagger.nClasses !== header.tags.length || parser.nClasses !== 2 + 2 * header.labels.length || !header.labels.includes('root')) return bad('class counts do not match tags and labels');
  const internals: ModelInternals = {
    tags: header.tags,
    labels: header.labels,
    lexicon: {
      keys: v<Uint32Array>('lex.keys'),
      mask: v<Uint32Array>('lex.mask'),
      dict: v<Uint8Array>('lex.dict'),
      // A model trained without word classes has none: every word is unknown to them.
      clusters: views.has('clu.keys') ? { keys: v<Uint32Array>('clu.keys'), ids: v<Uint32Array>('clu.ids') } : NO_CLUSTERS,
    },
    tagger,
    parser,
  };
  return ok({ version: header.version, bytes: bytes.length, internals });
}
