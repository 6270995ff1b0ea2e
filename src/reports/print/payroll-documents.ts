import type { Content, TableCell } from 'pdfmake/interfaces';
import { zlotyNumber } from '../../domain/polish-format';
import { refundFigures, type RefundFigures } from './refund-figures';
import { letterhead, renderPdf, signature, thinLines, type Letterhead } from './render';

export interface PaymentListData {
  centre: Letterhead;
  month: string;
  status: string;
  issuedOn: string;
  payments: {
    name: string;
    pesel: string | null;
    bankAccount: string | null;
    paidInCash: boolean;
    benefit: number;
    bonus: number;
    corrections: number;
    total: number;
    pension: number;
    disability: number;
  }[];
}

const monthText = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

/** The three amounts of the refund (art. 15 ust. 8), printed the same way on the payment list and the claim. */
function refundSummary(f: RefundFigures): Content {
  const row = (label: string, amount: number, bold = false) => [
    { text: label, bold },
    { text: `${zlotyNumber(amount)} zł`, alignment: 'right' as const, bold },
  ];
  return {
    table: {
      widths: ['*', 110],
      body: [
        row('Świadczenia integracyjne wypłacone uczestnikom', f.totals.benefits),
        row('Składki na ubezpieczenia emerytalne i rentowe od świadczeń', f.totals.contributions),
        row('Razem do refundacji (świadczenia i składki)', f.totals.total, true),
      ],
    },
    layout: thinLines,
    margin: [0, 4, 0, 4],
  };
}
const nrb = (n: string | null) =>
  n ? `${n.slice(0, 2)} ${n.slice(2).replace(/(\d{4})(?=\d)/g, '$1 ')}` : '—';

function table(rows: PaymentListData['payments'], withSignature: boolean): Content {
  const header = [
    'Lp.',
    'Nazwisko i imię',
    withSignature ? 'PESEL' : 'Rachunek (NRB)',
    'Świadczenie',
    'Premia',
    'Korekty',
    'Do wypłaty',
    ...(withSignature ? ['Podpis odbierającego'] : []),
  ].map((h) => ({ text: h, style: 'th', fontSize: 8 }));
  const body: TableCell[][] = [
    header,
    ...rows.map((p, i) =>
      [
        String(i + 1),
        p.name,
        withSignature ? (p.pesel ?? '—') : nrb(p.bankAccount),
        zlotyNumber(p.benefit),
        zlotyNumber(p.bonus),
        zlotyNumber(p.corrections),
        { text: zlotyNumber(p.total), bold: true },
        ...(withSignature ? [' '] : []),
      ].map((c) => (typeof c === 'string' ? { text: c, fontSize: 8 } : { ...c, fontSize: 8 })),
    ),
  ];
  const total = rows.reduce((s, p) => s + p.total, 0);
  body.push([
    { text: 'RAZEM', colSpan: 6, bold: true, fontSize: 8 },
    '',
    '',
    '',
    '',
    '',
    { text: zlotyNumber(total), bold: true, fontSize: 8 },
    ...(withSignature ? [''] : []),
  ]);
  return {
    table: {
      headerRows: 1,
      widths: withSignature ? [18, '*', 60, 48, 40, 40, 52, 80] : [18, '*', 150, 52, 44, 44, 56],
      body,
    },
    layout: thinLines,
  };
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
    {
      text:
        `za miesiąc ${monthText(d.month)} · art. 15 ustawy o zatrudnieniu socjalnym ` +
        `· stan listy: ${d.status === 'CLOSED' ? 'zamknięta' : 'zatwierdzona'}`,
      style: 'subtitle',
    },
    { text: `Przelewy (${transfers.length})`, style: 'h2' },
    transfers.length ? table(transfers, false) : { text: '—' },
    { text: `Wypłaty gotówkowe (${cash.length})`, style: 'h2' },
    cash.length ? table(cash, true) : { text: '—' },
  ];
  if (recover.length)
    content.push(
      { text: `Do zwrotu przez uczestnika (${recover.length})`, style: 'h2' },
      table(recover, false),
    );
  const figures = refundFigures(d.payments);
  content.push(
    { text: `Razem do wypłaty: ${zlotyNumber(all)} zł`, bold: true, margin: [0, 10, 0, 0] },
    { text: 'Do wniosku o refundację (art. 15 ust. 8 ustawy o zatrudnieniu socjalnym)', style: 'h2' },
    refundSummary(figures),
    {
      text:
        `Składki: emerytalna ${zlotyNumber(figures.totals.pension)} zł, ` +
        `rentowa ${zlotyNumber(figures.totals.disability)} zł.${
          figures.totals.bonuses
            ? ` Premie motywacyjne (art. 15a) ${zlotyNumber(figures.totals.bonuses)} ` +
              `zł wypłaca centrum ze środków własnych — nie są objęte refundacją.`
            : ''
        }`,
      style: 'small',
    },
    {
      columns: [
        signature('sporządził(a) — księgowość'),
        { text: '', width: '*' },
        signature('zatwierdził(a) — kierownik'),
      ],
    },
  );
  return renderPdf({
    title: `Lista wypłat ${d.month}`,
    footerNote: `Lista wypłat ${d.month} — ${d.centre.name}`,
    content,
  });
}

export interface RefundClaimData {
  centre: Letterhead;
  month: string;
  issuedOn: string;
  figures: RefundFigures;
  /** The month's attendance of each person, attached to the claim. */
  attendance: { name: string; days: { date: string; status: string }[] }[];
}

const STATUS_SHORT: Record<string, string> = {
  present: 'O',
  day_off: 'W',
  sick: 'C',
  unexcused: 'N',
  excused: 'U',
  no_classes: '–',
};

