import { seededRandom as rng, shuffled } from '../../core/random.js';
import { ArcEagerState, validMoves, moveCosts, isProjective, projectivize } from './arc-eager.js';
import type { ConlluSentence } from './conllu.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { type Clusters, NO_CLUSTERS } from './clusters.js';
import { freeze, type FrozenLinear } from './linear.js';
import { AveragedPerceptron } from './perceptron.js';
import { parserFeatures, MAX_PARSER_FEATURES, type ParserInput } from './parser-features.js';
import { parserInput, parseGreedy, frozenScorer } from './parse.js';
import { tokenPieces, type TokenPieces } from './tagger-features.js';
import { tagGreedy, trainTaggerSentence } from './tagger.js';

/** 0..n-1 in an order drawn from `rand`. */
const order = (n: number, rand: () => number): number[] => shuffled(Array.from({ length: n }, (_, i) => i), rand);

export interface TaggerTrained {
  lexicon: Lexicon;
  model: FrozenLinear;
  epochs: number;
  /** Dev accuracy per epoch. */
  curve: number[];
}

function tagAccuracy(pieces: TokenPieces[], gold: number[][], m: FrozenLinear, nTags: number): number {
  let ok = 0, n = 0;
  const score = frozenScorer(m);
  pieces.forEach((p, s) => {
    const t = tagGreedy(p, score, nTags);
    for (let i = 0; i < p.n; i++, n++) if (t[i] === gold[s]![i]) ok++;
  });
  return ok / Math.max(1, n);
}

/**
 * Trains the tagger for `epochs` passes; with dev data, keeps the epoch
 * with the best dev accuracy (the first when tied).
 */
export function trainTagger(train: ConlluSentence[], tags: string[], epochs: number, seed: number, dev?: ConlluSentence[], clusters: Clusters = NO_CLUSTERS): TaggerTrained {
  const id = (t: string) => Math.max(0, tags.indexOf(t));
  const gold = train.map((s) => s.upos.map(id));
  const lexicon = buildLexicon(train.flatMap((s, k) => s.forms.map((f, i): [string, number] => [f, gold[k]![i]!])), clusters);
  const pieces = train.map((s) => tokenPieces(s.forms, lexicon));
  const devPieces = dev?.map((s) => tokenPieces(s.forms, lexicon)) ?? [];
  const devGold = dev?.map((s) => s.upos.map(id)) ?? [];
  const model = new AveragedPerceptron(tags.length);
  const scores = new Float64Array(tags.length);
  const rand = rng(seed);
  let best: FrozenLinear | undefined;
  let bestAcc = -1, bestEpoch = 0;
  const curve: number[] = [];
  for (let e = 1; e <= epochs; e++) {
    for (const k of order(train.length, rand)) trainTaggerSentence(pieces[k]!, gold[k]!, model, scores);
    if (!dev && e < epochs) continue;
    const frozen = freeze(tags.length, model.averaged());
    const acc = dev ? tagAccuracy(devPieces, devGold, frozen, tags.length) : 0;
    curve.push(acc);
    if (acc > bestAcc) [best, bestAcc, bestEpoch] = [frozen, acc, e];
  }
  return { lexicon, model: best!, epochs: bestEpoch, curve };
}

/**
 * Jackknifed tags for the training set: each of `folds` parts is tagged
 * by a tagger (with its own lexicon) trained on the other parts, so the
 * parser learns from tags as noisy as those it will see.
 */
export function jackknifeTags(train: ConlluSentence[], tags: string[], folds: number, epochs: number, seed: number, clusters: Clusters = NO_CLUSTERS): Int32Array[] {
  const out: Int32Array[] = new Array(train.length);
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, i) => i % folds !== f);
    const t = trainTagger(rest, tags, epochs, seed + f + 1, undefined, clusters);
    const score = frozenScorer(t.model);
    train.forEach((s, i) => {
      if (i % folds === f) out[i] = tagGreedy(tokenPieces(s.forms, t.lexicon), score, tags.length);
    });
  }
  return out;
}

export interface ParserTrainOptions {
  epochs: number;
  seed: number;
  /** First epoch (1-based) that follows the model's wrong moves. */
  exploreFrom: number;
  /** Probability of following a wrong predicted move from then on. */
  exploreP: number;
  log?: (msg: string) => void;
  /** Called with each new best model (by dev LAS), e.g. to save it as training goes. */
  onBest?: (model: FrozenLinear, epoch: number) => void;
}

interface Prepared {
  n: number;
  x: ParserInput;
  gh: Int32Array;
  gl: Int32Array;
}

