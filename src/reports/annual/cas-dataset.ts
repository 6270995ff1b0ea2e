import type { AnnualReport } from '../../contracts/reports.contract';
import type { Trace } from '../../domain/reports/annual-figures';
import { EFFECT_LABELS, GROUP_LABELS, INDEPENDENCE_LABELS } from '../../domain/reports/annual-template';

/**
 * The GUS data sets typed into CAS: MRiPS CAS 02 (CIS) and MRiPS CAS 01 (KIS). Only the variable names
 * are known (the official category lists could not be retrieved): every row says where its value comes
 * from, and variables we do not know how to fill are marked, never guessed.
 */
export interface CasRow {
  section: string;
  variable: string;
  breakdown: string;
  value: number | null;
  source: string;
  known: boolean;
}

const both = (trace: Trace, a: string, b: string) => {
  const w = new Set(trace[b] ?? []);
  return (trace[a] ?? []).filter((id) => w.has(id)).length;
};

/** The rows of the data set for the report's centre type. */
export function casRows(r: AnnualReport, trace: Trace): CasRow[] {
  const rows: CasRow[] = [];
  const add = (
    section: string,
    variable: string,
    breakdown: string,
    value: number | null,
    source: string,
    known = true,
  ) => rows.push({ section, variable, breakdown, value, source, known });
  const unknown = (section: string, variable: string, why: string) =>
    add(section, variable, '—', null, why, false);
  const groups = Object.keys(GROUP_LABELS) as (keyof typeof GROUP_LABELS)[];
  const s = r.staff;
  const staffSection = r.centreType === 'CIS' ? 'Zatrudnienie według rodzaju zatrudnienia' : 'Zatrudnienie';
  add(staffSection, 'pracownicy — umowa o pracę', 'ogółem', s.total, 'rejestr kadry: umowy o pracę w roku');
  add(staffSection, 'pracownicy — umowa o pracę', 'kobiety', s.women, 'rejestr kadry');
  add(staffSection, 'przeciętne zatrudnienie (etaty)', '', s.averageFte, 'rejestr kadry: średnia z miesięcy');
  add(staffSection, 'umowy cywilnoprawne', 'ogółem', s.civilContracts, 'rejestr kadry');
  unknown(
    staffSection,
    'lista kategorii rodzaju zatrudnienia w CAS',
    'kategorie formularza nieznane — przepisz według formularza',
  );

  if (r.centreType === 'KIS') {
    unknown(
      'Źródła finansowania według rodzaju',
      'kwoty według źródeł',
      'brak w sprawozdaniu — rejestr finansowy',
    );
    add('Wolontariusze według płci', 'wolontariusze', 'ogółem', s.volunteers, 'rejestr kadry: wolontariat');
    unknown(
      'Wolontariusze według płci',
      'wolontariusze — kobiety / mężczyźni',
      'płeć wolontariuszy: uzupełnij w rejestrze kadry i przepisz',
    );
  }

  const p = r.participants;
  const cols = [
    ['uczestniczyli', 'participants.total', 'participants.women.total', 'participants.byGroup'],
    ['rozpoczęli', 'participants.started', 'participants.women.started', 'participants.byGroupStarted'],
    ['zakończyli', 'participants.ended', 'participants.women.ended', 'participants.byGroupEnded'],
  ] as const;
  const totals = {
    'participants.total': p.total,
    'participants.started': p.started,
    'participants.ended': p.ended,
  };
  const women = {
    'participants.women.total': p.women.total,
    'participants.women.started': p.women.started,
    'participants.women.ended': p.women.ended,
  };
  for (const [label, total, w, byGroup] of cols) {
    const section = `Uczestnicy — ${label} (według płci i grupy)`;
    add(section, `uczestnicy ${label}`, 'ogółem', totals[total], 'sprawozdanie roczne, część III');
    add(section, `uczestnicy ${label}`, 'kobiety', women[w], 'sprawozdanie roczne, część III');
    add(section, `uczestnicy ${label}`, 'mężczyźni', totals[total] - women[w], 'ogółem minus kobiety');
    for (const g of groups) {
      const key = `${byGroup}.${g}`;
      add(
        section,
        GROUP_LABELS[g],
        'ogółem',
        trace[key]?.length ?? 0,
        'grupy z art. 1 ust. 2 (każda grupa osoby)',
      );
      add(section, GROUP_LABELS[g], 'kobiety', both(trace, key, w), 'grupa i płeć z ewidencji');
    }
  }

  const serviceSection =
    r.centreType === 'CIS'
      ? 'Uczestnicy według kategorii usług reintegracyjnych'
      : 'Uczestnicy reintegracji społecznej i zawodowej (według płci i kategorii usług)';
  for (const sv of r.services) {
    add(serviceSection, sv.label, 'ogółem', sv.total, 'warsztaty i zajęcia reintegracji społecznej w roku');
    add(
      serviceSection,
      sv.label,
      'kobiety',
      both(trace, `services.${sv.key}`, 'participants.women.total'),
      'usługa i płeć z ewidencji',
    );
  }
  unknown(
    serviceSection,
    'przyporządkowanie usług do kategorii CAS',
    'kategorie usług formularza nieznane — przypisz wiersze ręcznie',
  );

  const indepSection =
    r.centreType === 'CIS'
      ? 'Uczestnicy usamodzielnieni ekonomicznie według rodzaju'
      : 'Uczestnicy, którzy zakończyli, według formy aktywności podjętej po KIS';
  add(
    indepSection,
    'usamodzielnieni ekonomicznie',
    'ogółem',
    r.economicallyIndependent.total,
    'sprawozdanie roczne, część IV',
  );
  add(
    indepSection,
    'usamodzielnieni ekonomicznie',
    'kobiety',
    r.economicallyIndependent.women,
    'sprawozdanie roczne, część IV',
  );
  for (const [k, label] of Object.entries(INDEPENDENCE_LABELS))
    add(
      indepSection,
      label,
      'ogółem',
      r.economicallyIndependent.byKind[k as keyof typeof INDEPENDENCE_LABELS] ?? 0,
      'sytuacja przy zakończeniu i w monitoringu',
    );
  if (r.centreType === 'KIS')
    for (const [k, label] of Object.entries(EFFECT_LABELS))
      add(
        'Efekty reintegracji społecznej',
        label,
        'ogółem',
        r.socialEffects.byEffect[k as keyof typeof EFFECT_LABELS] ?? 0,
        'sytuacja przy zakończeniu i w monitoringu',
      );

  if (r.centreType === 'CIS') {
    unknown('Dotacje otrzymane według kategorii', 'kwoty dotacji', 'brak w sprawozdaniu — rejestr finansowy');
    unknown(
      'Dotacje wykorzystane według przeznaczenia',
      'kwoty dotacji',
      'brak w sprawozdaniu — rejestr finansowy',
    );
  }
  unknown(
    'Pozostałe zmienne formularza',
    'zmienne nieznane',
    'dalsza część formularza nie była dostępna — przepisz z formularza CAS',
  );
  return rows;
}

