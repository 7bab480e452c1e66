import type { Component } from '../core/doc.js';
import type { Gazetteer } from './gazetteer.js';
import { contextMentions } from './context.js';

export { loadGazetteer, compileGazetteer } from './gazetteer.js';
export type { Gazetteer, GazetteerCounts } from './gazetteer.js';
export { loadDicts } from './load.js';
export { isPlaceReading, PLACE_RULE } from './readings.js';
export type { DictData } from './schema.js';

/**
 * The actors component: finds states, capitals, demonyms, bodies, officials,
 * groups and outlets in the tokens. Roles are resolved at the article date
 * (published, else the dateline's date; undated → current roles).
 */
export function createActorsComponent(gaz: Gazetteer): Component {
  return {
    name: 'actors',
    requires: ['tokens'],
    assigns: ['mentions'],
    run(doc) {
      const a = doc.article;
      const date = a.published ?? a.dateline?.date ?? null;
      const found = contextMentions(a.text, doc.tokens, gaz.mentions(a.text, doc.tokens, date));
      // A place in a dateline ("MOSCOW, June 2 (Reuters) -") says where, not who; its outlet is kept.
      const d = a.dateline;
      doc.mentions = d ? found.filter((m) => m.kind === 'outlet' || m.start >= d.span.end || m.end <= d.span.start) : found;
    },
  };
}