/** Projectivizes (lifting) and indexes gold trees; returns how many were lifted. */
function prepare(sents: ConlluSentence[], tagsPerSent: ArrayLike<number>[], lexicon: Lexicon, labels: string[], nTags: number): { data: Prepared[]; lifted: number } {
  let lifted = 0;
  const data = sents.map((s, k) => {
    let heads = s.head;
    if (!isProjective(heads)) {
      heads = projectivize(heads);
      lifted++;
    }
    const x = parserInput(tokenPieces(s.forms, lexicon), tagsPerSent[k]!, nTags);
    return { n: s.forms.length, x, gh: Int32Array.from([0, ...heads]), gl: Int32Array.from([0, ...s.deprel.map((d) => Math.max(0, labels.indexOf(d)))]) };
  });
  return { data, lifted };
}

/** Unlabelled and labelled (full relation) attachment of a frozen parser on prepared data. */
function attachment(data: Prepared[], m: FrozenLinear, nLabels: number, rootLabel: number): { uas: number; las: number } {
  const st = new ArcEagerState();
  const score = frozenScorer(m);
  let n = 0, u = 0, l = 0;
  for (const d of data) {
    parseGreedy(st, d.x, d.n, score, nLabels, rootLabel);
    for (let i = 1; i <= d.n; i++, n++) {
      if (st.head[i] === d.gh[i]) {
        u++;
        if (st.label[i] === d.gl[i]) l++;
      }
    }
  }
  return { uas: u / n, las: l / n };
}

/**
 * Trains the arc-eager parser with the dynamic oracle and error
 * exploration (Goldberg & Nivre 2012): on a wrong move the model is pushed
 * toward the best-scoring zero-cost move, and from `exploreFrom` on the
 * wrong move is followed with probability `exploreP`. Keeps the epoch with
 * the best dev LAS.
 */
export function trainParser(
  train: ConlluSentence[],
  trainTags: ArrayLike<number>[],
  dev: ConlluSentence[],
  devTags: ArrayLike<number>[],
  lexicon: Lexicon,
  labels: string[],
  nTags: number,
  opt: ParserTrainOptions,
): { model: FrozenLinear; epoch: number; lifted: number; curve: { uas: number; las: number }[] } {
  const L = labels.length;
  const rootLabel = labels.indexOf('root');
  const nClasses = 2 + 2 * L;
  const { data, lifted } = prepare(train, trainTags, lexicon, labels, nTags);
  const devData = prepare(dev, devTags, lexicon, labels, nTags).data;
  const model = new AveragedPerceptron(nClasses);
  const st = new ArcEagerState();
  const feats = new Uint32Array(MAX_PARSER_FEATURES);
  const valid = new Uint8Array(nClasses);
  const cost = new Int32Array(nClasses);
  const scores = new Float64Array(nClasses);
  const rand = rng(opt.seed);
  const curve: { uas: number; las: number }[] = [];
  let best: FrozenLinear | undefined;
  let bestLas = -1, bestEpoch = 0;
  for (let e = 1; e <= opt.epochs; e++) {
    const t0 = Date.now();
    const explore = e >= opt.exploreFrom;
    for (const k of order(data.length, rand)) {
      const d = data[k]!;
      st.reset(d.n);
      while (!st.bufferEmpty()) {
        validMoves(st, L, rootLabel, valid);
        moveCosts(st, d.gh, d.gl, L, valid, cost);
        const nf = parserFeatures(st, d.x, feats);
        model.score(feats, nf, scores);
        let pred = -1, gold = -1;
        for (let c = 0; c < nClasses; c++) {
          if (!valid[c]) continue;
          if (pred < 0 || scores[c]! > scores[pred]!) pred = c;
          if (cost[c] === 0 && (gold < 0 || scores[c]! > scores[gold]!)) gold = c;
        }
        model.update(feats, nf, cost[pred] === 0 ? pred : gold, pred);
        const follow = cost[pred] === 0 || (explore && rand() < opt.exploreP);
        st.apply(follow ? pred : gold, L);
      }
    }
    const frozen = freeze(nClasses, model.averaged());
    const a = attachment(devData, frozen, L, rootLabel);
    curve.push(a);
    opt.log?.(`parser epoch ${e}: dev UAS ${a.uas.toFixed(4)} LAS(full) ${a.las.toFixed(4)} features ${model.rows.size} entries ${frozen.entries.length} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (a.las > bestLas) {
      [best, bestLas, bestEpoch] = [frozen, a.las, e];
      opt.onBest?.(frozen, e);
    }
  }
  return { model: best!, epoch: bestEpoch, lifted, curve };
}
