import type { Role } from '../access/roles';
import { parseIsoDate } from '../calendar';
import type { FieldClass } from './visibility';

/** A problem with one field of a participant's record (shown at the field). */
export interface RecordProblem {
  path: string;
  code: string;
  message: string;
}

/** The earliest birth date accepted: anything before is a typing error, not a person. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Full years of age on a day (the birthday itself counts; 29 February turns a year older on 1 March). */
export function ageOn(birthDate: string, day: string): number {
  const b = parseIsoDate(birthDate);
  const d = parseIsoDate(day);
  if (!b || !d) return Number.NaN;
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/**
 * Checks a birth date against today: not in the future, not before 1900. Under 18 is allowed only with
 * the director's explicit confirmation — the Act sets no lower age, so it is the centre's decision.
 */
export function checkBirthDate(
  birthDate: string,
  today: string,
  confirmation: { minorConfirmed: boolean; isDirector: boolean },
): RecordProblem[] {
  if (birthDate > today)
    return [
      {
        path: 'birthDate',
        code: 'BIRTH_DATE_IN_FUTURE',
        message: 'Data urodzenia nie może być z przyszłości.',
      },
    ];
  if (birthDate < EARLIEST_BIRTH_DATE)
    return [
      {
        path: 'birthDate',
        code: 'BIRTH_DATE_TOO_EARLY',
        message: 'Data urodzenia nie może być wcześniejsza niż 1 stycznia 1900 r. Sprawdź datę.',
      },
    ];
  if (ageOn(birthDate, today) >= 18 || (confirmation.minorConfirmed && confirmation.isDirector)) return [];
  return [
    {
      path: 'birthDate',
      code: confirmation.minorConfirmed ? 'MINOR_NEEDS_DIRECTOR' : 'MINOR_NEEDS_CONFIRMATION',
      message: confirmation.minorConfirmed
        ? 'Osobę niepełnoletnią może zarejestrować tylko kierownik centrum.'
        : `Osoba ma ${ageOn(birthDate, today)} lat. Ustawa o zatrudnieniu socjalnym nie określa wieku ` +
          'uczestnika, więc przyjęcie osoby niepełnoletniej wymaga wyraźnego potwierdzenia kierownika centrum.',
    },
  ];
}

/** Every editable field of the record and its class (decision 0002). */
export const RECORD_FIELDS = {
  firstName: 'basic',
  lastName: 'basic',
  pesel: 'personal',
  birthDate: 'personal',
  sex: 'personal',
  citizenship: 'personal',
  street: 'personal',
  buildingNo: 'personal',
  flatNo: 'personal',
  postalCode: 'personal',
  city: 'personal',
  gminaCode: 'personal',
  phone: 'personal',
  email: 'personal',
  educationLevel: 'personal',
  bankAccount: 'payment',
  paidInCash: 'payment',
  eligibilityGroups: 'sensitive',
  eligibilityJustification: 'sensitive',
} as const satisfies Record<string, FieldClass>;
export type RecordField = keyof typeof RECORD_FIELDS;

/**
 * Who corrects what: the director everything; a social worker the person's data and groups and may
 * enter a bank account she cannot read back; the accountant the payment data (account, cash).
 */
const EDITS: Record<Role, readonly RecordField[]> = {
  DIRECTOR: Object.keys(RECORD_FIELDS) as RecordField[],
  SOCIAL_WORKER: (Object.keys(RECORD_FIELDS) as RecordField[]).filter((f) => f !== 'paidInCash'),
  ACCOUNTANT: ['bankAccount', 'paidInCash'],
  INSTRUCTOR: [],
  ADMIN: [],
  PARTNER_VIEWER: [],
};

/** The fields a holder of these roles may change (the union over roles). */
export function editableFields(roles: readonly Role[]): Set<RecordField> {
  return new Set(roles.flatMap((r) => EDITS[r]));
}
