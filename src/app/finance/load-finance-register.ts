import type { FinanceRegisterResponse } from '../../contracts/finance.contract';
import type { Db } from '../../db/connection';
import {
  findFinanceEntriesOfYear,
  findPayrollMonthsOfYear,
  findPlanLines,
} from '../../db/finance.repository';
import { findCentreById } from '../../db/centre.repository';
import { formatIsoMonth } from '../../domain/calendar';
import { FINANCE_BASIS, type PlanLine } from '../../domain/finance/categories';
import { buildFinanceRegister } from '../../domain/finance/register';
import { notFound } from '../app-error';
import { entryInput, presentFinanceEntry } from './present-finance-entry';

/**
 * A centre's finance register for a year, without a permission check: the register screen, its XLSX,
 * the finance summary of the annual report and the home page all build on it. The months a CIS should
 * have a closed payroll for are those of the year that have ended by `today`.
 */
export async function loadFinanceRegister(
  db: Db,
  centreId: string,
  year: number,
  today: string,
): Promise<FinanceRegisterResponse> {
  const centre = await findCentreById(db, centreId);
  if (!centre) throw notFound();
  const [rows, payrollMonths, planRows] = await Promise.all([
    findFinanceEntriesOfYear(db, centreId, year),
    findPayrollMonthsOfYear(db, centreId, year),
    findPlanLines(db, centreId, year),
  ]);
  const entries = rows.map(presentFinanceEntry);
  const currentMonth = today.slice(0, 7);
  const expected =
    centre.type === 'CIS'
      ? Array.from({ length: 12 }, (_, i) => formatIsoMonth(year, i + 1)).filter((m) => m < currentMonth)
      : [];
  const register = buildFinanceRegister({
    year,
    entries: entries.map(entryInput),
    payrollMonths,
    plan: Object.fromEntries(planRows.map((p) => [p.line, Number(p.amount_grosze)])) as Partial<
      Record<PlanLine, number>
    >,
    expectedPayrollMonths: expected,
  });
  return { ...register, centreType: centre.type, today, entries, basis: FINANCE_BASIS };
}
