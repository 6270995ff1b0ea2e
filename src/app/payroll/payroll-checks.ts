import type { Db } from '../../db/connection';
import { findBenefitApplications, findWorkshopMonthStates } from '../../db/payroll-evidence.repository';
import { findPayrollLines } from '../../db/payroll-lines.repository';
import type { PayrollLineRow, PayrollMonthRow } from '../../db/schema';
import { AppError } from '../app-error';
import { computeLines, monthRange } from './compute-lines';
import { attendanceGaps, gapBlockers, sameLines } from './payroll-freshness';

type LineFacts = Pick<
  PayrollLineRow,
  'participant_id' | 'name' | 'status' | 'bank_account' | 'paid_in_cash' | 'total_grosze' | 'kind' | 'inputs'
>;

/**
 * What stops a month from closing, in Polish: class days without a status, a payment without an NRB,
 * a day off the law does not give, a benefit without a granted application, a workshop's register
 * not locked.
 */
export async function blockersOf(
  db: Db,
  centreId: string,
  month: string,
  lines: LineFacts[],
  gaps?: Map<string, { name: string; dates: string[] }>,
) {
  const { from, to } = monthRange(month);
  const blockers: string[] = [];
  const people = [...new Set(lines.map((l) => l.participant_id))];
  blockers.push(...gapBlockers(gaps ?? (await attendanceGaps(db, centreId, month, people))));
  for (const l of lines) {
    if (l.status === 'PAY' && l.total_grosze > 0 && !l.bank_account && !l.paid_in_cash)
      blockers.push(
        `${l.name}: brak rachunku bankowego (NRB) — wpisz rachunek albo zaznacz wypłatę gotówką.`,
      );
    // A day off the law does not give (art. 15 ust. 6a–6b) must be corrected in the register, not paid as 0.
    const refusal = (typeof l.inputs === 'string' ? JSON.parse(l.inputs) : l.inputs) as {
      error?: { code: string; message: string };
    } | null;
    if (refusal?.error?.code.startsWith('DAY_OFF_'))
      blockers.push(`${l.name}: ${refusal.error.message} Popraw listę obecności.`);
  }
  blockers.push(...(await applicationBlockers(db, centreId, lines)));
  const workshops = await findWorkshopMonthStates(db, centreId, people, { month, from, to });
  for (const w of workshops)
    if (w.status !== 'LOCKED')
      blockers.push(`Warsztat ${w.name}: lista obecności za ${month} nie jest zamknięta.`);
  return blockers;
}

/**
 * The benefit is granted by the director on the participant's application (art. 15 ust. 4): every
 * person on the list who takes part in classes needs a recorded application with the director's grant.
 */
async function applicationBlockers(
  db: Db,
  centreId: string,
  lines: Pick<PayrollLineRow, 'participant_id' | 'name' | 'status' | 'kind'>[],
) {
  const benefit = lines.filter((l) => l.kind === 'BENEFIT' && l.status !== 'CONTINUING_NO_BENEFIT');
  if (!benefit.length) return [];
  const programmes = await findBenefitApplications(
    db,
    centreId,
    benefit.map((l) => l.participant_id),
  );
  const granted = new Set(programmes.filter((p) => p.benefit_granted_on).map((p) => p.participant_id));
  const pending = new Map(
    programmes
      .filter((p) => p.benefit_application_on)
      .map((p) => [p.participant_id, p.benefit_application_on]),
  );
  return benefit
    .filter((l) => !granted.has(l.participant_id))
    .map((l) =>
      pending.has(l.participant_id)
        ? `${l.name}: wniosek o świadczenie integracyjne z dnia ${pending.get(l.participant_id)} ` +
          `czeka na przyznanie przez kierownika (art. 15 ust. 4).`
        : `${l.name}: brak wniosku o świadczenie integracyjne — świadczenie przyznaje ` +
          `kierownik na wniosek uczestnika (art. 15 ust. 4); wpisz wniosek w programie ` +
          `uczestnika.`,
    );
}

const STEP_VERB = { review: 'sprawdzić', approve: 'zatwierdzić', close: 'zamknąć' } as const;

/**
 * Before a step: the stored lines must be what the engine says now (a bonus, attendance, an NRB or the
 * cash flag changed since computing makes the draft stale — PAYROLL_STALE), no class day may lack a
 * status (PAYROLL_ATTENDANCE_INCOMPLETE), and closing needs every blocker cleared.
 */
export async function requireFreshAndComplete(
  trx: Db,
  centreId: string,
  row: PayrollMonthRow,
  step: 'review' | 'approve' | 'close',
) {
  const stored = await findPayrollLines(trx, row.id);
  const fresh = await computeLines(trx, centreId, row.month);
  if (!sameLines(stored, fresh.lines))
    throw new AppError('PAYROLL_STALE', {
      message:
        'Dane zmieniły się od obliczenia listy (obecności, premie, korekty, rachunek ' +
        'lub forma wypłaty). Przelicz listę — zobaczysz nowe kwoty — i przejdź sprawdzenie ponownie.',
    });
  const gaps = await attendanceGaps(trx, centreId, row.month, [
    ...new Set(stored.map((l) => l.participant_id)),
  ]);
  if (gaps.size)
    throw new AppError('PAYROLL_ATTENDANCE_INCOMPLETE', {
      message: `Nie można ${STEP_VERB[step]} listy: ${gapBlockers(gaps).join(' ')}`,
      details: { blockers: gapBlockers(gaps) },
    });
  if (step !== 'close') return;
  const blockers = await blockersOf(trx, centreId, row.month, stored, gaps);
  if (blockers.length)
    throw new AppError('INVALID_STATE', {
      message: `Nie można zamknąć listy wypłat: ${blockers.join(' ')}`,
      details: { blockers },
    });
}
