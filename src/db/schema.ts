import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Kysely's view of the tables. Rows are mapped to contracts in one place per aggregate (a repository or an app mapper; payroll still queries inline, issue #10). */
export interface Database {
  instance: InstanceTable;
  centres: CentresTable;
  users: UsersTable;
  login_failures: LoginFailuresTable;
  centre_members: CentreMembersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  participants: ParticipantsTable;
  referrals: ReferralsTable;
  participant_documents: ParticipantDocumentsTable;
  eligibility_evidence: EligibilityEvidenceTable;
  eligibility_decisions: EligibilityDecisionsTable;
  programmes: ProgrammesTable;
  programme_versions: ProgrammeVersionsTable;
  follow_ups: FollowUpsTable;
  document_counters: DocumentCountersTable;
  workshops: WorkshopsTable;
  workshop_instructors: WorkshopInstructorsTable;
  workshop_assignments: WorkshopAssignmentsTable;
  class_programmes: ClassProgrammesTable;
  attendance_entries: AttendanceEntriesTable;
  attendance_months: AttendanceMonthsTable;
  social_activities: SocialActivitiesTable;
  social_activity_participants: SocialActivityParticipantsTable;
  payroll_months: PayrollMonthsTable;
  payroll_lines: PayrollLinesTable;
  job_runs: JobRunsTable;
  bonus_proposals: BonusProposalsTable;
  payroll_corrections: PayrollCorrectionsTable;
  participant_changes: ParticipantChangesTable;
  staff_authorisations: StaffAuthorisationsTable;
  privacy_settings: PrivacySettingsTable;
  partners: PartnersTable;
  partner_contacts: PartnerContactsTable;
  partner_agreements: PartnerAgreementsTable;
  partner_cooperation_log: PartnerCooperationLogTable;
  partner_accounts: PartnerAccountsTable;
  networks: NetworksTable;
  network_coordinators: NetworkCoordinatorsTable;
  network_members: NetworkMembersTable;
  network_documents: NetworkDocumentsTable;
  network_document_versions: NetworkDocumentVersionsTable;
  network_adoptions: NetworkAdoptionsTable;
  network_meetings: NetworkMeetingsTable;
  network_meeting_registrations: NetworkMeetingRegistrationsTable;
  network_open_events: NetworkOpenEventsTable;
  eu_projects: EuProjectsTable;
  eu_project_partners: EuProjectPartnersTable;
  eu_project_participants: EuProjectParticipantsTable;
  event_persons: EventPersonsTable;
  events: EventsTable;
  event_sessions: EventSessionsTable;
  event_registrations: EventRegistrationsTable;
  event_attendance: EventAttendanceTable;
  event_certificates: EventCertificatesTable;
  standing_groups: StandingGroupsTable;
  group_members: GroupMembersTable;
  group_meetings: GroupMeetingsTable;
  group_attendance: GroupAttendanceTable;
  volunteers: VolunteersTable;
  volunteer_agreements: VolunteerAgreementsTable;
  volunteer_activities: VolunteerActivitiesTable;
  inkind_donations: InkindDonationsTable;
  inkind_items: InkindItemsTable;
  inkind_movements: InkindMovementsTable;
  inkind_deliveries: InkindDeliveriesTable;
  finance_entries: FinanceEntriesTable;
  finance_plan_lines: FinancePlanLinesTable;
  retention_anonymisations: RetentionAnonymisationsTable;
  service_vat_statuses: ServiceVatStatusesTable;
  service_items: ServiceItemsTable;
  service_customers: ServiceCustomersTable;
  service_orders: ServiceOrdersTable;
  service_order_items: ServiceOrderItemsTable;
  service_payments: ServicePaymentsTable;
  service_jobs: ServiceJobsTable;
  service_job_crew: ServiceJobCrewTable;
  service_job_days: ServiceJobDaysTable;
  service_stands: ServiceStandsTable;
  service_stand_crew: ServiceStandCrewTable;
  service_stand_products: ServiceStandProductsTable;
  staff_members: StaffMembersTable;
  participant_outcomes: ParticipantOutcomesTable;
  annual_reports: AnnualReportsTable;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T, string | T>;

export interface InstanceTable {
  id: Generated<number>;
  setup_completed_at: Date | null;
  demo: Generated<boolean>;
}

export interface CentresTable {
  id: Generated<string>;
  type: 'CIS' | 'KIS';
  name: string;
  regon: string;
  nip: string;
  street: string;
  building_no: string;
  flat_no: string | null;
  postal_code: string;
  city: string;
  gmina_code: string;
  email: string | null;
  phone: string | null;
  founding_institution_name: string;
  founding_institution_type: 'JST' | 'NGO' | 'CHURCH_LEGAL_PERSON' | 'SOCIAL_COOPERATIVE';
  status_date: string;
  settings: Json<Record<string, unknown>>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  full_name: string;
  password_hash: string;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  is_active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  password_changed_at: Timestamp;
  /** The TOTP step (unix time / 30 s) of the last accepted code; that code and older ones are refused. */
  totp_last_step: number | null;
}

/** Failed logins per throttled key (pair e-mail + address, address, account); see src/app/auth/login-throttle.ts. */
export interface LoginFailuresTable {
  key: string;
  failures: number;
  first_failed_at: Timestamp;
  last_failed_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface CentreMembersTable {
  centre_id: string;
  user_id: string;
  roles: string[];
  is_active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  current_centre_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date | string;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  centre_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string | null;
  details: Json<Record<string, unknown>>;
}

export type CentreRow = Selectable<CentresTable>;
export type NewCentreRow = Insertable<CentresTable>;
export type CentreUpdate = Updateable<CentresTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;

export interface ParticipantsTable {
  id: Generated<string>;
  /** The day the person was given the information clause (art. 8b ust. 2–3, GDPR art. 13). */
  informed_on: ColumnType<string | null, string | null | undefined, string | null>;
  centre_id: string;
  first_name: string;
  last_name: string;
  name_key: string;
  pesel: string | null;
  birth_date: string;
  sex: 'F' | 'M';
  citizenship: Generated<string>;
  street: string | null;
  building_no: string | null;
  flat_no: string | null;
  postal_code: string | null;
  city: string | null;
  gmina_code: string | null;
  phone: string | null;
  email: string | null;
  education_level: string | null;
  bank_account: string | null;
  status: Generated<string>;
  eligibility_groups: Generated<string[]>;
  eligibility_justification: string | null;
  version: Generated<number>;
  status_since: string | null;
  paid_in_cash: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ParticipantRow = Selectable<ParticipantsTable>;
export type NewParticipantRow = Insertable<ParticipantsTable>;

export interface ReferralsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  applicant_type: string;
  referring_body_kind: Generated<string>;
  referring_body: string | null;
  referring_body_address: string | null;
  referred_on: string;
  received_on: string;
  consent_given: boolean;
  consent_on: string | null;
  ops_opinion_required: boolean;
  ops_opinion_on: string | null;
  ops_opinion: string | null;
  status: Generated<string>;
  status_since: string;
  notes: string | null;
  /** The referring institution in the partner registry (issue 16), when known. */
  partner_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type ReferralRow = Selectable<ReferralsTable>;

export interface ParticipantDocumentsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  referral_id: string | null;
  kind: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  description: string | null;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface EligibilityEvidenceTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  group_code: string;
  document_type: string;
  document_number: string | null;
  issuer: string | null;
  issued_on: string | null;
  valid_until: string | null;
  document_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export type EvidenceRow = Selectable<EligibilityEvidenceTable>;

export interface EligibilityDecisionsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  referral_id: string;
  decided_on: string;
  outcome: 'ELIGIBLE' | 'REFUSED';
  waiting_list: Generated<boolean>;
  groups: string[];
  declared_benefits: string[];
  declaration_signed: boolean;
  justification: string | null;
  reasons: Json<unknown>;
  note: string | null;
  decided_by: string | null;
  created_at: Timestamp;
}
export type DecisionRow = Selectable<EligibilityDecisionsTable>;

export interface ProgrammesTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  referral_id: string | null;
  kind: 'IPZS' | 'KIS_CONTRACT';
  number: string;
  status: Generated<string>;
  admission_date: string;
  trial_last_day: string | null;
  base_end: string | null;
  extension_months: Generated<number>;
  planned_end: string;
  signed_on: string | null;
  workshop: string | null;
  weekly_hours: number | null;
  disability_degree: Generated<string>;
  vocational_scope: Generated<string>;
  vocational_forms: Generated<string>;
  social_scope: Generated<string>;
  social_forms: Generated<string>;
  responsible_persons: Json<{ name: string; role: string }[]>;
  contract_number: string | null;
  contract_ops: string | null;
  contract_from: string | null;
  contract_to: string | null;
  exit_type: string | null;
  last_day: string | null;
  exit_event_date: string | null;
  continuation_until: string | null;
  closed_on: string | null;
  decision_number: string | null;
  decision_on: string | null;
  complaint_court: string | null;
  exit_justification: string | null;
  vocational_skills: Generated<string[]>;
  social_skills: Generated<string[]>;
  certificate_number: string | null;
  certificate_issued_on: string | null;
  /** The participant's application for the integration benefit, and the director's grant (art. 15 ust. 4). */
  benefit_application_on: Generated<string | null>;
  benefit_granted_on: Generated<string | null>;
  benefit_granted_by: Generated<string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type ProgrammeRow = Selectable<ProgrammesTable>;
export type NewProgrammeRow = Insertable<ProgrammesTable>;

export interface ProgrammeVersionsTable {
  id: Generated<string>;
  centre_id: string;
  programme_id: string;
  version: number;
  change_kind: string;
  changed_fields: string[];
  reason: string | null;
  snapshot: Json<unknown>;
  changed_by: string | null;
  changed_by_name: string | null;
  changed_at: Timestamp;
}

export interface FollowUpsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  programme_id: string;
  label: string;
  due_on: string;
  done_on: string | null;
  outcome: string | null;
  note: string | null;
  recorded_by: string | null;
}

export interface DocumentCountersTable {
  centre_id: string;
  kind: string;
  year: number;
  last: number;
}

export interface WorkshopsTable {
  id: Generated<string>;
  centre_id: string;
  name: string;
  type: string;
  place: string | null;
  capacity: number | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type WorkshopRow = Selectable<WorkshopsTable>;

export interface WorkshopInstructorsTable {
  centre_id: string;
  workshop_id: string;
  user_id: string;
}

export interface WorkshopAssignmentsTable {
  id: Generated<string>;
  centre_id: string;
  workshop_id: string;
  participant_id: string;
  from_date: string;
  to_date: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ClassProgrammesTable {
  id: Generated<string>;
  centre_id: string;
  workshop_id: string;
  month: string;
  weekday_hours: Json<number[]>;
  day_hours: Json<Record<string, number>>;
  status: Generated<string>;
  approved_by: string | null;
  approved_at: Date | null;
  version: Generated<number>;
  updated_at: Timestamp;
}
export type ClassProgrammeRow = Selectable<ClassProgrammesTable>;

export interface AttendanceEntriesTable {
  centre_id: string;
  participant_id: string;
  date: string;
  workshop_id: string;
  status: string;
  hours: number | null;
  meal: Generated<boolean>;
  sick_note_number: string | null;
  sick_note_from: string | null;
  sick_note_to: string | null;
  day_off_approved: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}
export type AttendanceEntryRow = Selectable<AttendanceEntriesTable>;

export interface AttendanceMonthsTable {
  centre_id: string;
  workshop_id: string;
  month: string;
  status: string;
  locked_by: string | null;
  locked_at: Date | null;
  reopen_reason: string | null;
  reopened_by: string | null;
  reopened_at: Date | null;
}

export interface SocialActivitiesTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  date: string;
  hours: number;
  title: string;
  staff_name: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SocialActivityParticipantsTable {
  centre_id: string;
  activity_id: string;
  participant_id: string;
}

export interface PayrollMonthsTable {
  id: Generated<string>;
  centre_id: string;
  month: string;
  status: Generated<string>;
  computed_at: Timestamp;
  computed_by: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  closed_by: string | null;
  closed_at: Date | null;
  rule_set: string;
  parameters: Json<unknown>;
  total_grosze: Generated<number>;
  version: Generated<number>;
}
export type PayrollMonthRow = Selectable<PayrollMonthsTable>;

export interface PayrollLinesTable {
  id: Generated<string>;
  centre_id: string;
  payroll_id: string;
  participant_id: string;
  kind: string;
  status: string;
  name: string;
  pesel: string | null;
  bank_account: string | null;
  paid_in_cash: boolean;
  inputs: Json<unknown>;
  explanation: Generated<string[]>;
  benefit_grosze: Generated<number>;
  bonus_grosze: Generated<number>;
  total_grosze: number;
  correction_id: string | null;
}
export type PayrollLineRow = Selectable<PayrollLinesTable>;

export interface BonusProposalsTable {
  id: Generated<string>;
  centre_id: string;
  month: string;
  participant_id: string;
  amount_grosze: number;
  justification: string;
  proposed_by: string | null;
  created_at: Timestamp;
}

export interface PayrollCorrectionsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  concerns_month: string;
  settle_month: string;
  amount_grosze: number;
  reason: string;
  created_by: string | null;
  created_at: Timestamp;
}

/** A long job run by the queue (20261202_0009_integrity). */
export interface JobRunsTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  status: Generated<'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'>;
  input: Generated<unknown>;
  payload: Buffer | null;
  progress_done: Generated<number>;
  progress_total: number | null;
  result: unknown | null;
  error: unknown | null;
  attempts: Generated<number>;
  worker: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
}
export type JobRunRow = Selectable<JobRunsTable>;
/** One field of a participant's record changed by one correction (values as stored). */
export interface ParticipantFieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ParticipantChangesTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  version: number;
  changed_by: string | null;
  changed_by_email: string | null;
  changed_at: Timestamp;
  changes: Json<ParticipantFieldChange[]>;
}
export type ParticipantChangeRow = Selectable<ParticipantChangesTable>;
/** A written authorisation to process participants' data with its confidentiality pledge (art. 8b ust. 4). */
export interface StaffAuthorisationsTable {
  id: Generated<string>;
  centre_id: string;
  user_id: string;
  number: string;
  scope: string;
  issued_on: string;
  valid_from: string;
  valid_until: string | null;
  pledge_signed_on: string | null;
  issued_by: string | null;
  issued_by_name: string;
  /** ISSUED (by a person in the app), SETUP, DEMO or MIGRATION (transitional, to confirm on paper). */
  source: Generated<string>;
  revoked_at: Date | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  created_at: Timestamp;
}
export type StaffAuthorisationRow = Selectable<StaffAuthorisationsTable>;

