/**
 * Stand-off annotation: every layer points into the one article text with
 * UTF-16 offsets (JavaScript string indices), end exclusive. Strings are never
 * copied between stages; slice `article.text` when a string is needed.
 */
export interface Span {
  start: number;
  end: number;
}
