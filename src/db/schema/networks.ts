// Networks of centres (issue 19, migration 0019).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp, Json } from './column-types';

/** Networks of centres (issue 19, 20261202_0019_networks): a cluster, sieć or konwent with its coordinator. */
export interface NetworksTable {
  id: Generated<string>;
  name: string;
  kind: string;
  area_codes: string[];
  coordinator_org_name: string;
  coordinator_org_kind: string;
  coordinator_centre_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export type NetworkRow = Selectable<NetworksTable>;
export interface NetworkCoordinatorsTable {
  network_id: string;
  user_id: string;
  created_at: Timestamp;
}
/** A member: a centre (invited, accepted by its director) or an entity without a participant register. */
export interface NetworkMembersTable {
  id: Generated<string>;
  network_id: string;
  centre_id: string | null;
  entity_name: string | null;
  entity_kind: string;
  entity_nip: string | null;
  status: string;
  invited_at: Timestamp;
  invited_by: string | null;
  responded_at: Date | null;
  responded_by: string | null;
  left_at: Date | null;
}
export type NetworkMemberRow = Selectable<NetworkMembersTable>;
export interface NetworkDocumentsTable {
  id: Generated<string>;
  network_id: string;
  kind: string;
  title: string;
  created_at: Timestamp;
}
export interface NetworkDocumentVersionsTable {
  id: Generated<string>;
  network_id: string;
  document_id: string;
  version: number;
  body: string;
  parameters: Json<{ code: string; value: string; source: string }[]>;
  change_note: string | null;
  published_at: Timestamp;
  published_by: string | null;
}
export interface NetworkAdoptionsTable {
  id: Generated<string>;
  network_id: string;
  version_id: string;
  centre_id: string;
  adopted_on: string;
  adopted_by: string | null;
  created_at: Timestamp;
}
export interface NetworkMeetingsTable {
  id: Generated<string>;
  network_id: string;
  kind: string;
  title: string;
  starts_on: string;
  place: string | null;
  description: string | null;
  minutes: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export interface NetworkMeetingRegistrationsTable {
  meeting_id: string;
  user_id: string;
  centre_id: string;
  registered_at: Timestamp;
}
/** An event a member centre marks open to the networks it belongs to. */
export interface NetworkOpenEventsTable {
  id: Generated<string>;
  centre_id: string;
  title: string;
  starts_on: string;
  place: string | null;
  description: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
