import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Config } from '../config.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { assembleApp, WARM_PATHS } from './app.js';
import type { ServerDeps } from './context.js';
import { isLoopback } from './http.js';

export { createApp, assembleApp, defaultWebRoot, MAX_BODY_BYTES } from './app.js';
export type { ServerDeps, IngestFn } from './context.js';
export { buildOpenApi } from './openapi.js';

/** A listening server. */
export interface RunningServer {
  /** Base address, e.g. "http://127.0.0.1:8787" (the real port when 0 was asked). */
  url: string;
  /** Stops accepting connections, ends open streams, and resolves when closed. */
  close(): Promise<void>;
}

/**
 * Thrown by startServer for the expected refusals (E806, E809), carrying the
 * coded issue like StoreError does; callers that prefer values use listen().
 */
export class ServerError extends Error {
  readonly issue: Issue;
  constructor(found: Issue) {
    super(found.message);
    this.name = 'ServerError';
    this.issue = found;
  }
}

/**
 * Starts the API and the dashboard on config.server.host:port. Refuses
 * (E806) any non-loopback host without a token; a port in use is E809.
 * The caller owns the store and closes it after close().
 */
export async function listen(config: Config, store: Store, opts: ServerDeps = {}): Promise<Result<RunningServer>> {
  const { host, port, token, maxHeaderBytes, headersTimeoutMs, requestTimeoutMs } = config.server;
  if (!isLoopback(host) && !token) return fail(issue('E806', { host }));
  const { app, hub } = assembleApp(config, store, opts);
  return new Promise((resolve) => {
    // Node's own guards against abusive clients: header size (431), slow headers and slow bodies (408).
    // Timeouts are checked every second (Node checks every 30 s by default, which would let a slow client sit that long).
    const serverOptions = { maxHeaderSize: maxHeaderBytes, headersTimeout: headersTimeoutMs, requestTimeout: requestTimeoutMs, connectionsCheckingInterval: 1_000 };
    const server = serve({ fetch: app.fetch, hostname: host, port, serverOptions }) as Server;
    server.once('error', (e: NodeJS.ErrnoException) => {
      hub.close();
      resolve(fail(issue('E809', { host, port, detail: e.code ?? e.message })));
    });
    server.once('listening', () => {
      const addr = server.address() as AddressInfo;
      const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve(ok({ url: `http://${shown}:${addr.port}`, close: () => closeServer(server, hub.close) }));
      // Sequential and in the background: the server answers at once; errors were logged by the app.
      if (opts.warm !== false) void WARM_PATHS.reduce((p, path) => p.then(() => app.request(path)).then(() => {}), Promise.resolve());
    });
  });
}

/** listen(), rejecting with a ServerError (print `err.issue`) instead of returning a failed Result. */
export async function startServer(config: Config, store: Store, opts: ServerDeps = {}): Promise<RunningServer> {
  const r = await listen(config, store, opts);
  if (!r.ok) throw new ServerError(r.issues[0]!);
  return r.value;
}

/** Ends streams first (they would keep server.close() waiting forever), then the sockets. */
function closeServer(server: Server, stopHub: () => void): Promise<void> {
  stopHub();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // Streams end on the next tick after the hub closes; whatever is left (a
    // half-read upload, a slow client) is cut. Not unref'd: the cut must happen.
    setTimeout(() => server.closeAllConnections(), 50);
  });
}
