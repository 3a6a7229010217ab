// Typed errors with stable codes: library code throws these, only the CLI prints and exits.

export type KgErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_NO_ARTICLES'
  | 'INPUT_NOT_FILE'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_NAME'
  | 'INPUT_FORMAT'
  | 'INPUT_DUPLICATE'
  | 'INPUT_CHANGED'
  | 'OUTPUT_INVALID'
  | 'GRAPH_INVALID'
  | 'STORE_INVALID'
  | 'EXPORT_FAILED'
  | 'QUERY_UNKNOWN_ENTITY'
  | 'QUERY_SYNTAX'
  | 'QUERY_UNSUPPORTED'
  | 'QUERY_LIMIT'
  | 'USAGE';

export class KgError extends Error {
  readonly code: KgErrorCode;
  /** The file or value the error is about, when there is one. */
  readonly subject: string | undefined;

  constructor(code: KgErrorCode, message: string, subject?: string) {
    super(message);
    this.name = 'KgError';
    this.code = code;
    this.subject = subject;
  }
}
