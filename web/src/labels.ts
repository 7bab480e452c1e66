/** Display names and colours shared by the views. */

/** CAMEO root categories (two-digit codes) and the codes this tool cares most about. */
export const CODE_LABELS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Diplomatic cooperation', '06': 'Material cooperation', '07': 'Provide aid', '08': 'Yield',
  '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
  '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Mass violence', '062': 'Cooperate militarily', '072': 'Provide military aid', '0232': 'Appeal for military aid',
  '0234': 'Appeal for military protection', '0312': 'Intent to cooperate militarily', '074': 'Provide military protection',
};

/** Best label for a code: its own, else its root's. */
export function codeLabel(code: string): string {
  return CODE_LABELS[code] ?? CODE_LABELS[code.slice(0, 3)] ?? CODE_LABELS[code.slice(0, 2)] ?? '';
}

/** Presets offered by the code filter. */
export const CODE_PRESETS: [string, string][] = [
  ['', 'All codes'], ['06', '06 Material cooperation'], ['062', '062 Military cooperation'], ['07', '07 Provide aid'],
  ['072', '072 Military aid (arms)'], ['0232', '0232 Appeal for military aid'], ['15', '15 Force posture'],
  ['18', '18 Assault'], ['19', '19 Fight'],
];

export const QUAD_LABELS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;
export const QUAD_COLORS = ['#7cb342', '#2e7d32', '#f0a030', '#c62828'] as const;

/** Colour of an edge from its cooperation share: red (conflict) through amber to green (cooperation). */
export function balanceColor(coop: number): string {
  const t = Math.min(1, Math.max(0, coop));
  const red = [198, 40, 40];
  const amber = [230, 160, 40];
  const green = [46, 125, 50];
  const [from, to, u] = t < 0.5 ? [red, amber, t * 2] : [amber, green, (t - 0.5) * 2];
  const mix = from.map((c, i) => Math.round(c + (to[i]! - c) * u));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A fixed palette for PLOVER types (order of first appearance). */
export const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
