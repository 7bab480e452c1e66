import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config.js';
import { PACKAGE_ROOT } from '../config.js';
import type { Store } from '../store/store.js';
import { StoreError } from '../store/store.js';
import { errorBody, hostOfHeader, isLoopback, sendError } from './http.js';
import { createHub } from './hub.js';
import { createResponseCache } from './cache.js';
import type { Hub } from './hub.js';
import type { AppContext, ServerDeps } from './context.js';
import { registerEvents } from './routes/events.js';
import { registerDyads } from './routes/dyads.js';
import { registerLedger } from './routes/ledger.js';
import { registerArticles } from './routes/articles.js';
import { registerStream } from './routes/stream.js';
import { registerSources } from './routes/sources.js';
import { registerStatic, DASHBOARD_CSP } from './static.js';
import { buildOpenApi } from './openapi.js';

/** Largest POST body accepted (one article). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * What the dashboard asks for first (network view, default stance filter):
 * computed once after listening so the first visitor hits the cache.
 */
export const WARM_PATHS = [
  '/api/dyads?modality=actual%2Cfuture%2Cconditional&limit=300',
  '/api/series?modality=actual%2Cfuture%2Cconditional&bucket=month',
];

/** The app and the stream hub it owns (startServer closes the hub on shutdown). */
export interface AppParts {
  app: Hono;
  hub: Hub;
}

/** Default location of the built dashboard. */
export function defaultWebRoot(): string {
  return path.join(PACKAGE_ROOT, 'web', 'dist');
}

/**
 * Builds the Hono app for a config and a store. Nothing is shared between
 * two apps: each has its own stream hub and reads only what it is given.
 */
export function createApp(config: Config, store: Store, deps: ServerDeps = {}): Hono {
  return assembleApp(config, store, deps).app;
}

/** createApp, also returning the hub so a server can stop it. */
export function assembleApp(config: Config, store: Store, deps: ServerDeps = {}): AppParts {
  const log = deps.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const hub = createHub(store, deps.pollMs ?? 1000, (e) => log(`dyadwatch stream: ${describe(e)}`));
  const ctx: AppContext = { config, store, deps, hub, log, cache: createResponseCache(store, deps.cache) };
  const app = new Hono();

  app.use('*', hostGuard(config.server.host));
  app.use('*', securityHeaders());
  app.use('/api/*', writeGuard(config.server.token));
  app.post('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => sendError(c, 413, 'E807', { max: MAX_BODY_BYTES }) }));

  registerEvents(app, ctx);
  registerDyads(app, ctx);
  registerLedger(app, ctx);
  registerArticles(app, ctx);
  registerStream(app, ctx);
  registerSources(app, ctx);
  app.get('/api/stats', async (c) => c.json({ ...(await store.stats()), store: store.kind, streamClients: hub.size }));
  const openapi = buildOpenApi(packageVersion());
  app.get('/openapi.json', (c) => c.json(openapi));
  registerStatic(app, deps.webRoot === undefined ? defaultWebRoot() : deps.webRoot);

  app.notFound((c) => sendError(c, 404, 'E802', { detail: `${c.req.method} ${c.req.path}` }));
  app.onError((err, c) => {
    // A bad cursor is the client's mistake, reported by the store as a coded value.
    if (err instanceof StoreError) return c.json(errorBody(err.issue), err.issue.code === 'E605' ? 400 : 500);
    log(`dyadwatch server: ${c.req.method} ${c.req.path}: ${describe(err)}`);
    return sendError(c, 500, 'E804');
  });
  return { app, hub };
}

/**
 * When bound to loopback, refuses requests whose Host is not a loopback
 * name: a web page on another site could otherwise rebind its DNS name to
 * 127.0.0.1 and read the API from the analyst's browser.
 */
function hostGuard(bindHost: string): MiddlewareHandler {
  const active = isLoopback(bindHost);
  return async (c, next) => {
    const header = c.req.header('host');
    if (active && header && !isLoopback(hostOfHeader(header))) {
      return sendError(c, 403, 'E810', { host: header.slice(0, 100) });
    }
    await next();
  };
}

const SECURITY_HEADERS: [string, string][] = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
  ['content-security-policy', DASHBOARD_CSP],
];

/** Headers on every response; the CSP makes injected markup inert even if a bug let it in. */
function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    // Set before the handler runs, so c.json/c.body build the response with them.
    // Setting them afterwards makes Hono rebuild a finished response as a stream,
    // which cost more than the whole cached answer of /api/events.
    for (const [k, v] of SECURITY_HEADERS) c.header(k, v);
    await next();
    // A handler returning a Response it built itself did not get them: add them the slow way.
    const headers = c.res.headers;
    if (headers.get('content-security-policy') === null) for (const [k, v] of SECURITY_HEADERS) c.header(k, v);
  };
}

/** Every request that is not a read needs `Authorization: Bearer <token>`. */
function writeGuard(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    const m = c.req.method;
    if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS') return next();
    if (!expected) return sendError(c, 401, 'E805');
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    // Compare digests in constant time so response timing reveals nothing about the token.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      c.header('www-authenticate', 'Bearer realm="dyadwatch"');
      return sendError(c, 401, 'E803');
    }
    return next();
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
