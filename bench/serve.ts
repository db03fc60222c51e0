import { spawn } from 'node:child_process';

export interface Serving {
  url: string;
  close(): Promise<void>;
}

/**
 * `communique serve --db FILE` in its own process, as users run it: the built command (npm run bench
 * builds first), on a free loopback port; with `init`, the files it ingests into an empty store first.
 */
export async function spawnServe(db: string, init: string[] = []): Promise<Serving> {
  const args = ['dist/cli/bin.js', 'serve', '--db', db, '--port', '0', '--quiet', ...init.flatMap((p) => ['--init', p])];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise((resolve) => server.once('exit', resolve));
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
    return {
      url,
      close: async () => {
        server.kill('SIGTERM');
        await exited;
      },
    };
  } catch (e) {
    server.kill('SIGTERM');
    throw e;
  }
}