/** The data set as an XLSX laid out for typing into CAS: one row per variable, unknown ones highlighted. */
export async function casXlsx(r: AnnualReport, trace: Trace): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'Reintegra';
  const form = r.centreType === 'CIS' ? 'MRiPS CAS 02' : 'MRiPS CAS 01';
  const sheet = book.addWorksheet(form.replace('MRiPS ', ''));
  sheet.columns = [
    { header: 'Dział', key: 'section', width: 48 },
    { header: 'Zmienna', key: 'variable', width: 60 },
    { header: 'Podział', key: 'breakdown', width: 12 },
    { header: 'Wartość', key: 'value', width: 10 },
    { header: 'Skąd wartość', key: 'source', width: 55 },
    { header: 'Stan', key: 'state', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of casRows(r, trace)) {
    const added = sheet.addRow({
      ...row,
      value: row.value ?? '',
      state: row.known ? 'do przepisania' : 'NIEZNANA — uzupełnij',
    });
    if (!row.known) added.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
  sheet.addRow([]);
  sheet.addRow([
    `${form} za rok ${r.year}: ${r.centre.name}, REGON ${r.centre.regon}. Wiersze ` +
      `„NIEZNANA” wymagają danych spoza systemu lub kategorii formularza, których ` +
      `nie znamy.`,
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