/** The centre's information clause (art. 8b ust. 2–3, GDPR art. 13); absent row = the default text. */
export interface PrivacySettingsTable {
  centre_id: string;
  information_clause: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

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

/** The finance register (issue 15, 20261202_0015_finance): one money movement of the centre. */
export interface FinanceEntriesTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  occurred_on: string;
  amount_grosze: number;
  grantor_kind: string | null;
  partner_id: string | null;
  grantor_name: string | null;
  category: string | null;
  income_source: string | null;
  description: string;
  document_ref: string | null;
  source: Generated<string>;
  source_ref: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export type FinanceEntryRow = Selectable<FinanceEntriesTable>;

/** One line of a year's estimate (preliminarz): planned income or expense, in grosze. */
export interface FinancePlanLinesTable {
  centre_id: string;
  year: number;
  line: string;
  amount_grosze: number;
  updated_by: string | null;
  updated_at: Timestamp;
}
/** The director's approval to anonymise one person after the retention period, and its outcome (0018). */
export interface RetentionAnonymisationsTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  pseudonym: string;
  services_ended_on: string;
  retention_ends_on: string;
  status: Generated<'APPROVED' | 'DONE'>;
  approved_by: string | null;
  approved_at: Generated<Date>;
  job_id: string | null;
  done_at: Date | null;
}
export type RetentionAnonymisationRow = Selectable<RetentionAnonymisationsTable>;
// Issue 17: services the centre sells (art. 9) — migration 20261202_0017_services.
export interface ServiceVatStatusesTable {
  id: Generated<string>;
  centre_id: string;
  valid_from: string;
  status: string;
  note: string | null;
  created_at: Timestamp;
}
export type ServiceVatStatusRow = Selectable<ServiceVatStatusesTable>;

