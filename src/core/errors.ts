/** What went wrong, in words a test can check without matching prose. */
export type ErrorCode =
  | 'USAGE'
  | 'CANCELLED'
  | 'DECK_NOT_FOUND'
  | 'NO_CARDS'
  | 'PROGRESS_CORRUPT'
  | 'PROGRESS_IO'
  | 'PROGRESS_LOCKED'
  | 'EXAM_NOT_FOUND'
  | 'NOT_A_TTY'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'FILE_EXISTS';

const EXIT_CODES: Record<ErrorCode, number> = {
  USAGE: 2,
  CANCELLED: 0,
  DECK_NOT_FOUND: 2,
  NO_CARDS: 1,
  PROGRESS_CORRUPT: 1,
  PROGRESS_IO: 1,
  PROGRESS_LOCKED: 1,
  EXAM_NOT_FOUND: 1,
  NOT_A_TTY: 2,
  FILE_NOT_FOUND: 1,
  FILE_UNREADABLE: 1,
  FILE_EXISTS: 1,
};

/**
 * The one error type dea throws for anything a user can cause. Only cli.ts prints it and exits;
 * `hint` says what to do about it.
 */
export class DeaError extends Error {
  override readonly name = 'DeaError';
  readonly exitCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.exitCode = EXIT_CODES[code];
  }
}

export const isDeaError = (e: unknown): e is DeaError => e instanceof DeaError;
