import { findPayrollMonth } from '../../db/payroll.repository';
import { findAttendanceOf } from '../../db/payroll-evidence.repository';
import { findPayingLines, findPayingLinesOf } from '../../db/payroll-lines.repository';
import type { ElixirEncoding } from '../../domain/payroll/elixir-text';
import { buildElixirO } from '../../domain/payroll/elixir-o';
import { contributionsOn } from '../../domain/payroll/contributions';
import { centreSettings } from '../centres/centre-mapper';
import { AppError, notFound } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, todayInPoland } from '../pathway/shared';

/** One participant's money for the month: benefit lines and corrections netted into one payment. */
export interface PaymentRow {
  participantId: string;
  name: string;
  pesel: string | null;
  bankAccount: string | null;
  paidInCash: boolean;
  benefit: number;
  bonus: number;
  corrections: number;
  total: number;
  /** Social-insurance contributions on this person's payments (summed per line, as the payroll shows them). */
  pension: number;
  disability: number;
}

/** The approved (or closed) payroll of a month as payments, netted per participant. */
export async function paymentsOf(deps: AppDeps, ctx: CallContext, month: string) {
  requireAction(ctx, 'payroll.files');
  const payroll = await findPayrollMonth(deps.db, ctx.actor.centreId, month);
  if (!payroll) throw notFound();
  if (payroll.status !== 'APPROVED' && payroll.status !== 'CLOSED')
    throw new AppError('INVALID_STATE', {
      message: 'Dokumenty wypłat powstają z listy zatwierdzonej przez kierownika.',
    });
  const lines = await findPayingLines(deps.db, payroll.id);
  const rows = new Map<string, PaymentRow>();
  for (const l of lines) {
    const row = rows.get(l.participant_id) ?? {
      participantId: l.participant_id,
      name: l.name,
      pesel: l.pesel,
      bankAccount: l.bank_account,
      paidInCash: l.paid_in_cash,
      benefit: 0,
      bonus: 0,
      corrections: 0,
      total: 0,
      pension: 0,
      disability: 0,
    };
    if (l.total_grosze !== 0) {
      const c = contributionsOn(l.benefit_grosze, l.bonus_grosze);
      row.pension += c.pension;
      row.disability += c.disability;
    }
    if (l.kind === 'CORRECTION') row.corrections += l.total_grosze;
    else {
      row.benefit += l.benefit_grosze;
      row.bonus += l.bonus_grosze;
    }
    row.total += l.total_grosze;
    rows.set(l.participant_id, row);
  }
  const { row: centre } = await centreOf(deps.db, ctx);
  return { payroll, centre, payments: [...rows.values()] };
}

/**
 * The Elixir-O file of the month's transfers (CP1250 by default). People paid in cash and netted
 * recoveries are not in it; the file's sum must equal the transfers of the payment list.
 */
export async function elixirFile(
  deps: AppDeps,
  ctx: CallContext,
  month: string,
  options: { encoding?: ElixirEncoding; executionDate?: string },
) {
  const { payroll, centre, payments } = await paymentsOf(deps, ctx, month);
  const settings = centreSettings(centre.settings);
  if (!settings.bankAccount)
    throw new AppError('INVALID_STATE', {
      message: 'Wpisz rachunek bankowy centrum w ustawieniach centrum — jest potrzebny w pliku przelewów.',
    });
  const transfers = payments.filter((p) => !p.paidInCash && p.total > 0);
  const missing = transfers.filter((p) => !p.bankAccount);
  if (missing.length)
    throw new AppError('INVALID_STATE', {
      message: `Brak rachunku bankowego: ${missing.map((p) => p.name).join(', ')}.`,
    });
  const expected = transfers.reduce((s, p) => s + p.total, 0);
  const result = buildElixirO(
    {
      payer: {
        name: centre.name,
        address: [`${centre.street} ${centre.building_no}`, `${centre.postal_code} ${centre.city}`],
        nrb: settings.bankAccount,
      },
      executionDate: options.executionDate ?? todayInPoland(deps),
      transfers: transfers.map((p, i) => ({
        recipientName: p.name.split(' ').reverse().join(' '),
        nrb: p.bankAccount!,
        amountGrosze: p.total,
        title: `Świadczenie integracyjne ${month.slice(5, 7)}.${month.slice(0, 4)}`,
        referenceId: `RI-${month.replace('-', '')}-${String(i + 1).padStart(4, '0')}`,
      })),
    },
    { encoding: options.encoding ?? 'cp1250', expectedTotalGrosze: expected },
  );
  if (!result.ok)
    throw new AppError('BAD_REQUEST', {
      message: `Nie można utworzyć pliku przelewów: ${result.errors.map((e) => e.message).join('; ')}`,
      details: { errors: result.errors },
    });
  await audit(deps.db, ctx, 'payroll.bank_file', 'payroll', payroll.id, {
    month,
    transfers: transfers.length,
    total: result.totalGrosze,
    encoding: result.encoding,
  });
  return {
    bytes: Buffer.from(result.bytes),
    fileName: `przelewy-${month}.txt`,
    totalGrosze: result.totalGrosze,
    count: transfers.length,
    warnings: result.warnings,
  };
}

/** The payment list (lista wypłat) as PDF: transfers, then the people paid in cash with a signature column. */
export async function paymentListPdf(deps: AppDeps, ctx: CallContext, month: string) {
  const { payroll, centre, payments } = await paymentsOf(deps, ctx, month);
  const { renderPaymentList } = await import('../../reports/print/payroll-documents');
  const bytes = await renderPaymentList({
    centre: {
      name: centre.name,
      street: centre.street,
      buildingNo: centre.building_no,
      postalCode: centre.postal_code,
      city: centre.city,
      regon: centre.regon,
      nip: centre.nip,
      place: centre.city,
    },
    month,
    status: payroll.status,
    issuedOn: todayInPoland(deps),
    payments,
  });
  await audit(deps.db, ctx, 'payroll.print_list', 'payroll', payroll.id, { month });
  return { bytes, fileName: `lista-wyplat-${month}.pdf` };
}

