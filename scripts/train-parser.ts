/**
 * Trains dyadwatch's UPOS tagger and dependency parser on UD English EWT
 * and writes models/en-ewt.parser.bin. Deterministic: fixed seeds, sorted
 * tables, so the same treebank gives the same bytes.
 *
 * Usage: npm run train:parser [-- --treebank DIR] [--out FILE] [--quick]
 *          [--tagger-epochs N] [--parser-epochs N] [--prune FRACTION]
 *          [--clusters FILE | --no-clusters]
 *   --quick trains on 400 sentences for a few epochs (a smoke model).
 *   --clusters: word classes from word vectors (models/word-clusters.bin,
 *   built by `npm run build:clusters`), copied into the model.
 */
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
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
import { loadClusters, NO_CLUSTERS } from '../src/nlp/parser/clusters.js';

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
const PARSER_EPOCHS = quick ? 3 : Number(opt('--parser-epochs', '18'));
const FOLDS = quick ? 2 : 5;
/** Budget for the parser's tables; the tagger and lexicon add about 3 MB. */
const MAX_BYTES = 36e6;
/**
 * Pruning levels tried on dev after training (--prune F,G,...). The default
 * keeps 0.01 alone: on 2026-12-05, 0.005 and 0.0025 gained dev UAS 0.0002
 * and 0.0008 but doubled the weights kept (2.3 M -> 4.1 and 4.4 M) and
 * parsed 27,000 words/s instead of 36,600 (the pipeline needs 30,000).
 */
const PRUNES = opt('--prune', quick ? '0' : '0.01').split(',').map(Number);

/**
 * Drops parser weights under PRUNE of the largest (they barely move a
 * decision but cost a memory access each), then prunes further until the
 * tables fit MAX_BYTES. Deterministic.
 */
function fitSize(m: FrozenLinear, level: number): FrozenLinear {
  let floor = level;
  let cur = level ? prune(m, level) : m;
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

const clustersFile = opt('--clusters', 'models/word-clusters.bin');
const loaded = args.includes('--no-clusters') ? undefined : loadClusters(readFileSync(clustersFile), clustersFile);
if (loaded && !loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
const clusters = loaded?.value ?? NO_CLUSTERS;
log(`word classes: ${clusters.keys.length ? `${clusters.keys.length} words from ${clustersFile}` : 'none'}`);

const tagger = trainTagger(train, tags, TAGGER_EPOCHS, SEED, dev, clusters);
log(`tagger: dev UPOS by epoch ${tagger.curve.map((x) => x.toFixed(4)).join(' ')}; kept epoch ${tagger.epochs}`);
const trainTags = jackknifeTags(train, tags, FOLDS, tagger.epochs, SEED, clusters);
const devScore = frozenScorer(tagger.model);
const devTags = dev.map((s) => tagGreedy(tokenPieces(s.forms, tagger.lexicon), devScore, tags.length));
log(`jackknifed train tags (${FOLDS} folds)`);

/** The version string names the kept epochs, so a run cut at epoch e writes what --parser-epochs e would. */
function versionOf(parserEpoch: number): string {
  return `dyadwatch-parser/2 en_ewt-2.15${clusters.keys.length ? ' glove-classes' : ''} tagger-e${tagger.epochs} parser-e${parserEpoch}${quick ? ' quick' : ''}`;
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
    writeFileSync(`${out}.epoch`, saveModel(versionOf(e), { tags, labels, lexicon: tagger.lexicon, tagger: tagger.model, parser: fitSize(m, PRUNES[0]!) }));
  },
});
log(`parser: ${parser.lifted} non-projective training trees projectivized by lifting; kept epoch ${parser.epoch}`);

const version = versionOf(parser.epoch);
/**
 * The pruning level, chosen on dev: the best dev LAS (then UAS) among the
 * levels tried, the more pruned (smaller, faster) level on a tie to four decimals.
 */
function choosePruned(): Uint8Array {
  let best: { bytes: Uint8Array; las: number; uas: number; level: number } | undefined;
  for (const level of PRUNES) {
    const b = saveModel(version, { tags, labels, lexicon: tagger.lexicon, tagger: tagger.model, parser: fitSize(parser.model, level) });
    const m = loadModel(b);
    if (!m.ok) throw new Error(m.issues.map((i) => i.message).join('; '));
    const d = evaluateConllu(m.value, join(dir, 'en_ewt-ud-dev.conllu.gz'));
    const [las, uas] = [Number(d.las.toFixed(4)), Number(d.uas.toFixed(4))];
    log(`pruned at ${level}: ${(b.length / 1e6).toFixed(2)} MB, dev UAS ${uas} LAS ${las}`);
    if (!best || las > best.las || (las === best.las && uas > best.uas)) best = { bytes: b, las, uas, level };
  }
  log(`kept pruning level ${best!.level}`);
  return best!.bytes;
}
const bytes = choosePruned();
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
