import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Reads a generated PDF back the way a person would see it: the text through `pdftotext -layout`
 * (poppler-utils) and page 1 as a greyscale bitmap through `pdftoppm`. Missing tools throw (ENOENT),
 * so under CI=true a machine without poppler fails instead of skipping.
 */
const dir = mkdtempSync(join(tmpdir(), 'reintegra-pdf-'));

export interface ReadBack {
  file: string;
  /** Text of each page as pdftotext lays it out (split on form feeds). */
  pages: string[];
  /** All pages, whitespace (including no-break spaces) collapsed to single spaces. */
  text: string;
}

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function readBack(name: string, bytes: Buffer): ReadBack {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = raw.split('\f').slice(0, -1); // pdftotext ends every page with a form feed
  return { file, pages, text: collapse(raw) };
}

/** The body text of all pages joined, without the page footers, so text flowing over a page break reads on. */
export function bodyText(pages: string[]): string {
  return collapse(
    pages
      .map((p) =>
        p
          .split('\n')
          .filter((line) => !/Strona \d+ z \d+/.test(line))
          .join('\n'),
      )
      .join('\n'),
  );
}

/** Page 1 at 50 dpi in greyscale: how many pixels are dark (text, lines) out of all. */
export function firstPageInk(file: string): { dark: number; total: number; width: number; height: number } {
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '50', '-gray', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  // Binary PGM: "P5", width, height, maxval, one whitespace, then width × height bytes.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length, header[0].length + width * height);
  if (pixels.length !== width * height) throw new Error('truncated PGM');
  let dark = 0;
  for (const value of pixels) if (value < 128) dark++;
  return { dark, total: pixels.length, width, height };
}

/** The document information dictionary as pdfinfo prints it (Title, Author, Pages…). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/**
 * Page 1 is an A4 portrait page (413 × 585 px at 50 dpi, ±1 for rounding) with real ink on it, not
 * blank, not black.
 */
export function expectPrintedA4Page(file: string): void {
  const ink = firstPageInk(file);
  expect(Math.abs(ink.width - 413)).toBeLessThanOrEqual(1);
  expect(Math.abs(ink.height - 585)).toBeLessThanOrEqual(1);
  expect(ink.dark).toBeGreaterThan(1500);
  expect(ink.dark / ink.total).toBeLessThan(0.15);
}
