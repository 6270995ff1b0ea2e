/**
 * A transferred person already known to the receiving centre (same PESEL) is merged into her existing
 * record, never duplicated (decision 0036): the eligibility groups become the union of both, the sender's
 * justification is added when it says something new, and what the record lacks (phone, e-mail, the
 * address as a whole, education) is filled in. Nothing the receiving centre recorded is overwritten.
 */

/** What the receiving centre's record holds, in the fields a transfer can add to. */
export interface KnownRecord {
  eligibilityGroups: readonly string[];
  eligibilityJustification: string | null;
  phone: string | null;
  email: string | null;
  address: Address | null;
  educationLevel: string | null;
}

export interface Address {
  street: string | null;
  buildingNo: string | null;
  flatNo: string | null;
  postalCode: string | null;
  city: string | null;
  gminaCode: string | null;
}

/** What the sending centre sent (only the categories it chose). */
export interface SentData {
  eligibility?: { groups: readonly string[]; justification: string | null } | undefined;
  contact?: (Address & { phone: string | null; email: string | null }) | undefined;
  education?: string | null | undefined;
}

export type FilledField = 'phone' | 'email' | 'address' | 'educationLevel' | 'eligibilityJustification';

export interface RecordMerge {
  /** The record's new values, only the ones that change. */
  changes: Partial<Omit<KnownRecord, 'eligibilityGroups'> & { eligibilityGroups: string[] }>;
  addedGroups: string[];
  filledFields: FilledField[];
}

export const FILLED_FIELD_LABELS: Record<FilledField, string> = {
  phone: 'telefon',
  email: 'e-mail',
  address: 'adres',
  educationLevel: 'wykształcenie',
  eligibilityJustification: 'uzasadnienie przynależności do grup',
};

const blank = (v: string | null | undefined) => !v?.trim();

/** The merge of `sent` into `known`, with the justification's addition labelled by where it came from. */
export function mergeTransferIntoRecord(known: KnownRecord, sent: SentData, source: string): RecordMerge {
  const changes: RecordMerge['changes'] = {};
  const filledFields: FilledField[] = [];

  const addedGroups = (sent.eligibility?.groups ?? []).filter((g) => !known.eligibilityGroups.includes(g));
  if (addedGroups.length) changes.eligibilityGroups = [...known.eligibilityGroups, ...addedGroups];

  const justification = sent.eligibility?.justification?.trim();
  if (justification && !(known.eligibilityJustification ?? '').includes(justification)) {
    changes.eligibilityJustification = blank(known.eligibilityJustification)
      ? justification
      : `${known.eligibilityJustification}\n\n${source}: ${justification}`;
    filledFields.push('eligibilityJustification');
  }

  const contact = sent.contact;
  if (contact) {
    if (blank(known.phone) && !blank(contact.phone)) {
      changes.phone = contact.phone;
      filledFields.push('phone');
    }
    if (blank(known.email) && !blank(contact.email)) {
      changes.email = contact.email;
      filledFields.push('email');
    }
    // An address is taken whole or not at all: two halves of different addresses make none.
    const hasAddress = (a: Address | null) => !!a && (!blank(a.city) || !blank(a.street));
    if (!hasAddress(known.address) && hasAddress(contact)) {
      const { street, buildingNo, flatNo, postalCode, city, gminaCode } = contact;
      changes.address = { street, buildingNo, flatNo, postalCode, city, gminaCode };
      filledFields.push('address');
    }
  }
  if (blank(known.educationLevel) && !blank(sent.education)) {
    changes.educationLevel = sent.education ?? null;
    filledFields.push('educationLevel');
  }
  return { changes, addedGroups, filledFields };
}