export interface ServiceItemsTable {
  id: Generated<string>;
  centre_id: string;
  workshop_id: string;
  name: string;
  kind: string;
  activity_type: string;
  unit: string;
  net_price: number;
  vat_rate: string;
  description: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
}
export type ServiceItemRow = Selectable<ServiceItemsTable>;

export interface ServiceCustomersTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  partner_id: string | null;
  full_name: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  consent_on: string | null;
  created_at: Timestamp;
}

export interface ServiceOrdersTable {
  id: Generated<string>;
  centre_id: string;
  number: string;
  workshop_id: string;
  customer_id: string;
  status: string;
  title: string;
  quote_date: string;
  order_date: string | null;
  unpaid: Generated<boolean>;
  vat_status: string;
  total_net: number;
  total_vat: number;
  total_gross: number;
  invoice_number: string | null;
  invoiced_on: string | null;
  completed_on: string | null;
  remarks: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
}
export type ServiceOrderRow = Selectable<ServiceOrdersTable>;

export interface ServiceOrderItemsTable {
  id: Generated<string>;
  centre_id: string;
  order_id: string;
  position: number;
  item_id: string | null;
  name: string;
  unit: string;
  quantity_milli: number;
  net_price: number;
  vat_rate: string;
  net: number;
  vat: number;
  gross: number;
}
export type ServiceOrderItemRow = Selectable<ServiceOrderItemsTable>;

