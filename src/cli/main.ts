import { pathToFileURL } from 'node:url';
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import type { Result } from '../core/result.js';
import type { DefaultPipeline } from '../pipeline/default.js';
import { issue } from '../core/errors.js';
import { parseCli, filterFromArgs, formatFromArgs } from './args.js';
import type { Parsed } from './args.js';
import type { Io } from './context.js';
import { configFromArgs, storeFor, formatIssues } from './context.js';
import { HELP } from './help.js';

/*
 * Each command imports what it needs when it runs, not when the CLI starts:
 * `ingest` with worker threads then holds no wink model, dictionaries, web
 * server or queue client on its main thread, which only reads and saves
 * (about 60 MiB less resident memory; see README, Ingest throughput).
 */

/** Exit codes: 0 ok, 1 the command failed on its input, 2 usage error. */
type Exit = 0 | 1 | 2;

interface Env {
  config: Config;
  values: Parsed['values'];
  args: string[];
  io: Io;
}

async function pipelineOr(io: Io, config: Config): Promise<DefaultPipeline | null> {
  const { buildDefaultPipeline } = await import('../pipeline/default.js');
  const p = buildDefaultPipeline(config);
  if (!p.ok) {
    io.err(formatIssues(p.issues));
    return null;
  }
  return p.value;
}

async function withStore(env: Env, f: (store: Store) => Promise<Exit>): Promise<Exit> {
  const s = await storeFor(env.config);
  if (!s.ok) {
    env.io.err(formatIssues(s.issues));
    return 1;
  }
  try {
    return await f(s.value);
  } finally {
    await s.value.close();
  }
}