/**
 * Wniosek o refundację (art. 15 ust. 8): the benefits paid in the month, the social-insurance
 * contributions and their sum, per person and in total, with the attendance lists attached.
 */
export async function renderRefundClaim(d: RefundClaimData): Promise<Buffer> {
  const f = d.figures;
  const body: TableCell[][] = [
    ['Lp.', 'Nazwisko i imię', 'PESEL', 'Świadczenie', 'Składka emeryt.', 'Składka rentowa', 'Razem'].map(
      (h) => ({ text: h, style: 'th', fontSize: 8 }),
    ),
    ...f.rows.map((r, i) =>
      [
        String(i + 1),
        r.name,
        r.pesel ?? '—',
        zlotyNumber(r.benefits),
        zlotyNumber(r.pension),
        zlotyNumber(r.disability),
        zlotyNumber(r.total),
      ].map((text) => ({ text, fontSize: 8 })),
    ),
    [
      { text: 'RAZEM', colSpan: 3, bold: true, fontSize: 8 },
      '',
      '',
      ...[f.totals.benefits, f.totals.pension, f.totals.disability, f.totals.total].map((v) => ({
        text: zlotyNumber(v),
        bold: true,
        fontSize: 8,
      })),
    ],
  ];
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: 'Starosta — Powiatowy Urząd Pracy', bold: true, margin: [300, 0, 0, 14] },
    { text: 'WNIOSEK O REFUNDACJĘ ŚWIADCZEŃ INTEGRACYJNYCH', style: 'title' },
    {
      text:
        `wypłaconych za miesiąc ${monthText(d.month)}, wraz ze składkami na ubezpieczenia ` +
        `społeczne (art. 15 ust. 8 ustawy o zatrudnieniu socjalnym)`,
      style: 'subtitle',
    },
    {
      text:
        `Na podstawie art. 15 ust. 8 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu ` +
        `socjalnym wnoszę o refundację ze środków Funduszu Pracy świadczeń integracyjnych ` +
        `wypłaconych uczestnikom ${d.centre.name} wraz ze składkami na ubezpieczenia ` +
        `społeczne:`,
      margin: [0, 0, 0, 4],
    },
    refundSummary(f),
    { text: 'Zestawienie według uczestników', style: 'h2' },
    { table: { headerRows: 1, widths: [18, '*', 62, 56, 52, 52, 56], body }, layout: thinLines },
    {
      text: 'Załączniki: kopia listy wypłat świadczeń integracyjnych za ten miesiąc; listy obecności uczestników.',
      margin: [0, 8, 0, 0],
    },
    { columns: [{ text: '', width: '*' }, signature('kierownik Centrum')] },
  ];
  for (const a of d.attendance) {
    content.push({
      text: `Załącznik — lista obecności: ${a.name}, ${monthText(d.month)}`,
      style: 'h2',
      pageBreak: 'before',
    });
    content.push({
      table: {
        widths: a.days.map(() => '*'),
        body: [
          a.days.map((x) => ({ text: String(Number(x.date.slice(8))), style: 'th', fontSize: 7 })),
          a.days.map((x) => ({ text: STATUS_SHORT[x.status] ?? '', fontSize: 8 })),
        ],
      },
      layout: thinLines,
    });
    content.push({
      text:
        'O — obecność, W — dzień wolny, C — choroba, N — nieobecność nieusprawiedliwiona, ' +
        'U — usprawiedliwiona, – — brak zajęć.',
      style: 'small',
      margin: [0, 4, 0, 0],
    });
  }
  return renderPdf({
    title: `Wniosek o refundację ${d.month}`,
    footerNote: `Wniosek o refundację ${monthText(d.month)} — ${d.centre.name}`,
    content,
    landscape: false,
  });
}

export interface PayslipData {
  centre: Letterhead;
  month: string;
  issuedOn: string;
  name: string;
  pesel: string | null;
  bankAccount: string | null;
  paidInCash: boolean;
  lines: { kind: string; total: number; explanation: string[] }[];
  total: number;
}

/** Odcinek wypłaty: one participant's month with every amount explained. */
export async function renderPayslip(d: PayslipData): Promise<Buffer> {
  const content: Content[] = [
    letterhead(d.centre, d.issuedOn),
    { text: 'ODCINEK WYPŁATY ŚWIADCZENIA INTEGRACYJNEGO', style: 'title' },
    {
      text: `${d.name}${d.pesel ? ` · PESEL ${d.pesel}` : ''} · miesiąc ${monthText(d.month)}`,
      style: 'subtitle',
    },
  ];
  for (const l of d.lines) {
    content.push(
      {
        text: `${l.kind === 'CORRECTION' ? 'Korekta' : 'Świadczenie'}: ${zlotyNumber(l.total)} zł`,
        style: 'h2',
      },
      { ul: l.explanation, fontSize: 9 },
    );
  }
  content.push(
    {
      text:
        `Do wypłaty: ${zlotyNumber(d.total)}` +
        ` zł — ${d.paidInCash ? 'gotówką w kasie centrum' : `przelewem na rachunek ${nrb(d.bankAccount)}`}`,
      bold: true,
      margin: [0, 12, 0, 0],
    },
    {
      text: 'Świadczenie integracyjne nie podlega egzekucji (art. 831 § 1 pkt 9 k.p.c.).',
      style: 'small',
      margin: [0, 6, 0, 0],
    },
  );
  return renderPdf({
    title: `Odcinek wypłaty ${d.name} ${d.month}`,
    footerNote: `Odcinek wypłaty — ${d.month}`,
    content,
  });
}
