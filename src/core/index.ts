export type * from './span.js';
export type * from './article.js';
export type * from './nlp.js';
export type * from './actor.js';
export type * from './event.js';
export type * from './doc.js';
export type * from './result.js';
