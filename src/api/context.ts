import type { Pipeline } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import type { AnswerCache } from './cache.js';

/** What the handlers share: the store, the coder, and who may add documents. */
export interface ApiDeps {
  store: Store;
  /** Codes posted documents; made when first needed when absent (loading it takes a second). */
  coder: () => Pipeline;
  /** When set, POST /api/documents needs it as a bearer token; without it, only this machine may post. */
  token?: string;
  /** The built dashboard's folder; none serves a page saying how to build it. */
  webRoot?: string;
  /** Kept answers to GET requests; the app makes its own when none is given. */
  cache?: AnswerCache;
}
