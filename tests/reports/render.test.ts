import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/reports/pdf/render';
import { gendered, longDate, plural, sexOf, shortDate, typeset } from '../../src/reports/pdf/wording';
import { pdfChecksEnabled } from '../support/env';
import { pdfInfo, readBack } from './pdf-readback';

describe('Polish wording for printed documents', () => {
  it.each([
    ['2026-11-23', '23.11.2026', '23 listopada 2026 r.'],
    ['2026-01-05', '05.01.2026', '5 stycznia 2026 r.'],
    ['2024-02-29', '29.02.2024', '29 lutego 2024 r.'],
    ['2026-09-30T10:00:00Z', '30.09.2026', '30 września 2026 r.'],
    ['2026-10-01', '01.10.2026', '1 października 2026 r.'],
  ])('%s → %s / %s', (iso, short, long) => {
    expect(shortDate(iso)).toBe(short);
    expect(longDate(iso)).toBe(long);
  });

  it.each(['2026-02-30', '2025-02-29', '23.11.2026', '', '2026-13-01'])(
    'refuses to print the non-date %j',
    (bad) => {
      expect(() => shortDate(bad)).toThrow(RangeError);
      expect(() => longDate(bad)).toThrow(RangeError);
    },
  );

  it.each([
    [1, 'miesiąc'],
    [2, 'miesiące'],
    [4, 'miesiące'],
    [5, 'miesięcy'],
    [11, 'miesięcy'],
    [12, 'miesięcy'],
    [14, 'miesięcy'],
    [22, 'miesiące'],
    [25, 'miesięcy'],
    [0, 'miesięcy'],
  ])('%i %s', (n, word) => expect(plural(n, 'miesiąc', 'miesiące', 'miesięcy')).toBe(word));

  it('takes the sex as recorded, else from a valid PESEL, else prints both forms', () => {
    expect(sexOf({ sex: 'M', pesel: '85030512345' })).toBe('M');
    expect(sexOf({ pesel: '85030512345' })).toBe('F');
    expect(sexOf({ pesel: '85030512346' })).toBeNull(); // bad check digit: no guess
    expect(sexOf({ pesel: null })).toBeNull();
    expect(gendered(null, 'uczestniczka', 'uczestnik')).toBe('uczestnik/uczestniczka');
    expect(gendered(null, 'uczestniczyła', 'uczestniczył', 'uczestniczył(a)')).toBe('uczestniczył(a)');
  });

  it('binds one-letter words, article numbers and "r." with no-break spaces and changes nothing else', () => {
    const text =
      'Na podstawie art. 13 ust. 4 pkt 2 i § 1 w dniu 2 maja 2026 r. z Centrum ' +
      'a także o tym (w zajęciach)\r\nnowa linia';
    const out = typeset(text);
    expect(out.replace(/\u00a0/g, ' ')).toBe(text.replace('\r\n', '\n'));
    for (const bound of [
      'art.\u00a013',
      'ust.\u00a04',
      'pkt\u00a02',
      ' i\u00a0§\u00a01',
      ' w\u00a0dniu',
      '2026\u00a0r.',
      ' z\u00a0Centrum',
      ' a\u00a0także',
      ' o\u00a0tym',
      '(w\u00a0zajęciach)',
    ]) {
      expect(out).toContain(bound);
    }
    expect(typeset('Anna Kowalska')).toBe('Anna Kowalska');
  });
});

describe('renderPdf resource policy', () => {
  it.each([
    '/etc/hostname',
    `${process.cwd()}/node_modules/pdfmake/fonts/Roboto/../../package.json`,
    'https://example.com/logo.png',
  ])('refuses to read %s', async (image) => {
    await expect(renderPdf({ title: 'x', content: [{ image }] })).rejects.toThrow(
      /denied by resource access policy/,
    );
  });
});

describe.skipIf(!pdfChecksEnabled)('renderPdf output (read back with poppler)', () => {
  it('writes A4 with title/author metadata, the bundled Roboto embedded, and page numbers on every page', async () => {
    const content = Array.from({ length: 90 }, (_, i) => ({
      text: `Wiersz ${i + 1}: zażółć gęślą jaźń — ŻÓŁTA ŁÓDŹ.`,
    }));
    const { file, pages } = readBack(
      'render-basics',
      await renderPdf({ title: 'Próba wydruku', footerNote: 'Próba nr 1/2026', content }),
    );

    const info = pdfInfo(file);
    expect(info.Title).toBe('Próba wydruku');
    expect(info.Author).toBe('Reintegra');
    expect(info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(info.Pages).toBe(String(pages.length));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Strona ${i + 1} z ${pages.length}`);
      expect(page).toContain('Próba nr 1/2026');
    });
    expect(pages.join('')).toContain('Wiersz 90: zażółć gęślą jaźń — ŻÓŁTA ŁÓDŹ.');

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Roboto-Regular/);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((line) => /\byes\b/.test(line)),
    ).toBe(true); // every font embedded
  });
});
