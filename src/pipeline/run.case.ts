/**
 * Test helper: codes a text end to end through the default pipeline (built
 * once per test file) and returns its events. Throws on any expected
 * failure, since a test sentence that fails to ingest is a broken test.
 */
import { makeConfig } from '../config.js';
import { buildDefaultPipeline } from './default.js';
import { toArticle } from '../ingest/article.js';
import type { CodedEvent } from '../core/event.js';

let built: ReturnType<typeof buildDefaultPipeline> | null = null;

/** The events the default pipeline codes from `text`, published on `published`. */
export function codeText(text: string, published: string | null, origin: string): CodedEvent[] {
  built ??= (() => {
    const cfg = makeConfig({});
    if (!cfg.ok) throw new Error(cfg.issues.map((i) => i.message).join('\n'));
    return buildDefaultPipeline(cfg.value);
  })();
  if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('\n'));
  const art = toArticle({ text, published, origin });
  if (!art.ok) throw new Error(art.issues.map((i) => i.message).join('\n'));
  const doc = built.value.process(art.value);
  if (!doc.ok) throw new Error(doc.issues.map((i) => i.message).join('\n'));
  return doc.value.events;
}
