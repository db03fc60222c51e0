import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the checkout: evaluation data that users' machines do not have. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEED = `${SHARED}seed/celac-summit-2023-01-25.txt`;

/** Whether the seed report is here; tests that read it skip, saying why, when it is not. */
export function hasSeed(): boolean {
  const ok = existsSync(SEED);
  if (!ok) console.log(`skipping seed tests: ${SEED} is absent (it sits beside the checkout only in development and CI)`);
  return ok;
}
