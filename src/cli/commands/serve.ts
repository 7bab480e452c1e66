import type { Config } from '../../config.js';
import type { DefaultPipeline } from '../../pipeline/default.js';
import type { Store } from '../../store/store.js';
import type { RunningServer } from '../../server/index.js';
import { listen } from '../../server/index.js';
import { formatIssues } from '../context.js';
import type { Io } from '../context.js';

/** How `serveUntilStopped` picks its port. */
export interface ServeOptions {
  /** Where the port came from the user (--port, DYADWATCH_PORT): never move off it. */
  portGiven: boolean;
  /** First line printed once listening, before the address. */
  label: string;
  /** Resolves when the server should stop; defaults to SIGINT or SIGTERM. */
  stopped?: Promise<void>;
}

/**
 * Starts the API and dashboard, prints the address and serves until stopped.
 * The default port being taken (another dyadwatch, say) is common enough that
 * the demo moves to a free port rather than fail; a port the user asked for is
 * kept, and its failure printed as a coded issue.
 */
export async function serveUntilStopped(config: Config, store: Store, pipeline: DefaultPipeline, io: Io, opts: ServeOptions): Promise<0 | 1> {
  let r = await listen(config, store, { pipeline });
  if (!r.ok && !opts.portGiven && r.issues[0]?.code === 'E809') {
    io.err(`${formatIssues(r.issues)}\nUsing a free port instead.`);
    r = await listen({ ...config, server: { ...config.server, port: 0 } }, store, { pipeline });
  }
  if (!r.ok) {
    io.err(formatIssues(r.issues));
    return 1;
  }
  const server: RunningServer = r.value;
  io.out(`${opts.label} ${server.url}  (Ctrl-C to stop)`);
  await (opts.stopped ?? untilSignal());
  await server.close();
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
