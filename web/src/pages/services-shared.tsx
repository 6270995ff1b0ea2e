import { ACTIVITY_LABELS } from '../../../src/domain/services/activity';
import { VAT_RATE_LABELS } from '../../../src/domain/services/vat';

export { ACTIVITY_LABELS, VAT_RATE_LABELS };

/** "15,50" or "15.5" → 1550 grosze; NaN when not a number (the server answers with the field's error). */
export const toGrosze = (value: string) =>
  Math.round(Number(value.replace(/\s/g, '').replace(',', '.')) * 100);

export const toNumber = (value: string) => Number(value.replace(/\s/g, '').replace(',', '.'));

/** Today in Poland, 'YYYY-MM-DD'. */
export const todayPl = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
