import type { Role } from '../../contracts/common';
import { addMonthsClamped } from '../../domain/calendar';
import { getAttendanceGrid } from '../attendance/get-attendance-grid';
import { lockMonth } from '../attendance/month-lock';
import { saveAttendance } from '../attendance/save-attendance';
import { approveClassProgramme, saveClassProgramme } from '../attendance/class-programme';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { advancePayroll, computePayroll } from '../payroll/payroll';
import type { AttendanceEntryInput } from '../../contracts/attendance.contract';

/**
 * Two closed months for the demo (issue #12: "the demo has no closed months to learn from"): the class
 * programme approved, every class day recorded — mostly present, two sick days with a note, one unexcused
 * absence —, the register locked and the payroll computed, reviewed, approved and closed, all through the
 * real use cases, so the payment list, the bank file and the refund claim can be opened at once.
 */
export async function seedDemoMonths(
  deps: AppDeps,
  centreId: string,
  director: { id: string; email: string },
  accountant: { id: string; email: string },
  workshopIds: string[],
): Promise<void> {
  const as = (user: { id: string; email: string }, roles: Role[]): CallContext => ({
    actor: { userId: user.id, centreId, roles },
    actorEmail: user.email,
    ip: null,
  });
  const boss = as(director, ['DIRECTOR', 'SOCIAL_WORKER']);
  const books = as(accountant, ['ACCOUNTANT']);
  const today = todayInPoland(deps);
  for (const back of [2, 1]) {
    const month = addMonthsClamped(`${today.slice(0, 7)}-01`, -back).slice(0, 7);
    let person = 0;
    let unexcusedGiven = false;
    for (const workshopId of workshopIds) {
      const programme = await saveClassProgramme(deps, boss, workshopId, month, {
        weekdayHours: [7, 7, 7, 7, 7, 0, 0],
        dayHours: {},
        version: null,
      });
      await approveClassProgramme(deps, boss, workshopId, month, programme.version!);
      const grid = await getAttendanceGrid(deps, boss, workshopId, month);
      const entries: AttendanceEntryInput[] = [];
      for (const p of grid.participants) {
        person++;
        // Last month: the first person is ill for two days (with a note); the next one with a full month
        // misses one day unexcused.
        const unexcusedOn = back === 1 && person > 1 && !unexcusedGiven && p.missingDays.length > 7 ? 7 : -1;
        if (unexcusedOn >= 0) unexcusedGiven = true;
        p.missingDays.forEach((date, i) => {
          const sick = back === 1 && person === 1 && (i === 3 || i === 4);
          const unexcused = i === unexcusedOn;
          entries.push({
            participantId: p.participantId,
            date,
            status: sick ? 'sick' : unexcused ? 'unexcused' : 'present',
            hours: sick || unexcused ? null : 7,
            sickNote: sick
              ? { number: 'ZUS ZLA 0042/DEMO', from: p.missingDays[3]!, to: p.missingDays[4]! }
              : null,
            version: null,
          });
        });
      }
      if (entries.length > 0) await saveAttendance(deps, boss, { workshopId, month, entries });
      await lockMonth(deps, boss, workshopId, month);
    }
    let payroll = await computePayroll(deps, books, month);
    payroll = await advancePayroll(deps, books, month, 'review', payroll.version);
    payroll = await advancePayroll(deps, boss, month, 'approve', payroll.version);
    await advancePayroll(deps, books, month, 'close', payroll.version);
  }
}
