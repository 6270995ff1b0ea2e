import type { StaffMemberCreate } from '../../contracts/staff.contract';
import { findCentreMember } from '../../db/user.repository';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';

/**
 * Field problems of a staff entry (dates in order, FTE of an employment contract, the account a member
 * of the centre).
 */
export async function checkStaffInput(deps: AppDeps, ctx: CallContext, input: StaffMemberCreate) {
  const problems = [];
  if (input.toDate && input.toDate < input.fromDate)
    problems.push({
      path: 'toDate',
      code: 'DATE_ORDER',
      message: 'Koniec umowy nie może poprzedzać jej początku.',
    });
  if (input.basis === 'EMPLOYMENT_CONTRACT' && input.fte === 0)
    problems.push({ path: 'fte', code: 'REQUIRED', message: 'Podaj wymiar etatu umowy o pracę.' });
  if (input.userId && !(await findCentreMember(deps.db, ctx.actor.centreId, input.userId)))
    problems.push({ path: 'userId', code: 'NOT_A_MEMBER', message: 'Ta osoba nie ma konta w tym centrum.' });
  if (problems.length) throw AppError.fields(problems);
}

/** The entry as table columns (FTE in thousandths). */
export const staffColumns = (input: StaffMemberCreate) => ({
  full_name: input.fullName,
  sex: input.sex,
  function: input.function,
  basis: input.basis,
  fte_milli: Math.round(input.fte * 1000),
  conducts_classes: input.conductsClasses,
  from_date: input.fromDate,
  to_date: input.toDate,
  user_id: input.userId,
  notes: input.notes,
});
