import { daysBetween } from '../../domain/calendar';

/**
 * The next annual report due: by 31 March for the previous calendar year (CIS: art. 5 ust. 4 pkt 2;
 * KIS: art. 18a ust. 6). Until 31 March it is last year's report; from 1 April, this year's (due next
 * March). Pure: `today` is passed in.
 */
export function nextReportDeadline(today: string): {
  reportYear: number;
  deadline: string;
  daysLeft: number;
} {
  const year = Number(today.slice(0, 4));
  const thisMarch = `${year}-03-31`;
  const reportYear = today <= thisMarch ? year - 1 : year;
  const deadline = `${reportYear + 1}-03-31`;
  return { reportYear, deadline, daysLeft: daysBetween(today, deadline) };
}
