// Networks of centres, second part (issue 19, migration 0027): transfers, the joint catalogue, joint projects.
import type { Generated, Selectable } from 'kysely';
import type { Json, Timestamp } from './column-types';

/** What the sending centre sends of a person: the categories the director chose, as they were that day. */
export interface TransferData {
  identity: { firstName: string; lastName: string; birthDate: string; sex: 'F' | 'M' };
  pesel?: string | null;
  citizenship?: string;
  contact?: {
    street: string | null;
    buildingNo: string | null;
    flatNo: string | null;
    postalCode: string | null;
    city: string | null;
    gminaCode: string | null;
    phone: string | null;
    email: string | null;
  };
  education?: string | null;
  eligibility?: { groups: string[]; justification: string | null };
  participation?: { kind: string; admissionDate: string; lastDay: string | null; exitType: string | null }[];
  /** The OPS (or PUP) that would issue the referral, as the sender knows it. */
  referringBody?: string | null;
}

/** A person's transfer from one member centre to another (art. 12: a KIS may apply for a referral to a CIS). */
export interface NetworkTransfersTable {
  id: Generated<string>;
  network_id: string;
  from_centre_id: string;
  to_centre_id: string;
  participant_id: string | null;
  status: Generated<string>;
  applicant_type: string;
  consent_on: string;
  consent_scope: string[];
  consent_note: string | null;
  categories: string[];
  /** The data sent; cleared once the receiving centre answers (then kept only in its own record). */
  data: Json<TransferData | null>;
  note: string | null;
  sent_by: string | null;
  sent_at: Timestamp;
  responded_by: string | null;
  responded_at: Date | null;
  refusal_reason: string | null;
  received_participant_id: string | null;
  received_referral_id: string | null;
  /** A transfer still SENT at this instant has expired (the sending centre's setting when sent; 0036). */
  expires_at: Date;
}
export type NetworkTransferRow = Selectable<NetworkTransfersTable>;

/** A member's service published in the network's joint catalogue, with the area it serves. */
export interface NetworkCatalogueEntriesTable {
  id: Generated<string>;
  network_id: string;
  centre_id: string;
  service_item_id: string;
  area_codes: string[];
  public_description: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  published_by: string | null;
  published_at: Timestamp;
  withdrawn_at: Date | null;
}
/** An enquiry sent from the public catalogue page; it reaches the member that offers the service. */
export interface NetworkEnquiriesTable {
  id: Generated<string>;
  network_id: string;
  entry_id: string;
  centre_id: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  message: string;
  status: Generated<string>;
  handled_by: string | null;
  handled_at: Date | null;
  created_at: Timestamp;
}
/** A joint (EU) project of the network: one member leads, others are partners. */
export interface NetworkProjectsTable {
  id: Generated<string>;
  network_id: string;
  leader_centre_id: string;
  title: string;
  programme: string;
  start_date: string;
  end_date: string;
  targets: Json<Record<string, number>>;
  created_by: string | null;
  created_at: Timestamp;
}
export interface NetworkProjectPartnersTable {
  project_id: string;
  centre_id: string;
  /** The partner's own EU project in Reintegra whose participants it counts (its rows stay its own). */
  eu_project_id: string | null;
  linked_by: string | null;
  linked_at: Date | null;
}
