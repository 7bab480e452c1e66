import { readFileSync } from 'node:fs';
import { makeConfig } from './src/config.js';
import { buildDefaultPipeline } from './src/pipeline/default.js';
import { candidateSentences } from './src/coding/index.js';
import { hasCandidate } from './src/coding/match.js';
import { toArticle } from './src/ingest/article.js';
const cfg = makeConfig({}); if (!cfg.ok) throw 1;
const p = buildDefaultPipeline(cfg.value); if (!p.ok) throw 2;
let sents = 0, a1 = 0, a2 = 0, tok = 0, t1 = 0, t2 = 0;
for (const l of readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean)) {
  const o = JSON.parse(l);
  const a = toArticle({ text: o.text, published: o.published ?? null, origin: 'x' }); if (!a.ok) continue;
  const d = p.value.process(a.value); if (!d.ok) continue;
  const doc = d.value;
  const c = new Set(candidateSentences(doc, p.value.dicts.coding));
  const first = Math.min(...doc.mentions.map(m => m.sentence));
  for (const s of doc.sentences) {
    sents++; const n = s.tokenEnd - s.tokenStart; tok += n;
    if (c.has(s.index)) { a1++; t1 += n; }
    if (s.index >= first && hasCandidate(p.value.dicts.coding, doc.tokens, s.tokenStart, s.tokenEnd)) { a2++; t2 += n; }
  }
}
console.log({ sents, named: a1 / sents, coderGate: a2 / sents, tokNamed: t1 / tok, tokCoder: t2 / tok });
