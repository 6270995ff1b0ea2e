import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, createApiHarness, type ApiHarness } from '../support/api';
import { testEngines } from '../support/db';
import { pdfChecksEnabled } from '../support/env';
import { preparePayrollMonth } from '../factories/payroll.factory';
import { readBack } from '../reports/pdf-readback';

/** "1 234,56 zł" (any spaces) → grosze; written here, independently of the app's formatting. */
const grosze = (text: string) => {
  const [whole, frac] = text
    .replace(/[\s\u00a0]/g, '')
    .replace('−', '-')
    .split(',') as [string, string];
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(frac));
};
const amountAfter = (text: string, label: string) => {
  const m = new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+(−?[\\d\\s\u00a0]+,\\d{2}) zł`).exec(text);
  if (!m) throw new Error(`"${label}" with an amount not found in: ${text.slice(0, 400)}`);
  return grosze(m[1]!);
};
/** Half-up rounding of a rate in basis points, as a person would do it with a calculator. */
const rate = (base: number, bp: number) => Math.round((base * bp) / 10000);

/** Splits one Elixir-O line into its fields: commas outside double quotes (written here, not the app's reader). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe.each(testEngines())('monthly payroll on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let workshopId: string;
  const people = { full: '', cash: '', trial: '', leaving: '' };

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const prepared = await preparePayrollMonth(h.app, h.deps);
    Object.assign(c, prepared.c);
    workshopId = prepared.workshopId;
    Object.assign(people, prepared.people);
  });
  afterAll(() => h.close());

  const payroll = () => c.ACCOUNTANT.get('/api/v1/payroll/2026-05').then((r) => r.json());
  const line = (p: { lines: { participantId: string; kind: string }[] }, id: string) =>
    p.lines.find((l) => l.participantId === id && l.kind === 'BENEFIT') as any;

  it(
    'computes every participant-month with the engine, explained; the IPZS ' +
      'continuing after employment gets nothing and is listed',
    async () => {
      expect((await c.INSTRUCTOR.post('/api/v1/payroll/2026-05/compute')).statusCode).toBe(403);
      const r = await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute');
      expect(r.statusCode, r.body).toBe(200);
      const p = r.json();
      expect(p.status).toBe('DRAFT');
      expect(line(p, people.full)).toMatchObject({ status: 'PAY', paidInCash: false });
      expect(line(p, people.full).total).toBeGreaterThan(0);
      expect(line(p, people.full).explanation.join('\n')).toMatch(/art\. 15/);
      expect(line(p, people.cash).total).toBeLessThan(line(p, people.full).total); // one unexcused day
      expect(line(p, people.leaving)).toMatchObject({ status: 'CONTINUING_NO_BENEFIT', total: 0 });
      expect(line(p, people.leaving).explanation[0]).toContain('art. 13 ust. 5');
      expect(p.total).toBe(p.transfers.total + p.cash.total);
      expect(
        p.funding
          .map((f: { source: string; amount: number }) => f.amount)
          .reduce((a: number, b: number) => a + b, 0),
      ).toBe(p.total);
      expect(p.cash.count).toBe(1);
      expect(p.blockers).toEqual(['Warsztat Kuchnia: lista obecności za 2026-05 nie jest zamknięta.']);
    },
  );

  it('takes a bonus only from the director, refused in the trial month and above the limit', async () => {
    const body = {
      month: '2026-05',
      participantId: people.full,
      amountGrosze: 20000,
      justification: 'Aktywna postawa i postępy w warsztacie.',
    };
    expect((await c.ACCOUNTANT.post('/api/v1/payroll/bonuses', body)).statusCode).toBe(403);
    const trial = await c.DIRECTOR.post('/api/v1/payroll/bonuses', { ...body, participantId: people.trial });
    expect(trial.json().error.details.fields[0]).toMatchObject({
      path: 'amountGrosze',
      code: 'BONUS_IN_TRIAL',
    });
    const over = await c.DIRECTOR.post('/api/v1/payroll/bonuses', { ...body, amountGrosze: 10_000_000 });
    expect(over.json().error.details.fields[0]).toMatchObject({
      code: 'BONUS_ABOVE_LIMIT',
      message: expect.stringContaining('art. 15a'),
    });
    expect((await c.DIRECTOR.get('/api/v1/payroll/2026-05/bonus-suggestions')).json()).toEqual({
      percent: null,
      items: [],
    });
    const centre = (await c.ADMIN.get('/api/v1/centre')).json();
    expect(
      (
        await c.ADMIN.patch('/api/v1/centre', {
          settings: { bonusFullAttendancePercent: 10 },
          version: centre.version,
        })
      ).statusCode,
    ).toBe(200);
    const suggested = (await c.DIRECTOR.get('/api/v1/payroll/2026-05/bonus-suggestions')).json();
    // Only the person present every class day outside the trial month: not the one with an unexcused
    // day, not the trial month.
    expect(suggested.items.map((x: { participantId: string }) => x.participantId)).toEqual([people.full]);
    expect(suggested.items[0].justification).toContain('regulaminem');
    expect((await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/bonus-suggestions')).statusCode).toBe(403);
    const ok = await c.DIRECTOR.post('/api/v1/payroll/bonuses', body);
    expect(ok.statusCode, ok.body).toBe(200);
    const p = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute')).json();
    expect(line(p, people.full).bonus).toBe(20000);
  });

  it('a bonus or a changed cash flag makes the draft visibly stale; review refuses it until recomputed', async () => {
    let p = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute')).json();
    expect(p.stale).toBe(false);
    const bonus = await c.DIRECTOR.post('/api/v1/payroll/bonuses', {
      month: '2026-05',
      participantId: people.full,
      amountGrosze: 25000,
      justification: 'Aktywna postawa i postępy w warsztacie.',
    });
    expect(bonus.statusCode, bonus.body).toBe(200);
    p = await payroll();
    expect(p.stale).toBe(true);
    expect(line(p, people.full).bonus).toBe(20000);
    const refused = await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/review', { version: p.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'PAYROLL_STALE',
      message: expect.stringContaining('Przelicz'),
    });
    p = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute')).json();
    expect(line(p, people.full).bonus).toBe(25000);
    expect(p.stale).toBe(false);

    const cash = (await c.DIRECTOR.get(`/api/v1/participants/${people.cash}`)).json();
    const flip = await c.DIRECTOR.patch(`/api/v1/participants/${people.cash}`, {
      paidInCash: false,
      version: cash.version,
    });
    expect(flip.statusCode, flip.body).toBe(200);
    p = await payroll();
    expect(p.stale).toBe(true);
    expect(
      (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/review', { version: p.version })).json().error.code,
    ).toBe('PAYROLL_STALE');
    const back = await c.DIRECTOR.patch(`/api/v1/participants/${people.cash}`, {
      paidInCash: true,
      version: flip.json().version,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await payroll()).stale).toBe(false);
  });

  it('closes only when reviewed, approved, attendance locked and everyone payable — in one transaction', async () => {
    let p = await payroll();
    expect((await c.DIRECTOR.post('/api/v1/payroll/2026-05/close', { version: p.version })).statusCode).toBe(
      409,
    );
    expect((await c.DIRECTOR.post('/api/v1/payroll/2026-05/review', { version: p.version })).statusCode).toBe(
      403,
    );
    p = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/review', { version: p.version })).json();
    expect(p.status).toBe('REVIEWED');
    p = (await c.DIRECTOR.post('/api/v1/payroll/2026-05/approve', { version: p.version })).json();
    expect(p.status).toBe('APPROVED');
    const blocked = await c.DIRECTOR.post('/api/v1/payroll/2026-05/close', { version: p.version });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.details.blockers).toEqual([
      'Warsztat Kuchnia: lista obecności za 2026-05 nie jest zamknięta.',
    ]);
    expect((await payroll()).status).toBe('APPROVED');
    expect(
      (await c.DIRECTOR.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' })).statusCode,
    ).toBe(200);
    const closed = await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/close', { version: p.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('CLOSED');
    expect(
      (await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/close', { version: closed.json().version }))
        .statusCode,
    ).toBe(409);
    expect((await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute')).json().error.message).toContain(
      'zamknięta',
    );
    expect(
      (
        await c.DIRECTOR.post('/api/v1/payroll/bonuses', {
          month: '2026-05',
          participantId: people.full,
          amountGrosze: 100,
          justification: 'x',
        })
      ).statusCode,
    ).toBe(409);
    await expect(
      h.deps.db
        .updateTable('payroll_lines')
        .set({ total_grosze: 1 })
        .where('payroll_id', '=', closed.json().id)
        .execute(),
    ).rejects.toThrow(/closed/);
  });

  it(
    'writes the Elixir-O file: CP1250 read back with iconv-lite, 16 fields ' +
      'a line, the sum equal to the payment list',
    async () => {
      const p = await payroll();
      const r = await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/bank-file?executionDate=2026-06-05');
      expect(r.statusCode, r.body).toBe(200);
      const text = iconv.decode(r.rawPayload, 'win1250');
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(p.transfers.count);
      const parsed = lines.map(fields);
      expect(parsed.every((f) => f.length === 16)).toBe(true);
      expect(parsed.reduce((s, f) => s + Number(f[2]), 0)).toBe(p.transfers.total);
      expect(text).toContain('Pełna');
      expect(text).not.toContain('Gotówka');
      expect(parsed[0]![1]).toBe('20260605');

      const xlsx = await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/payment-list.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
      const totalRow = rows.find((row) => row.includes('RAZEM'))!;
      expect(totalRow[10]).toBe(p.total);

      const pdf = await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/payment-list.pdf');
      expect(pdf.statusCode).toBe(200);
      if (pdfChecksEnabled) {
        const file = join(mkdtempSync(join(tmpdir(), 'reintegra-payroll-')), 'lista.pdf');
        writeFileSync(file, pdf.rawPayload);
        const out = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        for (const s of [
          'LISTA WYPŁAT ŚWIADCZENIA INTEGRACYJNEGO',
          'Pełna Zofia',
          'Wypłaty gotówkowe (1)',
          'Gotówka Jan',
          'Podpis odbierającego',
        ])
          expect(out).toContain(s);
      }
      expect((await c.INSTRUCTOR.get('/api/v1/payroll/2026-05/bank-file')).statusCode).toBe(403);
      expect(p.contributions).toMatchObject({
        payer: 'centrum integracji społecznej',
        payerConfirmed: false,
      });
      expect(p.contributions.pension).toBe(
        p.lines
          .filter((l: { status: string }) => l.status === 'PAY')
          .reduce((s: number, l: { contributions: { pension: number } }) => s + l.contributions.pension, 0),
      );
      const claim = await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/refund-claim.pdf');
      expect(claim.statusCode, claim.body).toBe(200);
      const slip = await c.ACCOUNTANT.get(`/api/v1/payroll/2026-05/payslip/${people.full}`);
      expect(slip.statusCode, slip.body).toBe(200);
      if (pdfChecksEnabled) {
        const dir = mkdtempSync(join(tmpdir(), 'reintegra-payroll-'));
        writeFileSync(join(dir, 'claim.pdf'), claim.rawPayload);
        const claimText = execFileSync('pdftotext', ['-layout', join(dir, 'claim.pdf'), '-'], {
          encoding: 'utf8',
        });
        for (const s of [
          'WNIOSEK O REFUNDACJĘ ŚWIADCZEŃ INTEGRACYJNYCH',
          'Funduszu Pracy',
          'Pełna Zofia',
          'Załącznik — lista obecności: Pełna Zofia',
        ])
          expect(claimText).toContain(s);
        for (const internal of ['law.md', '[M]', '[U]', 'do potwierdzenia', 'Źródło'])
          expect(claimText).not.toContain(internal);
        writeFileSync(join(dir, 'slip.pdf'), slip.rawPayload);
        const slipText = execFileSync('pdftotext', ['-layout', join(dir, 'slip.pdf'), '-'], {
          encoding: 'utf8',
        });
        for (const s of ['ODCINEK WYPŁATY', 'Pełna Zofia', 'art. 15', 'przelewem na rachunek'])
          expect(slipText).toContain(s);
      }
    },
  );

  it(
    'the refund claim states benefits, contributions and their sum — equal ' +
      'to the payment list to the grosz',
    async () => {
      const realNow = h.deps.now;
      h.deps.now = () => new Date('2026-06-03T08:00:00Z');
      try {
        const p = await payroll();
        expect(p.status).toBe('CLOSED');
        const paying = p.lines.filter(
          (l: { status: string; total: number }) => l.status === 'PAY' && l.total !== 0,
        );
        // An independent calculation from the payroll's lines: benefits (without the art. 15a bonus), and
        // 19,52 % + 8 % of each payment's base (benefit and bonus), rounded half up per payment.
        const benefits = paying.reduce((s: number, l: { benefit: number }) => s + l.benefit, 0);
        const contributions = paying.reduce(
          (s: number, l: { benefit: number; bonus: number }) =>
            s + rate(l.benefit + l.bonus, 1952) + rate(l.benefit + l.bonus, 800),
          0,
        );
        expect(benefits + paying.reduce((s: number, l: { bonus: number }) => s + l.bonus, 0)).toBe(p.total);
        expect(contributions).toBe(p.contributions.total);
        const claim = await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/refund-claim.pdf');
        const list = await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/payment-list.pdf');
        expect(claim.statusCode).toBe(200);
        expect(list.statusCode).toBe(200);
        if (!pdfChecksEnabled) return;
        const claimText = readBack('refund-claim', claim.rawPayload).text;
        const listText = readBack('payment-list', list.rawPayload).text;
        for (const text of [claimText, listText]) {
          expect(amountAfter(text, 'Świadczenia integracyjne wypłacone uczestnikom')).toBe(benefits);
          expect(amountAfter(text, 'Składki na ubezpieczenia emerytalne i rentowe od świadczeń')).toBe(
            contributions,
          );
          expect(amountAfter(text, 'Razem do refundacji (świadczenia i składki)')).toBe(
            benefits + contributions,
          );
          expect(text).toContain('03.06.2026'); // dated the day it is made
        }
        expect(claimText).toContain('art. 15 ust. 8');
        expect(claimText).not.toMatch(/\d,\d{3} zł|law\.md|\[[MUV]2?\]|→/);
      } finally {
        h.deps.now = realNow;
      }
    },
  );

  it('the payslip shows whole grosze, glyphs the font has and no internal notes', async () => {
    const slip = await c.ACCOUNTANT.get(`/api/v1/payroll/2026-05/payslip/${people.cash}`);
    expect(slip.statusCode).toBe(200);
    const p = await payroll();
    // The engine's explanation keeps the exact figure (one unexcused day: 1/20 of the benefit) for the screen…
    expect(line(p, people.cash).explanation.join(' ')).toMatch(/\d,\d{3} zł/);
    if (!pdfChecksEnabled) return;
    const text = readBack('payslip-cash', slip.rawPayload).text;
    // …paper shows grosze and the rounded amount, never "1962,966 zł → 1962,97 zł".
    expect(text).not.toMatch(/\d,\d{3}/);
    expect(text).not.toContain('→');
    expect(text).not.toContain('≈');
    expect(text).toContain(
      `Do wypłaty: ${(line(p, people.cash).total / 100).toFixed(2).replace('.', ',')} zł`,
    );
  });

  it('corrects a closed month with a separate entry in an open month, never by editing it', async () => {
    const noReason = await c.ACCOUNTANT.post('/api/v1/payroll/corrections', {
      participantId: people.full,
      concernsMonth: '2026-05',
      settleMonth: '2026-06',
      amountGrosze: 5165,
    });
    expect(noReason.statusCode).toBe(400);
    const intoClosed = await c.ACCOUNTANT.post('/api/v1/payroll/corrections', {
      participantId: people.full,
      concernsMonth: '2026-05',
      settleMonth: '2026-05',
      amountGrosze: 5165,
      reason: 'Spóźnione zwolnienie lekarskie.',
    });
    expect(intoClosed.json().error.details.fields[0]).toMatchObject({
      path: 'settleMonth',
      code: 'MONTH_CLOSED',
    });
    const ok = await c.ACCOUNTANT.post('/api/v1/payroll/corrections', {
      participantId: people.full,
      concernsMonth: '2026-05',
      settleMonth: '2026-06',
      amountGrosze: -5165,
      reason: 'Spóźnione zwolnienie lekarskie za 12.05.',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const june = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-06/compute')).json();
    expect(june.lines.find((l: { kind: string }) => l.kind === 'CORRECTION')).toMatchObject({
      participantId: people.full,
      total: -5165,
      explanation: [expect.stringContaining('Korekta za 2026-05')],
    });
    const may = await payroll();
    expect(may.status).toBe('CLOSED');
  });

  it(
    'a month still running: blank class days block the draft and are never ' +
      'paid as attended; no full-attendance bonus',
    async () => {
      const realNow = h.deps.now;
      h.deps.now = () => new Date('2026-12-02T09:00:00Z');
      try {
        const p = (await c.ACCOUNTANT.post('/api/v1/payroll/2026-12/compute')).json();
        const full = line(p, people.full);
        expect(full.missingDays).toContain('2026-12-01');
        expect(full.missingDays).not.toContain('2026-12-25');
        expect(full.problems.join(' ')).toContain('dni zajęć bez statusu obecności');
        expect(p.blockers.find((b: string) => b.startsWith('Pełna Zofia:'))).toMatch(
          /brak statusu obecności.*01\.12/,
        );
        const review = await c.ACCOUNTANT.post('/api/v1/payroll/2026-12/review', { version: p.version });
        expect(review.statusCode).toBe(409);
        expect(review.json().error.code).toBe('PAYROLL_ATTENDANCE_INCOMPLETE');
        const suggestions = (await c.DIRECTOR.get('/api/v1/payroll/2026-12/bonus-suggestions')).json();
        expect(suggestions).toMatchObject({ items: [], monthComplete: false });
      } finally {
        h.deps.now = realNow;
      }
    },
  );
});
