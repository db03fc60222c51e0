import type { DuckDBValue } from '@duckdb/node-api';
import type { ActorCount, DyadCount, EventFilter, Interval, PlaceCount, TimelinePoint } from '../model/index.js';
import type { Database } from './database.js';
import { whereOf } from './filter.js';

/** Whether a filter sets nothing but a country and dates, which country_days answers alone. */
function countryOnly(f: EventFilter): f is EventFilter & { country: string } {
  const set = Object.entries(f).filter(([k, v]) => v !== undefined && k !== 'limit' && k !== 'cursor').map(([k]) => k);
  return f.country !== undefined && set.every((k) => k === 'country' || k === 'from' || k === 'to');
}

/**
 * Events per day, week (from Monday) or month matching `filter`, with the Goldstein mean and sum.
 * Counted per day first, from country_days where the filter is a country and dates: truncating a
 * few thousand days is far cheaper than millions of events.
 */
export async function timeline(db: Database, filter: EventFilter, interval: Interval): Promise<TimelinePoint[]> {
  let daily: string, params: DuckDBValue[];
  if (countryOnly(filter)) {
    const dates = [filter.from ? 'day >= ?::DATE' : '', filter.to ? 'day <= ?::DATE' : ''].filter(Boolean).map((c) => ` AND ${c}`).join('');
    daily = `SELECT day, n, goldstein_sum AS total FROM country_days WHERE country = ?${dates}`;
    params = [filter.country, ...[filter.from, filter.to].filter((d): d is string => d !== undefined)];
  } else {
    const where = whereOf(filter);
    daily = `SELECT e.date AS day, count(*) AS n, sum(e.goldstein) AS total FROM events e
      ${where.sql ? `${where.sql} AND` : 'WHERE'} e.date IS NOT NULL GROUP BY 1`;
    params = where.params;
  }
  const rows = await db.read(
    `SELECT date_trunc('${interval}', day)::DATE::VARCHAR AS period, sum(n)::INTEGER AS n, sum(total) / sum(n) AS mean, sum(total) AS total
     FROM (${daily}) GROUP BY 1 ORDER BY 1`, params);
  return rows.map((r) => ({ period: r.period as string, count: r.n as number, goldsteinMean: round(r.mean as number), goldsteinSum: round(r.total as number) }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The source–target pairs with the most events matching `filter`; an event without a target is no pair. */
export async function topDyads(db: Database, filter: EventFilter, limit = filter.limit): Promise<DyadCount[]> {
  const where = whereOf(filter);
  const rows = await db.read(
    `SELECT e.source_code AS source, e.target_code AS target, count(*)::INTEGER AS n, avg(e.goldstein) AS mean
     FROM events e ${where.sql ? `${where.sql} AND` : 'WHERE'} e.source_code IS NOT NULL AND e.target_code IS NOT NULL
     GROUP BY 1, 2 ORDER BY n DESC, source, target LIMIT ?`, [...where.params, limit]);
  return rows.map((r) => ({ source: r.source as string | null, target: r.target as string | null, count: r.n as number, goldsteinMean: round(r.mean as number) }));
}

/** The actors (as source or target) in the most events matching `filter`. */
export async function topActors(db: Database, filter: EventFilter, limit = filter.limit): Promise<ActorCount[]> {
  const where = whereOf(filter);
  const rows = await db.read(
    `WITH m AS (SELECT * FROM events e ${where.sql}),
       sides AS (SELECT source_code AS code, source_name AS name, source_country AS country FROM m WHERE source_code IS NOT NULL
                 UNION ALL SELECT target_code, target_name, target_country FROM m WHERE target_code IS NOT NULL)
     SELECT code, mode(name) AS name, mode(country) AS country, count(*)::INTEGER AS n
     FROM sides GROUP BY code ORDER BY n DESC, code LIMIT ?`, [...where.params, limit]);
  return rows.map((r) => ({ code: r.code as string, name: r.name as string | null, country: r.country as string | null, count: r.n as number }));
}

/** The places with the most events matching `filter`. */
export async function topPlaces(db: Database, filter: EventFilter, limit = filter.limit): Promise<PlaceCount[]> {
  const where = whereOf(filter);
  const placed = where.sql ? `${where.sql} AND e.place_name IS NOT NULL` : 'WHERE e.place_name IS NOT NULL';
  const rows = await db.read(
    `SELECT e.place_name AS name, e.place_country AS country, avg(e.place_lat) AS lat, avg(e.place_lon) AS lon, count(*)::INTEGER AS n
     FROM events e ${placed} GROUP BY 1, 2 ORDER BY n DESC, name LIMIT ?`, [...where.params, limit]);
  return rows.map((r) => ({ name: r.name as string, country: r.country as string | null, lat: r.lat as number | null, lon: r.lon as number | null, count: r.n as number }));
}

/**
 * Actors named in stored documents whose code starts with `q` (in capitals) or whose name or words
 * contain it, most mentioned first: "CHN", "xi jinping".
 */
export async function searchActors(db: Database, q: string, limit = 20): Promise<ActorCount[]> {
  const code = /^[A-Z0-9]+$/.test(q);
  const rows = await db.read(
    `SELECT actor_code AS code, mode(actor_name) AS name, mode(actor_country) AS country, count(*)::INTEGER AS n
     FROM actor_mentions WHERE ${code ? 'starts_with(actor_code, ?)' : '(contains(lower(actor_name), ?) OR contains(lower(actor_text), ?))'}
     GROUP BY actor_code ORDER BY n DESC, code LIMIT ?`, code ? [q, limit] : [q.toLowerCase(), q.toLowerCase(), limit]);
  return rows.map((r) => ({ code: r.code as string, name: r.name as string | null, country: r.country as string | null, count: r.n as number }));
}
