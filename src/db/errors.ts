/** Whether a database error is a unique-constraint violation (optionally of a named constraint). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e.code !== '23505') return false;
  return !constraint || e.constraint === constraint || (e.message ?? '').includes(constraint);
}

/** What the HTTP layer answers for a database failure no use case caught (see `classifyDatabaseError`). */
export type DatabaseFailure =
  | { kind: 'unavailable'; reason: string }
  | {
      kind: 'conflict';
      code:
        | 'VERSION_CONFLICT'
        | 'DUPLICATE_PARTICIPANT'
        | 'EMAIL_TAKEN'
        | 'REGON_TAKEN'
        | 'PAYROLL_BUSY'
        | 'CONFLICT';
    }
  | { kind: 'closed' }
  | { kind: 'invalid' };

// A unique or exclusion constraint that only a race can violate, by name → the stable 409 code.
const CONSTRAINT_CODES: Record<string, Extract<DatabaseFailure, { kind: 'conflict' }>['code']> = {
  attendance_entries_pkey: 'VERSION_CONFLICT',
  participants_pesel_key: 'DUPLICATE_PARTICIPANT',
  users_email_key: 'EMAIL_TAKEN',
  centres_regon_key: 'REGON_TAKEN',
  payroll_months_centre_id_month_key: 'PAYROLL_BUSY',
  payroll_lines_one_benefit: 'PAYROLL_BUSY',
  payroll_lines_one_correction: 'PAYROLL_BUSY',
};

// SQLSTATEs of a server that is restarting, shutting down or unreachable (class 08, 57P01–57P03).
const UNAVAILABLE_STATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended',
  'Cannot use a pool after calling end',
];

/**
 * Classifies an error from the database driver: a server that is away (answered 503, the app keeps
 * running and reconnects), a constraint violation or a serialisation failure left by a concurrent
 * write (a stable 409 code), the frozen-payroll trigger, or a value the
 * database cannot hold (400). Anything else is not a database condition.
 */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (UNAVAILABLE_STATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))
    return { kind: 'unavailable', reason: code };
  if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m)))
    return { kind: 'unavailable', reason: 'CONNECTION' };
  if (code === 'P0001' && message.includes('payroll is closed')) return { kind: 'closed' };
  // Class 22: a value the database cannot hold (out of range, NUL byte, year 0): the input's fault.
  if (code.startsWith('22')) return { kind: 'invalid' };
  // Class 23: integrity constraints; 40001 serialisation failure; 40P01 deadlock; 55P03 lock not available.
  if (code.startsWith('23') || code === '40001' || code === '40P01' || code === '55P03') {
    const constraint = typeof e.constraint === 'string' ? e.constraint : '';
    return { kind: 'conflict', code: CONSTRAINT_CODES[constraint] ?? 'CONFLICT' };
  }
  return undefined;
}

/** Whether a database error is a foreign-key violation (a row still refers to the one being removed). */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23503';
}
