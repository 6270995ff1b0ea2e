import type { AttendanceEntryRow } from '../../db/schema';
import type { DayStatus } from '../../domain/types';

/** One stored day as the register shows it (and as a conflicting writer is shown the current value). */
export function entryView(e: AttendanceEntryRow) {
  return {
    status: e.status as DayStatus,
    hours: e.hours,
    meal: e.meal,
    dayOffApproved: e.day_off_approved,
    version: e.version,
    workshopId: e.workshop_id,
    sickNote:
      e.sick_note_number || e.sick_note_from
        ? { number: e.sick_note_number, from: e.sick_note_from, to: e.sick_note_to }
        : null,
  };
}
