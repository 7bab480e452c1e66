/**
 * The ingest stage: read inputs (files, directories, stdin, JSON Lines,
 * HTML, feeds, gzip) as raw articles or coded skips, then normalize them
 * into Articles with a content-hash id and a parsed dateline.
 */
export { readInputs, readFileItems } from './read.js';
export type { InputItem, ReadOptions } from './read.js';
export { toArticle } from './article.js';
export { parseDateline, resolveYear, DATELINE_RULES } from './dateline.js';
export { normalizeText, contentId, normalizeDate } from './normalize.js';
export { createProgress } from './progress.js';
export type { Progress, ProgressOptions } from './progress.js';
