import { formatDiagnostic, type Diagnostic } from '../model/index.js';

/** Prints the first few diagnostics of each code, then counts the rest, so a folder of undated
 * files does not flood the terminal. */
export function createDiagnosticPrinter(err: NodeJS.WritableStream, quiet: boolean, perCode = 10) {
  const seen = new Map<string, number>();
  return {
    print(d: Diagnostic): void {
      const n = (seen.get(d.code) ?? 0) + 1;
      seen.set(d.code, n);
      if (quiet && d.level === 'warning') return;
      if (n <= perCode) err.write(`communique: ${formatDiagnostic(d)}\n`);
    },
    /** One line per code that had more than were printed. */
    finish(): void {
      for (const [code, n] of seen) {
        if (n > perCode && !quiet) err.write(`communique: … and ${n - perCode} more ${code}\n`);
      }
    },
  };
}

/** A progress line on a terminal: rewritten in place, cleared at the end. */
export function createProgress(err: NodeJS.WritableStream, enabled: boolean) {
  let last = 0;
  const started = performance.now();
  return {
    update(documents: number, sentences: number): void {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < 250) return;
      last = now;
      const s = (now - started) / 1000;
      err.write(`\r\x1b[2K${documents} documents, ${sentences} sentences, ${Math.round(sentences / s)} sentences/s`);
    },
    done(): void {
      if (enabled && last > 0) err.write('\r\x1b[2K');
    },
  };
}
