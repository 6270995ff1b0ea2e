import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The one pdfmake set-up of the server, for every document (participant documents in `pdf/`, registers
 * and printouts in `print/`, the annual report): pdfmake with the Roboto fonts it ships (Polish letters
 * included, so printing works without system fonts), loaded on the first document rather than at
 * start-up; no URL is ever fetched and only the font folder may be read.
 */
type PdfMake = typeof import('pdfmake');
type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };

const require = createRequire(import.meta.url);
let loaded: { pdfmake: PdfMake; roboto: FontFiles; fontDir: string } | undefined;

function engine() {
  if (loaded) return loaded;
  // pdfmake's CommonJS entry exports one instance; a native ESM import would not see its methods.
  const pdfmake = require('pdfmake') as PdfMake;
  const font = (file: string) => require.resolve(`pdfmake/fonts/Roboto/${file}`);
  const roboto = {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  };
  loaded = { pdfmake, roboto, fontDir: dirname(roboto.normal) + sep };
  return loaded;
}

/** Renders a laid-out document to PDF bytes (Polish as the document language). */
export async function renderDefinition(definition: TDocumentDefinitions): Promise<Buffer> {
  const { pdfmake, roboto, fontDir } = engine();
  // pdfmake is one shared instance; settings are read when createPdf is called, so set them right before.
  pdfmake.setFonts({ Roboto: roboto });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir));
  // `language` reaches pdfkit (the /Lang entry) but is missing from @types/pdfmake 0.3.
  const withLanguage: TDocumentDefinitions & { language: string } = { language: 'pl-PL', ...definition };
  return pdfmake.createPdf(withLanguage).getBuffer();
}
