/**
 * Splits a text into runs by highlight boundaries. The runs are rendered as
 * text nodes inside <mark> elements, so article text is never parsed as
 * markup, whatever it contains.
 */

export interface Mark<K extends string = string> {
  kind: K;
  start: number;
  end: number;
  /** Optional payload, e.g. the event id a trigger belongs to. */
  ref?: string;
}

export interface Run<K extends string = string> {
  text: string;
  start: number;
  /** Highlights covering the run, in the order given. */
  marks: Mark<K>[];
}

/** Runs covering the whole text; overlapping highlights give runs with several marks. */
export function runs<K extends string>(text: string, marks: readonly Mark<K>[]): Run<K>[] {
  const valid = marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run<K>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ text: text.slice(start, end), start, marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
