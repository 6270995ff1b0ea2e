import {
  EXPENSE_CATEGORY_LABELS,
  type EntryKind,
  type ExpenseCategory,
  type GrantorKind,
  type IncomeSource,
  PAYROLL_CATEGORY,
} from './categories';

export interface EntryDraft {
  kind: EntryKind;
  occurredOn: string;
  grantorKind: GrantorKind | null;
  partnerId: string | null;
  grantorName: string | null;
  category: ExpenseCategory | null;
  incomeSource: IncomeSource | null;
}

export interface EntryProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * What a typed entry must say for its kind: a grant its grantor (kind, and a partner or a name), an
 * expense its category — never the benefits-and-bonuses one, which the closed payrolls fill — and own
 * income its source (the services module's source is filled by that module, not typed). No future day.
 */
export function entryProblems(e: EntryDraft, today: string): EntryProblem[] {
  const problems: EntryProblem[] = [];
  if (e.occurredOn > today)
    problems.push({
      path: 'occurredOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data wpisu nie może być z przyszłości.',
    });
  if (e.kind.startsWith('GRANT_')) {
    if (!e.grantorKind)
      problems.push({ path: 'grantorKind', code: 'REQUIRED', message: 'Wybierz rodzaj grantodawcy.' });
    if (!e.partnerId && !e.grantorName)
      problems.push({
        path: 'grantorName',
        code: 'REQUIRED',
        message: 'Wybierz grantodawcę z rejestru partnerów albo wpisz jego nazwę.',
      });
  }
  if (e.kind === 'EXPENSE') {
    if (!e.category)
      problems.push({
        path: 'category',
        code: 'REQUIRED',
        message: 'Wybierz kategorię wydatku (art. 10 ust. 6).',
      });
    else if (e.category === PAYROLL_CATEGORY)
      problems.push({
        path: 'category',
        code: 'FROM_PAYROLL',
        message:
          `Kategoria „${EXPENSE_CATEGORY_LABELS[PAYROLL_CATEGORY]}” wypełnia się ` +
          `sama z zamkniętych list wypłat — nie wpisuje się jej ręcznie.`,
      });
  }
  if (e.kind === 'OWN_INCOME') {
    if (!e.incomeSource)
      problems.push({
        path: 'incomeSource',
        code: 'REQUIRED',
        message: 'Wybierz źródło przychodu (art. 9).',
      });
    else if (e.incomeSource === 'SERVICES')
      problems.push({
        path: 'incomeSource',
        code: 'FROM_SERVICES_MODULE',
        message:
          'Przychody z modułu usług wpisuje sam moduł usług. Sprzedaż wpisz jako „sprzedaż wyrobów i usług”.',
      });
  }
  return problems;
}

/** The entry with only the fields its kind uses (a grant keeps no category, an expense no grantor). */
export function normaliseEntry<T extends EntryDraft>(e: T): T {
  const grant = e.kind.startsWith('GRANT_');
  return {
    ...e,
    grantorKind: grant ? e.grantorKind : null,
    partnerId: grant ? e.partnerId : null,
    grantorName: grant && !e.partnerId ? e.grantorName : null,
    category: e.kind === 'EXPENSE' || e.kind === 'GRANT_USED' ? e.category : null,
    incomeSource: e.kind === 'OWN_INCOME' ? e.incomeSource : null,
  };
}
