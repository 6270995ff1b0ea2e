import iconv from 'iconv-lite';

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export type TextEncodingName = 'UTF-8' | 'UTF-16' | 'Windows-1250';

/**
 * Decodes a CSV file: a UTF-8 or UTF-16 byte-order mark wins; bytes that are valid UTF-8 are UTF-8;
 * anything else is taken as Windows-1250, which is what Polish Excel writes for "CSV (rozdzielany przecinkami)".
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: iconv.decode(asBuffer(bytes), 'utf16'), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(asBuffer(bytes), 'win1250'), encoding: 'Windows-1250' };
  }
}

export type Delimiter = ';' | ',' | '\t';
const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

/** The delimiter used most often outside quotes in the first line; on a tie ';' (Polish Excel), then tab, then ','. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '\n' || ch === '\r')) {
      // Leading blank lines are skipped: the header is the first line with content.
      if (seenContent) break;
      continue;
    }
    if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
    if (ch.trim()) seenContent = true;
  }
  let best: Delimiter = ';';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export interface CsvParseResult {
  records: string[][];
  /** Set when a quoted field never ends: the record number (1-based) where the quote opened. */
  unterminatedQuoteAt: number | null;
}

/**
 * Parses CSV text (RFC 4180): fields in double quotes may hold the delimiter, line breaks and `""`
 * for a quote; lines end in CRLF, LF or CR. A quote inside an unquoted field is kept as text, as Excel does.
 * Record n (1-based) is row n when the file is opened in a spreadsheet.
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvParseResult {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let quoteOpenedAt: number | null = null;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteOpenedAt = records.length + 1;
      continue;
    }
    if (ch === delimiter) {
      endField();
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      continue;
    }
    field += ch;
    fieldStarted = true;
  }
  if (quoted) return { records, unterminatedQuoteAt: quoteOpenedAt };
  if (field !== '' || record.length > 0 || fieldStarted) endRecord();
  return { records, unterminatedQuoteAt: null };
}