/** The payment list as XLSX (amounts in złoty as numbers with two decimals, and in grosze). */
export async function paymentListXlsx(deps: AppDeps, ctx: CallContext, month: string) {
  const { payroll, payments } = await paymentsOf(deps, ctx, month);
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'Reintegra';
  const sheet = book.addWorksheet(`Lista wypłat ${month}`);
  sheet.columns = [
    { header: 'Lp.', key: 'lp', width: 5 },
    { header: 'Nazwisko i imię', key: 'name', width: 30 },
    { header: 'PESEL', key: 'pesel', width: 13 },
    { header: 'Rachunek (NRB)', key: 'nrb', width: 30 },
    { header: 'Forma', key: 'form', width: 10 },
    { header: 'Świadczenie [zł]', key: 'benefit', width: 15 },
    { header: 'Premia [zł]', key: 'bonus', width: 12 },
    { header: 'Korekty [zł]', key: 'corr', width: 12 },
    { header: 'Do wypłaty [zł]', key: 'total', width: 15 },
    { header: 'Do wypłaty [gr]', key: 'grosze', width: 14 },
  ];
  payments.forEach((p, i) =>
    sheet.addRow({
      lp: i + 1,
      name: p.name,
      pesel: p.pesel ?? '',
      nrb: p.bankAccount ?? '',
      form: p.paidInCash ? 'gotówka' : 'przelew',
      benefit: p.benefit / 100,
      bonus: p.bonus / 100,
      corr: p.corrections / 100,
      total: p.total / 100,
      grosze: p.total,
    }),
  );
  const total = payments.reduce((s, p) => s + p.total, 0);
  sheet.addRow({ name: 'RAZEM', total: total / 100, grosze: total });
  for (const key of ['benefit', 'bonus', 'corr', 'total']) sheet.getColumn(key).numFmt = '#,##0.00';
  sheet.getRow(1).font = { bold: true };
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  await audit(deps.db, ctx, 'payroll.export_list', 'payroll', payroll.id, { month });
  return { bytes, fileName: `lista-wyplat-${month}.xlsx` };
}

const letterheadOf = (centre: Awaited<ReturnType<typeof centreOf>>['row']) => ({
  name: centre.name,
  street: centre.street,
  buildingNo: centre.building_no,
  postalCode: centre.postal_code,
  city: centre.city,
  regon: centre.regon,
  nip: centre.nip,
  place: centre.city,
});

/**
 * The refund claim (art. 15 ust. 8): the integration benefits paid in the month, the social-insurance
 * contributions on them and their sum — three amounts equal to the payment list's — with the month's
 * attendance lists attached.
 */
export async function refundClaimPdf(deps: AppDeps, ctx: CallContext, month: string) {
  const { payroll, centre, payments } = await paymentsOf(deps, ctx, month);
  const { daysInMonth } = await import('../../domain/calendar');
  const [year, m] = month.split('-').map(Number) as [number, number];
  const from = `${month}-01`;
  const to = `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`;
  const entries = await findAttendanceOf(
    deps.db,
    ctx.actor.centreId,
    payments.map((p) => p.participantId),
    { from, to },
  );
  const { renderRefundClaim } = await import('../../reports/print/payroll-documents');
  const { refundFigures } = await import('../../reports/print/refund-figures');
  const figures = refundFigures(payments);
  const bytes = await renderRefundClaim({
    centre: letterheadOf(centre),
    month,
    issuedOn: todayInPoland(deps),
    figures,
    attendance: payments.map((p) => ({
      name: p.name,
      days: Array.from({ length: daysInMonth(year, m) }, (_, i) => {
        const date = `${month}-${String(i + 1).padStart(2, '0')}`;
        return {
          date,
          status: entries.find((e) => e.participant_id === p.participantId && e.date === date)?.status ?? '',
        };
      }),
    })),
  });
  await audit(deps.db, ctx, 'payroll.refund_claim', 'payroll', payroll.id, {
    month,
    benefits: figures.totals.benefits,
    contributions: figures.totals.contributions,
    total: figures.totals.total,
  });
  return { bytes, fileName: `wniosek-o-refundacje-${month}.pdf` };
}

/** One participant's payslip with the explanation of every amount. */
export async function payslipPdf(deps: AppDeps, ctx: CallContext, month: string, participantId: string) {
  const { payroll, centre, payments } = await paymentsOf(deps, ctx, month);
  const p = payments.find((x) => x.participantId === participantId);
  if (!p) throw notFound();
  const lines = await findPayingLinesOf(deps.db, payroll.id, participantId);
  const { renderPayslip } = await import('../../reports/print/payroll-documents');
  const bytes = await renderPayslip({
    centre: letterheadOf(centre),
    month,
    issuedOn: todayInPoland(deps),
    name: p.name,
    pesel: p.pesel,
    bankAccount: p.bankAccount,
    paidInCash: p.paidInCash,
    lines: lines.map((l) => ({ kind: l.kind, total: l.total_grosze, explanation: l.explanation })),
    total: p.total,
  });
  await audit(deps.db, ctx, 'payroll.payslip', 'participant', participantId, { month });
  return { bytes, fileName: `odcinek-${month}.pdf` };
}
