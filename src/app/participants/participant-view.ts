import type { Role } from '../../contracts/common';
import type { Participant } from '../../contracts/participant.contract';
import type { ParticipantRow } from '../../db/schema';
import { editableFields } from '../../domain/participants/record-rules';
import { visibleFieldClasses } from '../../domain/participants/visibility';

export const SENSITIVE_FIELDS = ['eligibilityGroups', 'eligibilityJustification'] as const;

/**
 * The record as the caller's roles may see it; `includeSensitive` is false in lists (sensitive data
 * only on the detail page).
 */
export function toParticipantView(
  row: ParticipantRow & {
    workshop?: string | null;
    planned_end?: string | null;
    admission_date?: string | null;
  },
  roles: readonly Role[],
  includeSensitive: boolean,
): Participant {
  const classes = visibleFieldClasses(roles);
  const view: Participant = {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    status: row.status as Participant['status'],
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    statusSince: row.status_since ?? null,
    hidden: [],
  };
  if (row.workshop !== undefined)
    Object.assign(view, {
      workshop: row.workshop,
      admissionDate: row.admission_date ?? null,
      plannedEnd: row.planned_end ?? null,
    });
  if (classes.has('personal')) {
    Object.assign(view, {
      pesel: row.pesel,
      birthDate: row.birth_date,
      sex: row.sex,
      citizenship: row.citizenship,
      street: row.street,
      buildingNo: row.building_no,
      flatNo: row.flat_no,
      postalCode: row.postal_code,
      city: row.city,
      gminaCode: row.gmina_code,
      phone: row.phone,
      email: row.email,
      educationLevel: row.education_level,
    });
  } else view.hidden.push('personal');
  if (classes.has('payment'))
    Object.assign(view, { bankAccount: row.bank_account, paidInCash: row.paid_in_cash });
  else {
    view.hidden.push('payment');
    if (editableFields(roles).has('bankAccount')) view.bankAccountSet = row.bank_account !== null;
  }
  if (classes.has('sensitive') && includeSensitive) {
    view.eligibilityGroups = row.eligibility_groups;
    view.eligibilityJustification = row.eligibility_justification;
  } else view.hidden.push('sensitive');
  return view;
}
