import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectDelimiter, parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'plain fields',
      'a;b;c\n1;2;3',
      ';',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF and a last line without a break',
      'a,b\r\n1,2',
      ',',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'old Mac CR line ends',
      'a\tb\r1\t2\r',
      '\t',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted delimiter and line break',
      '"ul. Długa; 5";"linia 1\nlinia 2"\n',
      ';',
      [['ul. Długa; 5', 'linia 1\nlinia 2']],
    ],
    ['doubled quotes', '"Stowarzyszenie ""Razem""";x', ';', [['Stowarzyszenie "Razem"', 'x']]],
    ['empty fields, quoted and not', ';"";\n', ';', [['', '', '']]],
    ['a quote inside an unquoted field stays text', 'ab"c;d', ';', [['ab"c', 'd']]],
    ['blank lines become empty records', 'a\n\nb\n', ';', [['a'], [''], ['b']]],
  ] as const)('%s', (_label, text, delimiter, records) => {
    expect(parseCsv(text, delimiter)).toEqual({ records, unterminatedQuoteAt: null });
  });

  it('reports where a quote was opened and never closed', () => {
    expect(parseCsv('a;b\n1;"abc\n2;3\n', ';').unterminatedQuoteAt).toBe(2);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Imię;Nazwisko;PESEL\nJan;Nowak;1', ';'],
    ['Imię,Nazwisko,PESEL\nJan,Nowak,1', ','],
    ['Imię\tNazwisko\tPESEL', '\t'],
    ['"Nazwisko, imię";PESEL\n', ';'],
    ['\n\nImię,Nazwisko\n', ','],
    ['Imię', ';'],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('decodeCsvBytes', () => {
  const text = 'Imię;Nazwisko\nŁucja;Żółćkiewicz-Gęślą\n';

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8' });
    expect(
      decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
    ).toEqual({ text, encoding: 'UTF-8' });
  });

  it('recognises Windows-1250 from Polish Excel (not valid UTF-8) and decodes every Polish letter', () => {
    const all = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ';
    expect(decodeCsvBytes(iconv.encode(`${text}${all}`, 'win1250'))).toEqual({
      text: `${text}${all}`,
      encoding: 'Windows-1250',
    });
  });

  it('reads UTF-16 with a byte-order mark ("Unicode text" from Excel)', () => {
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
      text,
      encoding: 'UTF-16',
    });
  });
});
