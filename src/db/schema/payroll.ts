// Payroll months and lines, bonuses, corrections, long jobs (migrations 0005, 0009).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp, Json } from './column-types';

export interface PayrollMonthsTable {
  id: Generated<string>;
  centre_id: string;
  month: string;
  status: Generated<string>;
  computed_at: Timestamp;
  computed_by: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  closed_by: string | null;
  closed_at: Date | null;
  rule_set: string;
  parameters: Json<unknown>;
  total_grosze: Generated<number>;
  version: Generated<number>;
}
export type PayrollMonthRow = Selectable<PayrollMonthsTable>;
export interface PayrollLinesTable {
  id: Generated<string>;
  centre_id: string;
  payroll_id: string;
  participant_id: string;
  kind: string;
  status: string;
  name: string;
  pesel: string | null;
  bank_account: string | null;
  paid_in_cash: boolean;
  inputs: Json<unknown>;
  explanation: Generated<string[]>;
  benefit_grosze: Generated<number>;
  bonus_grosze: Generated<number>;
  total_grosze: number;
  correction_id: string | null;
}
export type PayrollLineRow = Selectable<PayrollLinesTable>;
export interface BonusProposalsTable {
  id: Generated<string>;
  centre_id: string;
  month: string;
  participant_id: string;
  amount_grosze: number;
  justification: string;
  proposed_by: string | null;
  created_at: Timestamp;
}
export interface PayrollCorrectionsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  concerns_month: string;
  settle_month: string;
  amount_grosze: number;
  reason: string;
  created_by: string | null;
  created_at: Timestamp;
}
/** A long job run by the queue (20261202_0009_integrity). */
export interface JobRunsTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  status: Generated<'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'>;
  input: Generated<unknown>;
  payload: Buffer | null;
  progress_done: Generated<number>;
  progress_total: number | null;
  result: unknown | null;
  error: unknown | null;
  attempts: Generated<number>;
  worker: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
}
export type JobRunRow = Selectable<JobRunsTable>;
