/** Where an error happened, as precisely as known. */
export interface ErrorContext {
  file?: string;
  line?: number;
  field?: string;
}

/**
 * An error meant for the user: a stable code, a one-line message and where it happened, e.g.
 * `E_DICT_PARSE at data/actors/states.yaml:212: expected ISO alpha-3, found "ARGN"`.
 */
export class CommuniqueError extends Error {
  override readonly name = 'CommuniqueError';
  constructor(
    readonly code: string,
    message: string,
    readonly context: ErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The one line a user sees. */
  describe(): string {
    const { file, line, field } = this.context;
    const where = file ? ` at ${file}${line ? `:${line}` : ''}${field ? ` (field ${field})` : ''}` : '';
    return `${this.code}${where}: ${this.message}`;
  }
}