const COMMANDS: Record<string, (env: Env) => Promise<Exit>> = {
  async ingest(env) {
    if (env.args.length === 0) return usage(env.io, 'ingest needs at least one PATH (or - for standard input)');
    if (env.values.queue) return (await import('./commands/queue.js')).enqueueCommand(env.config, env.args, env.io);
    let workers: number | undefined;
    if (env.values.workers !== undefined) {
      workers = Number(env.values.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
        return usage(env.io, formatIssues([issue('E902', { option: '--workers', detail: `"${env.values.workers}" is not a whole number from 0 to 64` })]));
      }
    }
    // Built only if this thread codes (a single batch, or --workers 0): with
    // worker threads it only reads and saves, and holds no NLP or dictionaries,
    // not even their modules (importing them costs this thread about 27 MiB).
    const { ingestCommand } = await import('./commands/ingest.js');
    const build = async () => (await import('../pipeline/default.js')).buildDefaultPipeline(env.config);
    return withStore(env, async (store) => {
      await ingestCommand(env.config, build, store, env.args, env.io, workers);
      return 0;
    });
  },
  async events(env) {
    const f = filterFromArgs(env.values);
    const fmt = formatFromArgs(env.values);
    if (!f.ok || !fmt.ok) return usage(env.io, formatIssues([...(f.ok ? [] : f.issues), ...(fmt.ok ? [] : fmt.issues)]));
    return withStore(env, async (store) => {
      env.io.out(await (await import('./commands/query.js')).eventsCommand(store, f.value, fmt.value));
      return 0;
    });
  },
  async dyads(env) {
    const f = filterFromArgs(env.values);
    const fmt = formatFromArgs(env.values);
    if (!f.ok || !fmt.ok) return usage(env.io, formatIssues([...(f.ok ? [] : f.issues), ...(fmt.ok ? [] : fmt.issues)]));
    return withStore(env, async (store) => {
      env.io.out(await (await import('./commands/query.js')).dyadsCommand(store, f.value, fmt.value));
      return 0;
    });
  },
  async show(env) {
    const id = env.args[0];
    if (!id) return usage(env.io, 'show needs an EVENT_ID (see `dyadwatch events`)');
    return withStore(env, async (store) => {
      const ev = await store.evidence(id);
      if (!ev) {
        env.io.err(formatIssues([issue('E603', { id })]));
        return 1;
      }
      if (env.values.json) {
        env.io.out(JSON.stringify(ev, null, 2));
        return 0;
      }
      // The tree is extra: without a readable model the evidence still shows, with the reason.
      const { readParserModelFile } = await import('../nlp/parser/index.js');
      const { loadWink } = await import('../nlp/index.js');
      const { evidenceTree } = await import('./commands/parse.js');
      const { formatEvidence } = await import('./commands/query.js');
      const model = readParserModelFile(env.config.parserModel);
      const tree = model.ok ? evidenceTree(loadWink(), model.value, ev) : [`tree      not available: ${formatIssues(model.issues)}`];
      env.io.out([formatEvidence(ev, env.io.isTTY), '', ...tree].join('\n'));
      return 0;
    });
  },
  async parse(env) {
    const treebank = env.values.eval;
    if (treebank === undefined && env.args.length === 0) return usage(env.io, 'parse needs a FILE (or - for standard input), or --eval TREEBANK.conllu[.gz]');
    const { readParserModelFile } = await import('../nlp/parser/index.js');
    const { parseEvalCommand, parseFilesCommand } = await import('./commands/parse.js');
    const model = readParserModelFile(env.config.parserModel);
    if (!model.ok) {
      env.io.err(formatIssues(model.issues));
      return 1;
    }
    if (treebank !== undefined) {
      const r = parseEvalCommand(model.value, treebank, Boolean(env.values.json));
      if (!r.ok) {
        env.io.err(formatIssues(r.issues));
        return 1;
      }
      env.io.out(r.value);
      return 0;
    }
    const { loadWink } = await import('../nlp/index.js');
    const issues = await parseFilesCommand(loadWink(), model.value, env.args, env.io.out, env.io.stdin ? { stdin: env.io.stdin } : {});
    if (issues.length) env.io.err(formatIssues(issues));
    return 0;
  },
  async eval(env) {
    const file = env.args[0];
    if (!file) return usage(env.io, 'eval needs a gold FILE (see ../shared/eval/FORMAT.md)');
    const p = await pipelineOr(env.io, env.config);
    if (!p) return 1;
    // Without a usable pair model the pair classifier falls back to the rules alone: said, not hidden.
    const { loadPairModel } = await import('../coding/index.js');
    const { evalCommand } = await import('./commands/eval.js');
    const model = loadPairModel(env.config.modelsDir);
    if (!model.ok) env.io.err(formatIssues(model.issues));
    const r = evalCommand(p, file, Boolean(env.values.json), model.ok ? model.value : null);
    if (!r.ok) {
      env.io.err(formatIssues(r.issues));
      return 1;
    }
    if (r.warnings?.length) env.io.err(formatIssues(r.warnings));
    env.io.out(r.value);
    return 0;
  },
  async audit(env) {
    const [sub, file] = env.args;
    const json = Boolean(env.values.json);
    const { auditSample, auditScore, auditRecheck } = await import('./commands/audit.js');
    const report = (r: Result<string>): Exit => {
      if (!r.ok) {
        env.io.err(formatIssues(r.issues));
        return 1;
      }
      env.io.out(r.value);
      return 0;
    };
    if (sub === 'score' && file) return report(auditScore(file, json));
    if (sub === 'recheck' && file) return withStore(env, async (store) => report(await auditRecheck(store, file, json)));
    if (sub !== 'sample') return usage(env.io, 'audit needs `sample`, `score FILE` or `recheck FILE` (see `dyadwatch help`)');
    const n = Number(env.values.n ?? 100);
    const seed = env.values.seed === undefined ? undefined : Number(env.values.seed);
    if (!Number.isInteger(n) || n < 1) return usage(env.io, formatIssues([issue('E902', { option: '--n', detail: `"${env.values.n}" is not a whole number of events` })]));
    if (seed !== undefined && (!Number.isInteger(seed) || seed < 0)) return usage(env.io, formatIssues([issue('E902', { option: '--seed', detail: `"${env.values.seed}" is not a whole number` })]));
    return withStore(env, async (store) =>
      report(
        await auditSample(store, {
          n,
          ...(seed !== undefined ? { seed } : {}),
          ...(env.values.out ? { out: env.values.out } : {}),
          ...(env.values.sheet ? { sheet: env.values.sheet } : {}),
          today: new Date().toISOString().slice(0, 10),
        }),
      ),
    );
  },
  async claims(env) {
    const f = filterFromArgs(env.values);
    const fmt = formatFromArgs(env.values, ['table', 'json']);
    if (!f.ok || !fmt.ok) return usage(env.io, formatIssues([...(f.ok ? [] : f.issues), ...(fmt.ok ? [] : fmt.issues)]));
    return withStore(env, async (store) => {
      const args = { format: fmt.value as 'table' | 'json', ...(f.value.dyad ? { dyad: f.value.dyad } : {}) };
      env.io.out(await (await import('../claims/index.js')).runClaimsCommand(store, args));
      return 0;
    });
  },
  async transfers(env) {
    const fmt = formatFromArgs(env.values);
    if (!fmt.ok) return usage(env.io, formatIssues(fmt.issues));
    const v = env.values;
    const { runTransfersCommand } = await import('../watch/transfers.js');
    return withStore(env, async (store) => {
      env.io.out(
        await runTransfersCommand(store, {
          ...(v.supplier ? { supplier: v.supplier.toUpperCase() } : {}),
          ...(v.recipient ? { recipient: v.recipient.toUpperCase() } : {}),
          ...(v.weapon ? { weapon: v.weapon } : {}),
          format: fmt.value as 'table' | 'csv' | 'json',
        }),
      );
      return 0;
    });
  },
  async watch(env) {
    const rulesPath = env.args[0];
    if (!rulesPath) return usage(env.io, 'watch needs a RULES.yaml file (see dictionaries/watch/example-rules.yaml)');
    return withStore(env, async (store) => {
      const { runWatchCommand } = await import('../watch/index.js');
      const code = await runWatchCommand(store, {
        rulesPath,
        once: Boolean(env.values.once),
        ...(env.values.webhook ? { webhook: env.values.webhook } : {}),
        ...(env.values.out ? { out: env.values.out } : {}),
      });
      return code === 0 ? 0 : 1;
    });
  },
  async serve(env) {
    const s = await storeFor(env.config);
    if (!s.ok) {
      env.io.err(formatIssues(s.issues));
      return 1;
    }
    const p = await pipelineOr(env.io, env.config);
    if (!p) return 1;
    const { serveUntilStopped } = await import('./commands/serve.js');
    const code = await serveUntilStopped(env.config, s.value, p, env.io, { portGiven: true, label: 'dyadwatch is serving' });
    await s.value.close();
    return code;
  },
  async follow(env) {
    const file = env.args[0];
    if (!file) return usage(env.io, 'follow needs a SOURCES.yaml file (see README: Following the news)');
    const p = await pipelineOr(env.io, env.config);
    if (!p) return 1;
    const { followCommand } = await import('./commands/follow.js');
    return withStore(env, (store) => followCommand(p, store, file, env.io, Boolean(env.values.once)));
  },
  async sources(env) {
    const fmt = formatFromArgs(env.values, ['table', 'json']);
    if (!fmt.ok) return usage(env.io, formatIssues(fmt.issues));
    return withStore(env, async (store) => {
      env.io.out(await (await import('./commands/follow.js')).sourcesCommand(store, fmt.value));
      return 0;
    });
  },
  async worker(env) {
    const p = await pipelineOr(env.io, env.config);
    if (!p) return 1;
    const { workerCommand } = await import('./commands/worker.js');
    return withStore(env, (store) => workerCommand(env.config, p, store, env.io));
  },
  async queue(env) {
    const failures = Number(env.values.failures ?? 10);
    if (!Number.isInteger(failures) || failures < 0 || failures > 10000) {
      return usage(env.io, formatIssues([issue('E902', { option: '--failures', detail: `"${env.values.failures}" is not a whole number from 0 to 10000` })]));
    }
    const { queueCommand } = await import('./commands/queue.js');
    return queueCommand(env.config, env.io, { failures, retryFailed: Boolean(env.values['retry-failed']), json: Boolean(env.values.json) });
  },
  async demo(env) {
    const p = await pipelineOr(env.io, env.config);
    if (!p) return 1;
    const { demoCommand } = await import('./commands/demo.js');
    return demoCommand(env.config, p, env.io, env.values);
  },
};

function usage(io: Io, message: string): Exit {
  io.err(`${message}\nRun \`dyadwatch help\` for usage.`);
  return 2;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<Exit> {
  const parsed = parseCli(argv);
  if (!parsed.ok) return usage(io, formatIssues(parsed.issues));
  const [command, ...args] = parsed.value.positionals;
  if (!command || command === 'help' || parsed.value.values.help) {
    io.out(HELP);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) return usage(io, formatIssues([issue('E901', { command })]));
  const config = configFromArgs(parsed.value.values, env);
  if (!config.ok) return usage(io, formatIssues(config.issues));
  return run({ config: config.value, values: parsed.value.values, args, io });
}

/** Io bound to this process's streams. */
export function processIo(): Io {
  const w = (s: NodeJS.WriteStream) => (text: string) => void s.write(text.endsWith('\n') ? text : text + '\n');
  return { out: w(process.stdout), err: w(process.stderr), isTTY: Boolean(process.stdout.isTTY), stdin: process.stdin };
}

/** Entry point for bin/dyadwatch.js and `npx tsx src/cli/main.ts`. */
export function runFromProcess(): void {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Only bugs reach here: expected failures are values with codes.
      process.stderr.write(`dyadwatch: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runFromProcess();
