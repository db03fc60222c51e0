import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/**
 * The REST API under load: `communique serve` over a store of the examples, in its own process, and
 * 200 connections asking GET /api/events?limit=50 for `seconds` (autocannon, on loopback only);
 * before that, the median time of questions the server has not answered before, one at a time.
 */
export async function benchApi(seconds = 30, connections = 200) {
  const dir = mkdtempSync(join(tmpdir(), 'communique-api-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--db', join(dir, 'bench.duckdb'), '--init', 'examples', '--port', '0', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
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
    const result = await autocannon({ url: `${url}/api/events?limit=50`, connections, duration: seconds });
    return {
      connections, seconds, freshMedianMs: fresh[fresh.length >> 1]!,
      requests: result.requests.total,
      perSecond: result.requests.average,
      errors: result.errors + result.timeouts + result.non2xx,
      p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
