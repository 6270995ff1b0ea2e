import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  facts,
  letterhead,
  longDate,
  renderPdf,
  shortDate,
  signature,
  thinLines,
  type Letterhead,
} from './render';

export interface VolunteerCertificateData {
  centre: Letterhead;
  date: string;
  volunteerName: string;
  sex: 'F' | 'M';
  agreements: { number: string; period: string; scope: string }[];
  activities: { doneOn: string; activity: string; hours: string }[];
  totalHours: string;
  firstDay: string | null;
  lastDay: string | null;
}

/** The certificate, issued on the volunteer's request, of the work done: agreements, activities and hours. */
export async function renderVolunteerCertificate(d: VolunteerCertificateData): Promise<Buffer> {
  const period =
    !d.firstDay || !d.lastDay
      ? ''
      : d.firstDay === d.lastDay
        ? `w dniu ${longDate(d.firstDay)}`
        : `w okresie od ${longDate(d.firstDay)} do ${longDate(d.lastDay)}`;
  const did = d.sex === 'F' ? 'wykonywała' : 'wykonywał';
  const rows: TableCell[][] = [
    ['Data', 'Działanie', 'Czas'].map((text) => ({ text, style: 'th' })),
    ...d.activities.map((a) => [shortDate(a.doneOn), a.activity, a.hours]),
  ];
  const content: Content[] = [
    letterhead(d.centre, d.date),
    { text: 'ZAŚWIADCZENIE', style: 'title' },
    { text: 'o wykonaniu świadczeń przez wolontariusza', style: 'subtitle' },
    {
      text:
        `Zaświadcza się, że ${d.volunteerName} ${did} na rzecz ${d.centre.name} świadczenia ` +
        `jako wolontariusz ${period}, w łącznym wymiarze ${d.totalHours}.`,
      margin: [0, 6, 0, 8],
    },
    facts(d.agreements.map((a) => [`Porozumienie nr ${a.number}`, `${a.period}; zakres: ${a.scope}`])),
    { table: { headerRows: 1, widths: [60, '*', 70], body: rows }, layout: thinLines },
    {
      text: 'Zaświadczenie wydaje się na wniosek wolontariusza.',
      style: 'small',
      margin: [0, 10, 0, 0],
    },
    {
      columns: [{ text: '', width: '*' }, signature('pieczęć i podpis kierownika centrum')],
      margin: [0, 20, 0, 0],
    },
  ];
  return renderPdf({ title: `Zaświadczenie wolontariusza – ${d.volunteerName}`, content });
}

export interface VolunteerOpinionData {
  centre: Letterhead;
  date: string;
  volunteerName: string;
  period: string;
  totalHours: string;
  activities: string[];
  text: string;
}

/** A written opinion on the volunteer's work, issued on request, with the text the centre wrote. */
export async function renderVolunteerOpinion(d: VolunteerOpinionData): Promise<Buffer> {
  const content: Content[] = [
    letterhead(d.centre, d.date),
    { text: 'OPINIA', style: 'title' },
    { text: 'o pracy wolontariusza', style: 'subtitle' },
    // The name in its own row, in the nominative: a program does not decline Polish names.
    facts([
      ['Wolontariusz', d.volunteerName],
      ['Okres świadczeń', d.period],
      ['Łączny czas', d.totalHours],
      ['Rodzaje działań', d.activities.join(', ')],
    ]),
    { text: d.text, margin: [0, 8, 0, 8] },
    { text: 'Opinię wydaje się na wniosek wolontariusza.', style: 'small' },
    {
      columns: [{ text: '', width: '*' }, signature('pieczęć i podpis kierownika centrum')],
      margin: [0, 20, 0, 0],
    },
  ];
  return renderPdf({ title: `Opinia o wolontariuszu – ${d.volunteerName}`, content });
}
