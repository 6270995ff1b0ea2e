import type { CallContext } from '../context';
import { forbidden } from '../app-error';
import { rolesOf } from '../pathway/shared';

/** True when the caller holds one of the roles in the centre. */
export const hasRole = (ctx: CallContext, ...roles: string[]) => rolesOf(ctx).some((r) => roles.includes(r));

/** Payroll is the accountant's and the director's work. */
export function requirePayrollStaff(ctx: CallContext): void {
  if (!hasRole(ctx, 'ACCOUNTANT', 'DIRECTOR')) throw forbidden();
}

/** The advisory lock that serialises computing, closing and advancing one centre's payroll month. */
export const payrollLockKey = (centreId: string, month: string) => `payroll:${centreId}:${month}`;
