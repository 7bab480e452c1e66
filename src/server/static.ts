import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Context, Hono } from 'hono';

/** Content types of the files Vite emits (anything else is served as bytes). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Policy for the dashboard: scripts only from this origin (Vite emits no
 * inline script), so even a markup bug in the client could not run injected code.
 */
export const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Serves the built dashboard from `root` (GET and HEAD only; never outside root). */
export function registerStatic(app: Hono, root: string | null): void {
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
    if (root === null) return c.req.path === '/' ? notBuilt(c) : next();
    const file = resolveInside(root, c.req.path === '/' ? '/index.html' : c.req.path);
    if (!file) return next();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return c.req.path === '/' ? notBuilt(c) : next();
    const body = await readFile(file);
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Vite fingerprints everything under assets/, so those can be cached for good.
    const cache = c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(body, 200, { 'content-type': type, 'cache-control': cache });
  });
}

/** Absolute path of a URL path inside root, or null for anything that escapes it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, `.${path.posix.normalize(decoded)}`);
  return full === base || full.startsWith(base + path.sep) ? full : null;
}

/** A fixed page (no request data in it) saying how to build the dashboard. */
function notBuilt(c: Context): Response {
  return c.html(
    '<!doctype html><meta charset="utf-8"><title>dyadwatch</title>' +
      '<p>The dyadwatch API is running (see <a href="/openapi.json">/openapi.json</a>), ' +
      'but the dashboard is not built. Run <code>npm run build:web</code> and reload.</p>',
    200,
  );
}
