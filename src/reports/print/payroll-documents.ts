import type { Content, TableCell } from 'pdfmake/interfaces';
import { letterhead, renderPdf, signature, thinLines, type Letterhead } from './render';

export interface PaymentListData {
  centre: Letterhead;
  month: string;
  status: string;
  issuedOn: string;
  payments: { name: string; pesel: string | null; bankAccount: string | null; paidInCash: boolean; benefit: number; bonus: number; corrections: number; total: number }[];
}

/** 2 066,28 */
const zl = (grosze: number) => `${grosze < 0 ? '−' : ''}${Math.floor(Math.abs(grosze) / 100).toLocaleString('pl-PL')},${String(Math.abs(grosze) % 100).padStart(2, '0')}`;
const nrb = (n: string | null) => (n ? `${n.slice(0, 2)} ${n.slice(2).replace(/(\d{4})(?=\d)/g, '$1 ')}` : '—');

function table(rows: PaymentListData['payments'], withSignature: boolean): Content {
  const header = ['Lp.', 'Nazwisko i imię', withSignature ? 'PESEL' : 'Rachunek (NRB)', 'Świadczenie', 'Premia', 'Korekty', 'Do wypłaty', ...(withSignature ? ['Podpis odbierającego'] : [])].map((h) => ({ text: h, style: 'th', fontSize: 8 }));
  const body: TableCell[][] = [header, ...rows.map((p, i) => [
    String(i + 1), p.name, withSignature ? p.pesel ?? '—' : nrb(p.bankAccount), zl(p.benefit), zl(p.bonus), zl(p.corrections), { text: zl(p.total), bold: true }, ...(withSignature ? [' '] : []),
  ].map((c) => (typeof c === 'string' ? { text: c, fontSize: 8 } : { ...c, fontSize: 8 })))];
  const total = rows.reduce((s, p) => s + p.total, 0);
  body.push([{ text: 'RAZEM', colSpan: 6, bold: true, fontSize: 8 }, '', '', '', '', '', { text: zl(total), bold: true, fontSize: 8 }, ...(withSignature ? [''] : [])]);
  return { table: { headerRows: 1, widths: withSignature ? [18, '*', 60, 48, 40, 40, 52, 80] : [18, '*', 150, 52, 44, 44, 56], body }, layout: thinLines };
}

/** Lista wypłat świadczenia integracyjnego: transfers, then cash payments with a signature column. */
export async function renderPaymentList(d: PaymentListData): Promise<Buffer> {
  const transfers = d.payments.filter((p) => !p.paidInCash && p.total > 0);
  const cash = d.payments.filter((p) => p.paidInCash && p.total > 0);
  const recover = d.payments.filter((p) => p.total < 0);
  const all = d.payments.reduce((s, p) => s + Math.max(0, p.total), 0);
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: 'LISTA WYPŁAT ŚWIADCZENIA INTEGRACYJNEGO', style: 'title' },
    { text: `za miesiąc ${d.month.slice(5, 7)}.${d.month.slice(0, 4)} · art. 15 ustawy o zatrudnieniu socjalnym · stan listy: ${d.status === 'CLOSED' ? 'zamknięta' : 'zatwierdzona'}`, style: 'subtitle' },
    { text: `Przelewy (${transfers.length})`, style: 'h2' },
    transfers.length ? table(transfers, false) : { text: '—' },
    { text: `Wypłaty gotówkowe (${cash.length})`, style: 'h2' },
    cash.length ? table(cash, true) : { text: '—' },
  ];
  if (recover.length) content.push({ text: `Do zwrotu przez uczestnika (${recover.length})`, style: 'h2' }, table(recover, false));
  content.push(
    { text: `Razem do wypłaty: ${zl(all)} zł`, bold: true, margin: [0, 10, 0, 0] },
    { columns: [signature('sporządził(a) — księgowość'), { text: '', width: '*' }, signature('zatwierdził(a) — kierownik')] },
  );
  return renderPdf({ title: `Lista wypłat ${d.month}`, footerNote: `Lista wypłat ${d.month} — ${d.centre.name}`, content });
}
