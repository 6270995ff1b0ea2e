import { AppError } from '../app-error';

/** The refusal of an erasure (409) with the Polish reasons, one per record that must be kept. */
export function erasureBlocked(reasons: string[]): AppError {
  return new AppError('ERASURE_BLOCKED_BY_RECORDS', {
    message: `Tego wpisu nie można usunąć: ${reasons.join(' ')}`,
    details: { reasons },
  });
}
