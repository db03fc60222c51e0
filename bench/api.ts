import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  // the built command, as users run it (npm run bench builds first)
  const server = spawn(process.execPath, ['dist/cli/bin.js', 'serve', '--db', join(dir, 'bench.duckdb'), '--init', 'examples', '--port', '0', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      server.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
        if (m) resolve(m[1]!);
      });
      server.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${err}`)));
    });
    // One client, questions never asked before: what an answer costs without the kept answers
    const fresh: number[] = [];
    for (let limit = 1; limit <= 40; limit++) {
      const t = performance.now();
      await (await fetch(`${url}/api/events?limit=${limit}`)).arrayBuffer();
      fresh.push(performance.now() - t);
    }
    fresh.sort((a, b) => a - b);
    const result = await load(`${url}/api/events?limit=50`, connections, seconds);
    return { connections, seconds, freshMedianMs: fresh[fresh.length >> 1]!, ...result };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
