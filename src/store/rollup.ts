import { DATE } from '@duckdb/node-api';
import type { Database } from './database.js';

/**
 * Events per country and day (as source or target, once per event), kept beside the events so that
 * a country's timeline reads thousands of rows instead of millions. Written in the batch's
 * transaction, so it never disagrees with the events.
 */
export const COUNTRY_DAYS = `CREATE TABLE country_days (country VARCHAR NOT NULL, day DATE NOT NULL, n INTEGER NOT NULL, goldstein_sum DOUBLE NOT NULL)`;

const sides = (where: string) => `
  SELECT source_country AS country, date AS day, goldstein FROM events WHERE ${where} AND source_country IS NOT NULL
  UNION ALL
  SELECT target_country, date, goldstein FROM events WHERE ${where} AND target_country IS NOT NULL AND target_country IS DISTINCT FROM source_country`;

/** Fills country_days from every event (the migration that adds it). */
export const FILL_COUNTRY_DAYS = `INSERT INTO country_days SELECT country, day, count(*)::INTEGER, sum(goldstein) FROM (${sides('date IS NOT NULL')}) GROUP BY ALL`;

/** Recounts country_days for the days whose events a batch added, changed or removed. */
export async function refreshCountryDays(db: Database, days: Iterable<string | null>): Promise<void> {
  const dated = [...new Set(days)].filter((d): d is string => d !== null).sort();
  if (dated.length === 0) return;
  const bounds = [dated[0]!, dated.at(-1)!];
  await db.rows.with({ day: DATE }, dated.map((d) => [d]), async (batchDays) => {
    // The range lets DuckDB skip row groups by their date statistics before matching the days.
    const range = `date BETWEEN ?::DATE AND ?::DATE AND date IN (SELECT day FROM ${batchDays})`;
    await db.run(`DELETE FROM country_days WHERE day BETWEEN ?::DATE AND ?::DATE AND day IN (SELECT day FROM ${batchDays})`, bounds);
    await db.run(`INSERT INTO country_days SELECT country, day, count(*)::INTEGER, sum(goldstein) FROM (${sides(range)}) GROUP BY ALL`, [...bounds, ...bounds]);
  });
}
