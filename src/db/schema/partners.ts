// The partner registry and the work with partners (issue 16: migrations 0012–0013).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './column-types';

/** The partner registry (issue 16): OPS/MOPS, PUP, employers, NGOs, ZAZ … — one row per institution or firm. */
export interface PartnersTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  name: string;
  short_name: string | null;
  nip: string | null;
  regon: string | null;
  krs: string | null;
  street: string | null;
  building_no: string | null;
  flat_no: string | null;
  postal_code: string | null;
  city: string | null;
  gmina_code: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  notes: string | null;
  archived_at: Date | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type PartnerRow = Selectable<PartnersTable>;
export interface PartnerContactsTable {
  id: Generated<string>;
  centre_id: string;
  partner_id: string;
  full_name: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  created_at: Timestamp;
}
/** An agreement (porozumienie, umowa) with a partner, with its signed scan (20261202_0013_partner_work). */
export interface PartnerAgreementsTable {
  id: Generated<string>;
  centre_id: string;
  partner_id: string;
  kind: string;
  number: string | null;
  subject: string;
  signed_on: string | null;
  valid_from: string;
  valid_until: string | null;
  signatories: string;
  notes: string | null;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  content: Uint8Array | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type PartnerAgreementRow = Selectable<PartnerAgreementsTable>;
/** One entry of the cooperation log: a meeting, a consultation, a thing lent (with its return day). */
export interface PartnerCooperationLogTable {
  id: Generated<string>;
  centre_id: string;
  partner_id: string;
  kind: string;
  happened_on: string;
  until_on: string | null;
  subject: string;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export type PartnerLogRow = Selectable<PartnerCooperationLogTable>;
/** A partner account: a worker of one partner institution who sees only the status of its referrals. */
export interface PartnerAccountsTable {
  centre_id: string;
  user_id: string;
  partner_id: string;
  created_by: string | null;
  created_at: Timestamp;
}
