import pg from 'pg';
import { pgConnectionConfig } from '../store/postgres/postgres.js';

/**
 * A PostgreSQL database of one test or benchmark run alone (created now,
 * dropped by drop()), so parallel runs never collide. `server` is any
 * database URL on the server whose user may CREATE DATABASE.
 */
export async function scratchDatabase(stem: string, server: string = process.env.DYADWATCH_TEST_PG ?? 'postgres://127.0.0.1:5432/test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${stem}_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string): Promise<void> => {
    const c = new pg.Client(pgConnectionConfig(server));
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
