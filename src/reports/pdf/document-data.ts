import type { GainedSkill } from '../../domain/skills/gained-skill';
/**
 * What each printed participant document needs. Plain data (dates 'YYYY-MM-DD', texts in Polish);
 * the use cases fill it from the database, the renderers in this folder turn it into an A4 PDF.
 */

export interface CentreLetterhead {
  name: string;
  type: 'CIS' | 'KIS';
  street: string | null;
  buildingNo: string | null;
  postalCode: string | null;
  city: string | null;
  regon: string | null;
  nip: string | null;
  /** Place printed before the date ("Łódź, 23.11.2026"); usually the city. */
  place: string;
}

export interface PersonOnDocument {
  firstName: string;
  lastName: string;
  pesel: string | null;
  birthDate: string;
  /** One line, e.g. "ul. Długa 5/2, 90-001 Łódź"; null when not known. */
  address: string | null;
  /** For the grammatical gender of the text ("uczestniczyła" / "uczestniczył"). */
  sex?: 'F' | 'M';
}

/** Zaświadczenie o uczestnictwie — art. 13 ust. 5a (CIS) / art. 18 ust. 5a (KIS). */
export interface CertificateData {
  centre: CentreLetterhead;
  participant: PersonOnDocument;
  number: string;
  issuedOn: string;
  programmeKind: 'IPZS' | 'KIS_CONTRACT';
  /** First and last day of participation. */
  admissionDate: string;
  lastDay: string;
  /** e.g. "podjęcie zatrudnienia", "zakończenie programu". */
  exitReason: string;
  workshop: string | null;
  /** Skills acquired in vocational and social reintegration, one per line. */
  vocationalSkills: string[];
  socialSkills: string[];
  /** Skills from service jobs and completed courses (other modules); the section is left out when empty. */
  gainedSkills?: GainedSkill[];
  directorName: string | null;
}

export interface IpzsAmendmentLine {
  version: number;
  changedOn: string;
  changedBy: string;
  reason: string;
  changedFields: string[];
}

/** Indywidualny program zatrudnienia socjalnego — art. 13. */
export interface IpzsDocumentData {
  centre: CentreLetterhead;
  participant: PersonOnDocument;
  number: string;
  version: number;
  signedOn: string | null;
  admissionDate: string;
  trialLastDay: string;
  plannedEnd: string;
  extensionMonths: number;
  workshop: string | null;
  weeklyHours: number;
  vocationalScope: string;
  vocationalForms: string;
  socialScope: string;
  socialForms: string;
  responsiblePersons: { name: string; role: string }[];
  /** Version history, oldest first (empty for the first version). */
  amendments: IpzsAmendmentLine[];
  directorName: string | null;
}

/**
 * A KIS participant's programme (art. 18): participation under a social contract (ust. 4) whose reference
 * the club records, for a time set individually (ust. 5) — no trial month, weekly hours or extension.
 */
export interface KisProgrammeDocumentData
  extends Omit<IpzsDocumentData, 'trialLastDay' | 'extensionMonths' | 'weeklyHours'> {
  contract: { number: string | null; ops: string | null; from: string | null; to: string | null };
}

/** A short letter telling the referring body where the referral stands. */
export interface ReferralStatusLetterData {
  centre: CentreLetterhead;
  participant: { firstName: string; lastName: string; birthDate: string };
  referrer: { name: string; address: string | null };
  number: string;
  issuedOn: string;
  referredOn: string;
  /** e.g. "przyjęta — osoba zakwalifikowana", "lista oczekujących". */
  status: string;
  statusSince: string;
  /** Further sentences (reasons of a refusal with their articles, the planned admission date…). */
  details: string[];
  signatory: string | null;
}

/** Decyzja kierownika o zaprzestaniu realizacji programu — art. 13 ust. 4 pkt 1–2, ust. 4a–4b. */
export interface TerminationDecisionData {
  centre: CentreLetterhead;
  participant: PersonOnDocument;
  number: string;
  decidedOn: string;
  ground: 'PERSISTENT_VIOLATION' | 'PERMANENT_ABANDONMENT';
  lastDay: string;
  justification: string;
  /** The court and the way to file (pouczenie); the renderer adds the statutory sentence itself. */
  complaintCourt: string;
  directorName: string | null;
}
