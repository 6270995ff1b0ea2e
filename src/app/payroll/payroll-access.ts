/** The advisory lock that serialises computing, closing and advancing one centre's payroll month. */
export const payrollLockKey = (centreId: string, month: string) => `payroll:${centreId}:${month}`;