export interface ServicePaymentsTable {
  id: Generated<string>;
  centre_id: string;
  order_id: string;
  paid_on: string;
  amount: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ServiceJobsTable {
  id: Generated<string>;
  centre_id: string;
  order_id: string;
  workshop_id: string;
  instructor_id: string;
  from_date: string;
  to_date: string;
  place: string;
  address: string;
  task: string;
  materials: string | null;
  version: Generated<number>;
  created_at: Timestamp;
}
export type ServiceJobRow = Selectable<ServiceJobsTable>;

export interface ServiceJobCrewTable {
  centre_id: string;
  job_id: string;
  participant_id: string;
}

export interface ServiceJobDaysTable {
  centre_id: string;
  job_id: string;
  participant_id: string;
  date: string;
  hours: number;
  practised: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface ServiceStandsTable {
  id: Generated<string>;
  centre_id: string;
  workshop_id: string;
  partner_id: string | null;
  name: string;
  place: string;
  from_date: string;
  to_date: string;
  takings: Generated<number>;
  notes: string | null;
  created_at: Timestamp;
}

export interface ServiceStandCrewTable {
  centre_id: string;
  stand_id: string;
  participant_id: string;
}

export interface ServiceStandProductsTable {
  id: Generated<string>;
  centre_id: string;
  stand_id: string;
  item_id: string | null;
  name: string;
  taken: number;
  sold: number;
  unit_price: number;
}
/** The staff register (issue 15): employees and other staff, for art. 11 and the annual reports. */
export interface StaffMembersTable {
  id: Generated<string>;
  centre_id: string;
  full_name: string;
  sex: 'F' | 'M' | null;
  function: string;
  basis: string;
  /** Working time in thousandths of a full-time post (1000 = full time). */
  fte_milli: number;
  conducts_classes: Generated<boolean>;
  from_date: string;
  to_date: string | null;
  user_id: string | null;
  notes: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type StaffMemberRow = Selectable<StaffMembersTable>;

/** A participant's situation recorded at an exit or a follow-up (issue 15; the reports' outcome rows). */
export interface ParticipantOutcomesTable {
  id: Generated<string>;
  centre_id: string;
  participant_id: string;
  programme_id: string | null;
  follow_up_id: string | null;
  source: 'EXIT' | 'FOLLOW_UP';
  observed_on: string;
  work: string;
  employment_form: string | null;
  contract_type: string | null;
  social_effects: Generated<string[]>;
  note: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}
export type ParticipantOutcomeRow = Selectable<ParticipantOutcomesTable>;

/** One version of a centre's annual report: draft → signed → sent (frozen snapshot); a correction is a new version. */
export interface AnnualReportsTable {
  id: Generated<string>;
  centre_id: string;
  year: number;
  version: number;
  status: Generated<'DRAFT' | 'SIGNED' | 'SENT'>;
  narrative: Json<Record<string, string>>;
  snapshot: Json<unknown> | null;
  row_version: Generated<number>;
  signed_by: string | null;
  signed_by_name: string | null;
  signed_at: Date | null;
  sent_at: Date | null;
  sent_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type AnnualReportRow = Selectable<AnnualReportsTable>;

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

/** An EU-funded project the centre runs or takes part in (issue 16, item 5). */
export interface EuProjectsTable {
  id: Generated<string>;
  centre_id: string;
  number: string;
  title: string;
  programme: string;
  priority: string;
  action: string | null;
  start_date: string;
  end_date: string;
  /** The leader when it is a partner; null when the centre leads. */
  leader_partner_id: string | null;
  support_forms: Generated<string[]>;
  /** Target values per indicator code. */
  targets: Json<Record<string, number>>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type EuProjectRow = Selectable<EuProjectsTable>;

export interface EuProjectPartnersTable {
  centre_id: string;
  project_id: string;
  partner_id: string;
}

/** A participant enrolled in an EU project, with the monitoring (SM EFS) data the record does not hold. */
export interface EuProjectParticipantsTable {
  id: Generated<string>;
  centre_id: string;
  project_id: string;
  participant_id: string;
  project_start: string;
  project_end: string | null;
  support_start: string;
  support_end: string | null;
  support_forms: Generated<string[]>;
  labour_market_status: string | null;
  long_term_unemployed: boolean | null;
  education_end_planned: string | null;
  degurba: string | null;
  foreign_origin: string | null;
  third_country_national: string | null;
  minority: string | null;
  homeless: string | null;
  disability: string | null;
  exit_situation: string | null;
  exit_as_planned: boolean | null;
  business_started_on: string | null;
  notes: string | null;
  version: Generated<number>;
  created_by_name: string | null;
  updated_by_name: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type EuProjectParticipantRow = Selectable<EuProjectParticipantsTable>;

// Issue 18: events and courses, standing groups, volunteers, in-kind help (migration 0018).

/** A person who is not a CIS participant (senior, guest of a course): name, contact, year of birth, consent. */
export interface EventPersonsTable {
  id: Generated<string>;
  centre_id: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  birth_year: number | null;
  consent_on: string;
  created_by: string | null;
  created_at: Timestamp;
}
export type EventPersonRow = Selectable<EventPersonsTable>;

export interface EventsTable {
  id: Generated<string>;
  centre_id: string;
  kind: string;
  title: string;
  description: string | null;
  programme: string | null;
  place: string | null;
  starts_on: string;
  ends_on: string;
  organiser_partner_id: string | null;
  capacity: number | null;
  waiting_list: Generated<boolean>;
  completion_percent: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
}
export type EventRow = Selectable<EventsTable>;

export interface EventSessionsTable {
  id: Generated<string>;
  centre_id: string;
  event_id: string;
  held_on: string;
  starts_at: string;
  ends_at: string;
  topic: string;
  created_at: Timestamp;
}
export type EventSessionRow = Selectable<EventSessionsTable>;

export interface EventRegistrationsTable {
  id: Generated<string>;
  centre_id: string;
  event_id: string;
  kind: string;
  participant_id: string | null;
  person_id: string | null;
  user_id: string | null;
  guest_name: string | null;
  status: string;
  created_by: string | null;
  created_at: Timestamp;
}
export type EventRegistrationRow = Selectable<EventRegistrationsTable>;

export interface EventAttendanceTable {
  centre_id: string;
  session_id: string;
  registration_id: string;
  present: boolean;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface EventCertificatesTable {
  id: Generated<string>;
  centre_id: string;
  event_id: string;
  registration_id: string;
  number: string;
  issued_on: string;
  holder_name: string;
  minutes_attended: number;
  issued_by: string | null;
  created_at: Timestamp;
}
export type EventCertificateRow = Selectable<EventCertificatesTable>;

export interface StandingGroupsTable {
  id: Generated<string>;
  centre_id: string;
  name: string;
  description: string | null;
  meeting_rule: string | null;
  partner_id: string | null;
  created_at: Timestamp;
}

export interface GroupMembersTable {
  id: Generated<string>;
  centre_id: string;
  group_id: string;
  participant_id: string | null;
  person_id: string | null;
  joined_on: string;
  left_on: string | null;
  created_at: Timestamp;
}

export interface GroupMeetingsTable {
  id: Generated<string>;
  centre_id: string;
  group_id: string;
  held_on: string;
  topic: string;
  created_at: Timestamp;
}

export interface GroupAttendanceTable {
  centre_id: string;
  meeting_id: string;
  member_id: string;
  present: boolean;
}

export interface VolunteersTable {
  id: Generated<string>;
  centre_id: string;
  first_name: string;
  last_name: string;
  sex: string;
  birth_date: string;
  email: string | null;
  phone: string | null;
  guardian_name: string | null;
  guardian_consent_on: string | null;
  insurance_note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export type VolunteerRow = Selectable<VolunteersTable>;

export interface VolunteerAgreementsTable {
  id: Generated<string>;
  centre_id: string;
  volunteer_id: string;
  number: string;
  signed_on: string;
  valid_from: string;
  valid_until: string | null;
  scope: string;
  written: boolean;
  created_at: Timestamp;
}

export interface VolunteerActivitiesTable {
  id: Generated<string>;
  centre_id: string;
  volunteer_id: string;
  done_on: string;
  activity: string;
  description: string | null;
  minutes: number;
  created_at: Timestamp;
}

export interface InkindDonationsTable {
  id: Generated<string>;
  centre_id: string;
  donor_partner_id: string | null;
  donor_name: string | null;
  donor_address: string | null;
  received_on: string;
  document_no: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface InkindItemsTable {
  id: Generated<string>;
  centre_id: string;
  donation_id: string | null;
  made_from_item_id: string | null;
  name: string;
  unit: string;
  value_grosze: ColumnType<string | number | null, number | null, number | null>;
  created_at: Timestamp;
}

/** Append-only: a transfer writes one row per holder (−q, +q) under one operation id; nothing is updated. */
export interface InkindMovementsTable {
  id: Generated<string>;
  centre_id: string;
  item_id: string;
  operation_id: string;
  holder_kind: string;
  holder_id: string | null;
  delta: ColumnType<string | number, number, never>;
  step: string;
  moved_on: string;
  note: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface InkindDeliveriesTable {
  id: Generated<string>;
  centre_id: string;
  operation_id: string;
  number: string;
  recipient_partner_id: string;
  delivered_on: string;
  received_by: string | null;
  created_at: Timestamp;
}
