import type { Config } from '../config.js';
import type { Result } from '../core/result.js';
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite.js';

/**
 * Opens the store the configuration names, applying migrations.
 * Failures are values: E601 (cannot open/connect), E602 (database newer than
 * this code), E606 (bad PostgreSQL schema name).
 */
export async function openStore(cfg: Config['store']): Promise<Result<Store>> {
  if (cfg.kind === 'sqlite') return openSqliteStore(cfg.path);
  // Loaded lazily so SQLite users never load the pg driver.
  const { openPostgresStore } = await import('./postgres/postgres.js');
  return openPostgresStore(cfg.url, cfg.schema);
}
