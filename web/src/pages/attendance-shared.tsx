import { polishDate } from '../../../src/domain/calendar';

export type Status = 'present' | 'day_off' | 'sick' | 'unexcused' | 'excused' | 'no_classes';
export type Pending = {
  participantId: string;
  date: string;
  status: Status;
  hours?: number | null;
  meal?: boolean;
  dayOffApproved?: boolean;
  sickNote?: { number: string | null; from: string | null; to: string | null } | null;
  version: number | null;
};

/** One key per status, the first letter of its Polish name (shown in the legend). */
export const STATUS_KEYS: Record<string, Status> = {
  o: 'present',
  w: 'day_off',
  c: 'sick',
  n: 'unexcused',
  u: 'excused',
  b: 'no_classes',
};
export const STATUS_LETTER: Record<Status, string> = {
  present: 'O',
  day_off: 'W',
  sick: 'C',
  unexcused: 'N',
  excused: 'U',
  no_classes: 'B',
};
export const today = () => polishDate(new Date());
export const storageKey = (workshopId: string, month: string) =>
  `reintegra.attendance.${workshopId}.${month}`;

/** Entries not yet accepted by the server survive a reload and a lost connection (kept in this browser). */
export function loadPending(workshopId: string, month: string): Record<string, Pending> {
  try {
    return JSON.parse(localStorage.getItem(storageKey(workshopId, month)) ?? '{}') as Record<string, Pending>;
  } catch {
    return {};
  }
}
export function storePending(workshopId: string, month: string, pending: Record<string, Pending>) {
  if (Object.keys(pending).length)
    localStorage.setItem(storageKey(workshopId, month), JSON.stringify(pending));
  else localStorage.removeItem(storageKey(workshopId, month));
}
