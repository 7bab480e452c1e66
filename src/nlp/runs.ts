/**
 * Long runs without whitespace (a base64 blob, 200,000 letters and a "!")
 * cost wink-nlp's tokenizer time that grows with the square of the run: its
 * punctuation regexes backtrack over the whole run (50,000 characters took
 * 2.8 s, 500,000 over 120 s). Before the NLP reads a text, every run longer
 * than `max` characters is split by a space every `max` characters. The text
 * keeps its length, so every token offset still points into the article.
 */

/** Where the runs longer than `max` were, and the text with each split into pieces of at most `max`. */
export interface SplitRuns {
  text: string;
  /** [start, end) of each run that was split. */
  runs: Array<{ start: number; end: number }>;
}

/** True for the characters wink treats as token separators here (ASCII and Unicode spaces). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Splits runs of more than `max` non-space characters; one linear pass, no regex. */
export function splitLongRuns(text: string, max: number): SplitRuns {
  const runs: SplitRuns['runs'] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      if (i - start > max) runs.push({ start, end: i });
      start = -1;
    }
  }
  if (runs.length === 0) return { text, runs };
  const parts: string[] = [];
  let at = 0;
  for (const r of runs) {
    parts.push(text.slice(at, r.start));
    for (let p = r.start; p < r.end; p += max) {
      // The last character of each full piece becomes a space (same length, so offsets hold).
      const end = Math.min(p + max, r.end);
      parts.push(end - p === max && end < r.end ? text.slice(p, end - 1) + ' ' : text.slice(p, end));
    }
    at = r.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), runs };
}
