/**
 * Retention of participants' data (art. 8b ust. 5 of the Act): kept for 10 years from the end of the
 * calendar year in which services to the person ended. Pure date arithmetic on 'YYYY-MM-DD'.
 */

/** Years the data are kept after the end of the calendar year in which services ended. */
export const RETENTION_YEARS = 10;

/** The last day the data must be kept: 31 December of (year services ended + 10). */
export function retentionEndsOn(servicesEndedOn: string): string {
  const year = Number(servicesEndedOn.slice(0, 4));
  return `${year + RETENTION_YEARS}-12-31`;
}

/** Whether the retention duty is over on `today` (the day after {@link retentionEndsOn} at the earliest). */
export function isRetentionOver(servicesEndedOn: string | null, today: string): boolean {
  if (servicesEndedOn === null) return false;
  return today > retentionEndsOn(servicesEndedOn);
}
