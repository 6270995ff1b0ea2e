// The finance register and the estimate (issue 15, migration 0015).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './column-types';

/** The finance register (issue 15, 20261202_0015_finance): one money movement of the centre. */
export interface FinanceEntriesTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  occurred_on: string;
  amount_grosze: number;
  grantor_kind: string | null;
  partner_id: string | null;
  grantor_name: string | null;
  category: string | null;
  income_source: string | null;
  description: string;
  document_ref: string | null;
  source: Generated<string>;
  source_ref: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export type FinanceEntryRow = Selectable<FinanceEntriesTable>;
/** One line of a year's estimate (preliminarz): planned income or expense, in grosze. */
export interface FinancePlanLinesTable {
  centre_id: string;
  year: number;
  line: string;
  amount_grosze: number;
  updated_by: string | null;
  updated_at: Timestamp;
}
