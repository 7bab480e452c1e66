/** Renders rows as an aligned plain-text table (no colours: safe for pipes and logs). */
export function table(headers: string[], rows: (string | number | null)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => Math.min(60, (r[i] ?? '').length))));
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const s = c.length > 60 ? c.slice(0, 59) + '…' : c;
        return s.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** RFC 4180 CSV; cells that a spreadsheet would run as formulas are defused with a leading quote. */
export function csv(headers: string[], rows: (string | number | boolean | null)[][]): string {
  const cell = (v: string | number | boolean | null): string => {
    if (v === null || v === undefined) return '';
    let s = String(v);
    if (/^[=+\-@]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
