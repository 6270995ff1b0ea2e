import type { FieldErrors } from '../components/form';

/**
 * The server's field errors keyed with a form's prefix, so that two forms on the networks page can each
 * have a "title" field (unique ids) and the error summary still links to the right input.
 */
export function prefixed(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));
}

/** The labels of a form's fields under the same prefix. */
export function prefixedLabels(labels: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}${k}`, v]));
}

/** Today in Warsaw as YYYY-MM-DD (the default date of a consent, an adoption, a receipt). */
export const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
