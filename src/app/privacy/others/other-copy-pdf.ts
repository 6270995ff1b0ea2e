import { renderSubjectCopy } from '../../../reports/pdf/privacy-documents.pdf';
import { shortDate } from '../../../reports/pdf/wording';
import type { CallContext } from '../../context';
import type { AppDeps } from '../../deps';
import type { PdfFile } from '../../pathway/printouts';
import { audit, centreOf, todayInPoland } from '../../pathway/shared';
import { centreLetterhead } from '../privacy-documents';
import { otherRetentionEndsOn } from './other-kind-rows';
import { loadOtherCopy } from './other-copy-json';
import type { OtherRef } from './other-person-lookup';

const LABEL: Record<string, string> = {
  first_name: 'Imię',
  last_name: 'Nazwisko',
  full_name: 'Imię i nazwisko',
  donor_name: 'Darczyńca',
  donor_address: 'Adres',
  guest_name: 'Imię i nazwisko',
  holder_name: 'Na zaświadczeniu',
  pesel: 'PESEL',
  birth_date: 'Data urodzenia',
  birth_year: 'Rok urodzenia',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Adres',
  consent_on: 'Zgoda z dnia',
  guardian_name: 'Opiekun',
  number: 'Numer',
  title: 'Tytuł',
  event_title: 'Wydarzenie',
  group_name: 'Grupa',
  scope: 'Zakres',
  activity: 'Świadczenie',
  done_on: 'Dzień',
  minutes: 'Minuty',
  date: 'Dzień',
  hours: 'Godziny',
  start_date: 'Początek',
  planned_end_date: 'Planowany koniec',
  ended_on: 'Koniec',
  agreement_number: 'Umowa',
  signed_on: 'Podpisano',
  valid_from: 'Od',
  valid_until: 'Do',
  received_on: 'Przyjęto',
  name: 'Nazwa',
  unit: 'Jednostka',
  quote_date: 'Oferta',
  order_date: 'Zlecenie',
  completed_on: 'Wykonano',
  invoice_number: 'Faktura',
  total_gross: 'Brutto (gr)',
  value_grosze: 'Wartość (gr)',
  issued_on: 'Wydano',
  minutes_attended: 'Minuty',
  starts_on: 'Początek',
  joined_on: 'Od',
  left_on: 'Do',
  status: 'Stan',
  message: 'Treść',
  created_at: 'Zapisano',
};
const cell = (v: unknown) =>
  v === null || v === undefined
    ? ''
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)
      ? shortDate(v.slice(0, 10))
      : String(v);

/** The same copy as a PDF for the person: one section per table, with the columns a person can read. */
export async function otherCopyPdf(deps: AppDeps, ctx: CallContext, ref: OtherRef): Promise<PdfFile> {
  const { p, def, data } = await loadOtherCopy(deps, ctx, ref);
  const { row: centre } = await centreOf(deps.db, ctx);
  const until = p.lastActivityOn ? otherRetentionEndsOn(def.rule, p.lastActivityOn) : null;
  const sections = [
    {
      title: '1. Kim Pani/Pan jest dla centrum',
      facts: [
        ['Rodzaj', def.label],
        ['Imię i nazwisko', p.fullName],
        [
          'Okres przechowywania',
          until
            ? `do ${shortDate(until)} (${def.rule.from}: ${shortDate(p.lastActivityOn!)})`
            : 'współpraca trwa',
        ],
        ['Podstawa okresu', def.rule.source],
      ] as [string, string | null][],
    },
    ...Object.entries(data).map(([, list], i) => {
      const cols = Object.keys(list[0] ?? {}).filter((k) => k in LABEL);
      return {
        title: `${i + 2}. ${SECTION[Object.keys(data)[i]!] ?? 'Dane'}`,
        table: { header: cols.map((k) => LABEL[k]!), rows: list.map((r) => cols.map((k) => cell(r[k]))) },
      };
    }),
  ];
  const bytes = await renderSubjectCopy({
    centre: centreLetterhead(centre),
    printedOn: todayInPoland(deps),
    personName: p.fullName,
    lead:
      `Na Pani/Pana żądanie przekazujemy kopię danych osobowych przetwarzanych przez ${centre.name}, ` +
      'wraz z okresem ich przechowywania i jego podstawą.',
    sections,
  });
  await audit(deps.db, ctx, 'person.subject_copy', ref.kind.toLowerCase(), ref.id, {
    format: 'pdf',
    kind: ref.kind,
  });
  return { bytes, fileName: 'kopia-danych.pdf' };
}

const SECTION: Record<string, string> = {
  volunteers: 'Dane wolontariusza',
  volunteer_agreements: 'Porozumienia o wolontariacie',
  volunteer_activities: 'Świadczenia wolontariusza',
  art200_enrolments: 'Udział w działaniach (art. 200 ustawy o rynku pracy)',
  art200_hours: 'Godziny udziału',
  event_persons: 'Dane osoby',
  event_registrations: 'Zapisy na wydarzenia',
  event_certificates: 'Zaświadczenia',
  group_members: 'Grupy',
  service_customers: 'Dane klienta',
  service_orders: 'Zlecenia',
  inkind_donations: 'Darowizna',
  inkind_items: 'Przekazane przedmioty',
  network_enquiries: 'Zapytanie',
};
