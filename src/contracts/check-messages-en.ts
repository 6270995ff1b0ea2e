// zod-free: the web client's forms import it.

/** A failed check as zod reports it (the fields the texts below read). */
export interface CheckIssue {
  code: string;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  expected?: unknown;
  format?: unknown;
}

const limit = (value: unknown) =>
  typeof value === 'number' || typeof value === 'bigint' ? String(value) : '?';

/**
 * The English text of a check of zod's own (a length, a bound, a type, a format). The contracts give these
 * checks Polish messages ("Najwyżej 200 znaków."); the English pages say them from the check's code and
 * bounds. A code of ours (INVALID_NIP, …) is not here: the client translates it by its code. Undefined when
 * there is nothing better to say than the Polish text.
 */
export function englishCheckMessage(issue: CheckIssue): string | undefined {
  const { origin } = issue;
  const exclusive = issue.inclusive === false;
  switch (issue.code) {
    case 'too_small':
      if (origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'This field is required.'
          : `At least ${limit(issue.minimum)} characters.`;
      if (origin === 'array' || origin === 'set') return `Choose at least ${limit(issue.minimum)}.`;
      if (origin === 'date') return 'The date is too early.';
      return exclusive ? `Enter more than ${limit(issue.minimum)}.` : `At least ${limit(issue.minimum)}.`;
    case 'too_big':
      if (origin === 'string') return `At most ${limit(issue.maximum)} characters.`;
      if (origin === 'array' || origin === 'set') return `At most ${limit(issue.maximum)} items.`;
      if (origin === 'date') return 'The date is too late.';
      return exclusive ? `Enter less than ${limit(issue.maximum)}.` : `At most ${limit(issue.maximum)}.`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'Enter a whole number.';
      if (issue.expected === 'number') return 'Enter a number.';
      if (issue.expected === 'string') return 'Enter text.';
      if (issue.expected === 'boolean') return 'Choose yes or no.';
      return 'Invalid value.';
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter a valid e-mail address.';
      if (issue.format === 'date') return 'Enter a valid date.';
      if (issue.format === 'uuid') return 'Invalid identifier.';
      return 'Invalid format.';
    case 'invalid_value':
    case 'invalid_union':
      return 'Choose one of the allowed values.';
    case 'not_multiple_of':
      return 'Too many decimal places.';
    default:
      return undefined;
  }
}
