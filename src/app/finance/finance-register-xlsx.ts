import type { FinanceRegisterResponse } from '../../contracts/finance.contract';
import {
  ENTRY_KIND_LABELS,
  EXPENSE_CATEGORY_LABELS,
  GRANTOR_KIND_LABELS,
  INCOME_SOURCE_LABELS,
  planLineLabel,
} from '../../domain/finance/categories';
import { findCentreById } from '../../db/centre.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { loadFinanceRegister } from './load-finance-register';
import { requireFinanceAction } from './present-finance-entry';

const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'robocza',
  REVIEWED: 'sprawdzona',
  APPROVED: 'zatwierdzona',
  CLOSED: 'zamknięta',
};

/**
 * The year's register as an XLSX workbook: the summary (grants by grantor, own income, expenses by the
 * categories of art. 10 ust. 6, the estimate against execution), the reconciliation with the closed
 * payrolls, and every entry. Amounts in złoty (two decimals, Polish number format) and in grosze.
 */
export async function financeRegisterXlsx(deps: AppDeps, ctx: CallContext, year: number) {
  requireFinanceAction(ctx, 'finance.view');
  const today = todayInPoland(deps);
  const [r, centre] = await Promise.all([
    loadFinanceRegister(deps.db, ctx.actor.centreId, year, today),
    findCentreById(deps.db, ctx.actor.centreId),
  ]);
  const bytes = await renderFinanceXlsx(r, centre?.name ?? '');
  await audit(deps.db, ctx, 'finance.export', 'finance_register', null, { year });
  return { bytes, fileName: `rejestr-finansowy-${year}.xlsx` };
}

async function renderFinanceXlsx(r: FinanceRegisterResponse, centreName: string): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'Reintegra';
  const zl = (g: number | null) => (g === null ? null : g / 100);

  const s = book.addWorksheet('Podsumowanie');
  s.columns = [
    { key: 'a', width: 58 },
    { key: 'b', width: 18 },
    { key: 'c', width: 18 },
    { key: 'd', width: 18 },
    { key: 'e', width: 18 },
  ];
  const heading = (text: string) => {
    s.addRow([]);
    s.addRow([text]).font = { bold: true };
  };
  s.addRow([`Rejestr finansowy ${r.year} — ${centreName}`]).font = { bold: true, size: 14 };
  s.addRow([`Kategorie wydatków: ${r.basis}. Stan na ${r.today}.`]);

  heading('Dotacje według grantodawców');
  s.addRow(['Grantodawca', 'Otrzymano [zł]', 'Wykorzystano [zł]', 'Zwrócono [zł]', 'Pozostało [zł]']).font = {
    bold: true,
  };
  for (const g of r.grants.byGrantor)
    s.addRow([
      `${g.name} (${GRANTOR_KIND_LABELS[g.grantorKind]})`,
      zl(g.received),
      zl(g.used),
      zl(g.returned),
      zl(g.balance),
    ]);
  s.addRow([
    'Razem dotacje',
    zl(r.grants.received),
    zl(r.grants.used),
    zl(r.grants.returned),
    zl(r.grants.received - r.grants.used - r.grants.returned),
  ]).font = { bold: true };

  heading('Przychody własne (art. 9)');
  for (const i of r.ownIncome.bySource) s.addRow([INCOME_SOURCE_LABELS[i.source], zl(i.amount)]);
  s.addRow(['Razem przychody własne', zl(r.ownIncome.total)]).font = { bold: true };

  heading('Wydatki według kategorii (art. 10 ust. 6)');
  for (const c of r.expenses.byCategory)
    s.addRow([
      EXPENSE_CATEGORY_LABELS[c.category] + (c.fromPayroll ? ' — z zamkniętych list wypłat' : ''),
      zl(c.amount),
    ]);
  s.addRow(['Razem wydatki', zl(r.expenses.total)]).font = { bold: true };

  heading(`Preliminarz ${r.year}: plan i wykonanie`);
  s.addRow(['Pozycja', 'Plan [zł]', 'Wykonanie [zł]', 'Różnica [zł]']).font = { bold: true };
  for (const p of r.plan) s.addRow([planLineLabel(p.line), zl(p.planned), zl(p.actual), zl(p.difference)]);
  for (const col of ['b', 'c', 'd', 'e']) s.getColumn(col).numFmt = '#,##0.00';

  const p = book.addWorksheet('Listy wypłat');
  p.columns = [
    { header: 'Miesiąc', key: 'month', width: 10 },
    { header: 'Stan listy', key: 'status', width: 14 },
    { header: 'Liczona', key: 'counted', width: 9 },
    { header: 'Świadczenia [zł]', key: 'benefits', width: 16 },
    { header: 'Korekty [zł]', key: 'corrections', width: 13 },
    { header: 'Premie [zł]', key: 'bonuses', width: 13 },
    { header: 'Suma pozycji [zł]', key: 'lines', width: 16 },
    { header: 'Kwota listy [zł]', key: 'stored', width: 16 },
    { header: 'Suma pozycji [gr]', key: 'linesGr', width: 16 },
    { header: 'Zgodność', key: 'agrees', width: 10 },
  ];
  for (const m of r.payroll.months)
    p.addRow({
      month: m.month,
      status: STATUS_LABELS[m.status] ?? m.status,
      counted: m.counted ? 'tak' : 'nie',
      benefits: zl(m.benefits),
      corrections: zl(m.corrections),
      bonuses: zl(m.bonuses),
      lines: zl(m.linesTotal),
      stored: zl(m.storedTotal),
      linesGr: m.linesTotal,
      agrees: m.agrees ? 'tak' : 'NIE',
    });
  p.addRow({
    month: 'RAZEM',
    counted: 'zamknięte',
    benefits: zl(r.payroll.benefits - r.payroll.corrections),
    corrections: zl(r.payroll.corrections),
    bonuses: zl(r.payroll.bonuses),
    lines: zl(r.payroll.total),
    stored: zl(r.payroll.storedTotal),
    linesGr: r.payroll.total,
    agrees: r.payroll.agrees ? 'tak' : 'NIE',
  }).font = { bold: true };
  for (const col of ['benefits', 'corrections', 'bonuses', 'lines', 'stored'])
    p.getColumn(col).numFmt = '#,##0.00';
  p.getRow(1).font = { bold: true };

  const e = book.addWorksheet('Wpisy');
  e.columns = [
    { header: 'Data', key: 'date', width: 11 },
    { header: 'Rodzaj', key: 'kind', width: 20 },
    { header: 'Grantodawca / kategoria / źródło', key: 'what', width: 46 },
    { header: 'Opis', key: 'description', width: 40 },
    { header: 'Dokument', key: 'doc', width: 16 },
    { header: 'Kwota [zł]', key: 'amount', width: 15 },
    { header: 'Kwota [gr]', key: 'grosze', width: 14 },
  ];
  for (const x of r.entries)
    e.addRow({
      date: x.occurredOn,
      kind: ENTRY_KIND_LABELS[x.kind],
      what: x.grantorKind
        ? `${x.grantorName ?? ''} (${GRANTOR_KIND_LABELS[x.grantorKind]})`
        : x.category
          ? EXPENSE_CATEGORY_LABELS[x.category]
          : x.incomeSource
            ? INCOME_SOURCE_LABELS[x.incomeSource]
            : '',
      description: x.description,
      doc: x.documentRef ?? '',
      amount: x.amountGrosze / 100,
      grosze: x.amountGrosze,
    });
  e.getColumn('amount').numFmt = '#,##0.00';
  e.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
