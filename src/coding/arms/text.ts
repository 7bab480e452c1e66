/** Small text helpers shared by the loader and the matchers. */

/**
 * Compact matching key: lower case, accents dropped, only letters and digits,
 * so "Shahed-136", "Shahed 136" and "shahed136" are one key.
 */
export function compactKey(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Word key for amount phrases: lower-case words joined by one space. */
export function wordKey(s: string): string {
  return s.toLowerCase().trim().split(/\s+/).join(' ');
}
