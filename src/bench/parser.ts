/**
 * `npm run bench:parser`: speed and memory of dyadwatch's tagger+parser on
 * EWT test (gold words), next to wink-nlp's full pipe (sbd, negation, pos)
 * on the same sentences' text in the same run, and wink's own UPOS on the
 * sentences where wink's tokens are exactly the treebank's words.
 * Usage: npm run build, then npm run bench:parser [-- TREEBANK.conllu(.gz)] [--model FILE]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadWink } from '../nlp/index.js';
import { readConllu, readParserModelFile, scoreParses, tagAndParse } from '../nlp/parser/index.js';

function rate(n: number, ms: number): string {
  return Math.round((n * 1000) / ms).toLocaleString('en-US');
}

/** CPU milliseconds (user + system) since `c0`: steadier than the wall clock on a shared machine. */
function cpuMs(c0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
}

function mb(n: number): string {
  return (n / 1e6).toFixed(1);
}

function main(): void {
  const args = process.argv.slice(2);
  const mi = args.indexOf('--model');
  const modelPath = mi >= 0 ? args[mi + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--model') ?? path.resolve('..', 'shared', 'treebank', 'en_ewt', 'en_ewt-ud-test.conllu.gz');
  if (!existsSync(file)) {
    console.error(`bench:parser: treebank not found at ${file}; pass a .conllu(.gz) path`);
    process.exitCode = 1;
    return;
  }
  const gold = readConllu(file);
  const tokens = gold.reduce((n, s) => n + s.forms.length, 0);
  const rss0 = process.memoryUsage().rss;
  const loaded = readParserModelFile(modelPath);
  if (!loaded.ok) {
    console.error(loaded.issues.map((i) => i.message).join('\n'));
    process.exitCode = 1;
    return;
  }
  const model = loaded.value;
  // Warm up both sides alike so neither figure carries JIT start-up.
  for (const s of gold.slice(0, 300)) tagAndParse(model, s.forms);
  const rssModel = process.memoryUsage().rss - rss0;
  const rounds = 3;
  let c0 = process.cpuUsage();
  let t0 = performance.now();
  let pred = gold.map((s) => tagAndParse(model, s.forms));
  for (let r = 1; r < rounds; r++) pred = gold.map((s) => tagAndParse(model, s.forms));
  const parseMs = (performance.now() - t0) / rounds;
  const parseCpuMs = cpuMs(c0) / rounds;
  const scores = scoreParses(gold, pred);

  const wink = loadWink();
  const its = wink.its;
  const texts = gold.map((s) => s.text ?? s.forms.join(' '));
  for (const t of texts.slice(0, 300)) wink.readDoc(t).tokens().out(its.pos);
  c0 = process.cpuUsage();
  t0 = performance.now();
  const winkTok: string[][] = [];
  const winkPos: string[][] = [];
  for (const t of texts) {
    const toks = wink.readDoc(t).tokens();
    winkTok.push(toks.out(its.value) as string[]);
    winkPos.push(toks.out(its.pos) as string[]);
  }
  const winkMs = performance.now() - t0;
  const winkCpuMs = cpuMs(c0);
  const winkTokens = winkTok.flat().length;
  const rssAll = process.memoryUsage().rss - rss0;

  // wink UPOS where its tokens are the treebank's words one for one.
  let same = 0, sameTok = 0, winkOk = 0, oursOk = 0;
  gold.forEach((g, s) => {
    const w = winkTok[s]!;
    if (w.length !== g.forms.length || w.some((x, i) => x !== g.forms[i])) return;
    same++;
    g.forms.forEach((_, i) => {
      sameTok++;
      if (winkPos[s]![i] === g.upos[i]) winkOk++;
      if (pred[s]!.upos[i] === g.upos[i]) oursOk++;
    });
  });

  console.log(`EWT ${path.basename(file)}: ${gold.length} sentences, ${tokens} words`);
  console.log(`dyadwatch tagger+parser: ${rate(tokens, parseMs)} words/s, ${rate(tokens, parseCpuMs)} per CPU second (one thread, gold words in), UPOS ${scores.upos} UAS ${scores.uas} LAS ${scores.las} LAS(full) ${scores.las_full}`);
  console.log(`wink full pipe (sbd, negation, pos) on the sentences' text: ${rate(winkTokens, winkMs)} tokens/s, ${rate(winkTokens, winkCpuMs)} per CPU second`);
  console.log(`wink UPOS on the ${same} sentences (${sameTok} words) whose wink tokens equal the treebank words: ${(winkOk / Math.max(1, sameTok)).toFixed(4)}; ours on the same words: ${(oursOk / Math.max(1, sameTok)).toFixed(4)}`);
  console.log(`model ${mb(model.bytes)} MB on disk; extra RSS after loading and warm-up ${mb(rssModel)} MB (with wink loaded too: ${mb(rssAll)} MB)`);
}

main();
