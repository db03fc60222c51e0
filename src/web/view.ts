import type { Filters, ViewState } from './filters.js';

/** What every view gets: the state in the URL, and ways to change it (a new history entry). */
export interface ViewProps {
  state: ViewState;
  path: string;
  /** Goes to `path` (this page by default) with the state changed. */
  go: (change: Partial<ViewState>, path?: string) => void;
  /** The link to this page (or `path`) with the filters changed: for real <a> elements. */
  href: (filters: Filters, path?: string) => string;
}
