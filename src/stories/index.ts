/**
 * Stories: near-copies of one article (syndication, rewrites with a new
 * headline or dateline) folded together with MinHash and LSH, so counts take
 * a story once while the ledger keeps every outlet.
 */
export { fileStory, fileStories, fileMissingStories, reportLinks, COPY_CONTAINMENT, MIN_JACCARD, MIN_SHINGLES } from './story.js';
export type { StoryMatch, StoryItem } from './story.js';
export { shingles, signature, jaccard, containment, bands } from './minhash.js';
export { storyReport } from './report.js';
export type { StoryReport, StoryCopy } from './report.js';
