import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServe } from './serve.js';

/**
 * `connections` clients on keep-alive sockets asking `url` again and again for `seconds`: the
 * latency of every answer, and the answers that were not 200. (autocannon's own parsing of a 50 kB
 * JSON body held it to a fifth of the requests a plain node client makes on this machine.)
 */
async function load(url: string, connections: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      await new Promise<void>((resolve) => {
        http.get(url, { agent }, (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - started);
            resolve();
          });
        }).on('error', () => {
          errors++;
          resolve();
        });
      });
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requests: latencies.length, perSecond: latencies.length / seconds, errors, p50: at(0.5), p99: at(0.99), max: at(1) };
}

/**
 * The REST API under load: `communique serve` over a store of the examples, in its own process, and
 * 200 connections asking GET /api/events?limit=50 for `seconds`, on loopback only; before that, the
 * median time of questions the server has not answered before, one at a time.
 */
export async function benchApi(seconds = 30, connections = 200) {
  const dir = mkdtempSync(join(tmpdir(), 'communique-api-'));
  try {
    const server = await spawnServe(join(dir, 'bench.duckdb'), ['examples']);
    try {
      // One client, questions never asked before: what an answer costs without the kept answers
      const fresh: number[] = [];
      for (let limit = 1; limit <= 40; limit++) {
        const t = performance.now();
        await (await fetch(`${server.url}/api/events?limit=${limit}`)).arrayBuffer();
        fresh.push(performance.now() - t);
      }
      fresh.sort((a, b) => a - b);
      const result = await load(`${server.url}/api/events?limit=50`, connections, seconds);
      return { connections, seconds, freshMedianMs: fresh[fresh.length >> 1]!, ...result };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
