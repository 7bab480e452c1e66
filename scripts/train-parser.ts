/**
 * Trains dyadwatch's UPOS tagger and dependency parser on UD English EWT
 * and writes models/en-ewt.parser.bin. Deterministic: fixed seeds, sorted
 * tables, so the same treebank gives the same bytes.
 *
 * Usage: npm run train:parser [-- --treebank DIR] [--out FILE] [--quick]
 *          [--tagger-epochs N] [--parser-epochs N] [--prune FRACTION]
 *   --quick trains on 400 sentences for a few epochs (a smoke model).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { readConllu } from '../src/nlp/parser/conllu.js';
import { trainTagger, jackknifeTags, trainParser } from '../src/nlp/parser/train.js';
import { tokenPieces } from '../src/nlp/parser/tagger-features.js';
import { tagGreedy } from '../src/nlp/parser/tagger.js';
import { frozenScorer } from '../src/nlp/parser/parse.js';
import { saveModel, loadModel } from '../src/nlp/parser/model.js';
import { prune, type FrozenLinear } from '../src/nlp/parser/linear.js';
import { evaluateConllu } from '../src/nlp/parser/evaluate.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const quick = args.includes('--quick');
const dir = opt('--treebank', '../shared/treebank/en_ewt');
const out = opt('--out', 'models/en-ewt.parser.bin');
const SEED = 20251204;
const TAGGER_EPOCHS = quick ? 3 : Number(opt('--tagger-epochs', '10'));
const PARSER_EPOCHS = quick ? 3 : Number(opt('--parser-epochs', '14'));
const FOLDS = quick ? 2 : 5;
/** Budget for the parser's tables; the tagger and lexicon add about 3 MB. */
const MAX_BYTES = 36e6;
const PRUNE = Number(opt('--prune', quick ? '0' : '0.01'));

/**
 * Drops parser weights under PRUNE of the largest (they barely move a
 * decision but cost a memory access each), then prunes further until the
 * tables fit MAX_BYTES. Deterministic.
 */
function fitSize(m: FrozenLinear): FrozenLinear {
  let floor = PRUNE;
  let cur = PRUNE ? prune(m, PRUNE) : m;
  while (cur.table.byteLength + cur.entries.byteLength > MAX_BYTES) {
    floor = floor ? floor * 1.5 : 1e-4;
    cur = prune(m, floor);
  }
  if (floor) log(`pruned parser weights under ${floor.toExponential(2)} of the largest: ${cur.entries.length} of ${m.entries.length} kept`);
  return cur;
}

const log = (m: string) => console.error(`[${((Date.now() - T0) / 1000).toFixed(0)} s] ${m}`);
const T0 = Date.now();
let train = readConllu(join(dir, 'en_ewt-ud-train.conllu.gz'));
const dev = readConllu(join(dir, 'en_ewt-ud-dev.conllu.gz'));
if (quick) train = train.slice(0, 400);
const tags = [...new Set(train.flatMap((s) => s.upos))].sort();
const labels = [...new Set(train.flatMap((s) => s.deprel))].sort();
log(`train ${train.length} sentences, dev ${dev.length}; ${tags.length} tags, ${labels.length} relations`);

const tagger = trainTagger(train, tags, TAGGER_EPOCHS, SEED, dev);
log(`tagger: dev UPOS by epoch ${tagger.curve.map((x) => x.toFixed(4)).join(' ')}; kept epoch ${tagger.epochs}`);
const trainTags = jackknifeTags(train, tags, FOLDS, tagger.epochs, SEED);
const devScore = frozenScorer(tagger.model);
const devTags = dev.map((s) => tagGreedy(tokenPieces(s.forms, tagger.lexicon), devScore, tags.length));
log(`jackknifed train tags (${FOLDS} folds)`);

/** The version string names the kept epochs, so a run cut at epoch e writes what --parser-epochs e would. */
function versionOf(parserEpoch: number): string {
  return `dyadwatch-parser/1 en_ewt-2.15 tagger-e${tagger.epochs} parser-e${parserEpoch}${quick ? ' quick' : ''}`;
}

const parser = trainParser(train, trainTags, dev, devTags, tagger.lexicon, labels, tags.length, {
  epochs: PARSER_EPOCHS,
  seed: SEED,
  exploreFrom: 2,
  exploreP: 0.9,
  log,
  onBest: (m, e) => {
    // Keep the best model so far on disk, so a long run can be stopped early.
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(`${out}.epoch`, saveModel(versionOf(e), { tags, labels, lexicon: tagger.lexicon, tagger: tagger.model, parser: fitSize(m) }));
  },
});
log(`parser: ${parser.lifted} non-projective training trees projectivized by lifting; kept epoch ${parser.epoch}`);

const version = versionOf(parser.epoch);
const bytes = saveModel(version, { tags, labels, lexicon: tagger.lexicon, tagger: tagger.model, parser: fitSize(parser.model) });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const sha = createHash('sha256').update(bytes).digest('hex');
log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${sha}`);

const model = loadModel(bytes);
if (!model.ok) throw new Error(model.issues.map((i) => i.message).join('; '));
const report = {
  version,
  bytes: bytes.length,
  sha256: sha,
  train_seconds: Math.round((Date.now() - T0) / 1000),
  train_cpu_seconds: Math.round(process.cpuUsage().user / 1e6),
  dev: evaluateConllu(model.value, join(dir, 'en_ewt-ud-dev.conllu.gz')),
  test: evaluateConllu(model.value, join(dir, 'en_ewt-ud-test.conllu.gz')),
};
console.log(JSON.stringify(report, null, 2));
