import type { StaffMember } from '../../contracts/staff.contract';
import type { StaffMemberRow } from '../../db/schema';
import { type Action, can } from '../../domain/access/permissions';
import type { StaffMember as DomainStaffMember } from '../../domain/staff/staff-ratio';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';

/** A staff row as the API answers it (FTE as a fraction). */
export function presentStaffMember(row: StaffMemberRow): StaffMember {
  return {
    id: row.id,
    fullName: row.full_name,
    sex: row.sex,
    function: row.function as StaffMember['function'],
    basis: row.basis as StaffMember['basis'],
    fte: row.fte_milli / 1000,
    conductsClasses: row.conducts_classes,
    fromDate: row.from_date,
    toDate: row.to_date,
    userId: row.user_id,
    notes: row.notes,
    version: row.version,
  };
}

/** The row as the pure rules see it. */
export const staffForDomain = (row: StaffMemberRow): DomainStaffMember => ({
  id: row.id,
  sex: row.sex,
  fteMilli: row.fte_milli,
  basis: row.basis,
  conductsClasses: row.conducts_classes,
  fromDate: row.from_date,
  toDate: row.to_date,
});

export function requireStaffAction(ctx: CallContext, action: Action): void {
  if (!can(ctx.actor, action)) throw forbidden();
}
