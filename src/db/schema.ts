import type { Json, Timestamp } from './schema/column-types';
import type {
  InstanceTable,
  CentresTable,
  UsersTable,
  LoginFailuresTable,
  CentreMembersTable,
  SessionsTable,
  AuditLogTable,
} from './schema/foundation';
import type { ParticipantsTable, ParticipantChangesTable } from './schema/participants';
import type {
  ReferralsTable,
  ParticipantDocumentsTable,
  EligibilityEvidenceTable,
  EligibilityDecisionsTable,
  ProgrammesTable,
  ProgrammeVersionsTable,
  FollowUpsTable,
  DocumentCountersTable,
} from './schema/pathway';
import type {
  WorkshopsTable,
  WorkshopInstructorsTable,
  WorkshopAssignmentsTable,
  ClassProgrammesTable,
  AttendanceEntriesTable,
  AttendanceMonthsTable,
  SocialActivitiesTable,
  SocialActivityParticipantsTable,
} from './schema/attendance';
import type {
  PayrollMonthsTable,
  PayrollLinesTable,
  BonusProposalsTable,
  PayrollCorrectionsTable,
  JobRunsTable,
} from './schema/payroll';
import type { StaffAuthorisationsTable, PrivacySettingsTable } from './schema/privacy';
import type {
  PartnersTable,
  PartnerContactsTable,
  PartnerAgreementsTable,
  PartnerCooperationLogTable,
  PartnerAccountsTable,
} from './schema/partners';
import type { FinanceEntriesTable, FinancePlanLinesTable } from './schema/finance';
import type {
  GraduateContactsTable,
  PlacementDaysTable,
  PlacementsTable,
  SupportedEmploymentClaimsTable,
  SupportedEmploymentTable,
} from './schema/placements';
import type { RetentionAnonymisationsTable } from './schema/retention';
import type {
  ServiceVatStatusesTable,
  ServiceItemsTable,
  ServiceCustomersTable,
  ServiceOrdersTable,
  ServiceOrderItemsTable,
  ServicePaymentsTable,
  ServiceJobsTable,
  ServiceJobCrewTable,
  ServiceJobDaysTable,
  ServiceStandsTable,
  ServiceStandCrewTable,
  ServiceStandProductsTable,
} from './schema/services';
import type { StaffMembersTable, ParticipantOutcomesTable, AnnualReportsTable } from './schema/reports';
import type {
  NetworksTable,
  NetworkCoordinatorsTable,
  NetworkMembersTable,
  NetworkDocumentsTable,
  NetworkDocumentVersionsTable,
  NetworkAdoptionsTable,
  NetworkMeetingsTable,
  NetworkMeetingRegistrationsTable,
  NetworkOpenEventsTable,
} from './schema/networks';
import type {
  NetworkTransfersTable,
  NetworkCatalogueEntriesTable,
  NetworkEnquiriesTable,
  NetworkProjectsTable,
  NetworkProjectPartnersTable,
} from './schema/network-work';
import type { EuProjectsTable, EuProjectPartnersTable, EuProjectParticipantsTable } from './schema/projects';
import type {
  EventPersonsTable,
  EventsTable,
  EventSessionsTable,
  EventRegistrationsTable,
  EventAttendanceTable,
  EventCertificatesTable,
  StandingGroupsTable,
  GroupMembersTable,
  GroupMeetingsTable,
  GroupAttendanceTable,
  VolunteersTable,
  VolunteerAgreementsTable,
  VolunteerActivitiesTable,
  InkindDonationsTable,
  InkindItemsTable,
  InkindMovementsTable,
  InkindDeliveriesTable,
} from './schema/events';
import type { Art200AgreementsTable, Art200EnrolmentsTable, Art200HoursTable } from './schema/art200';

/**
 * Kysely's view of the tables. Rows are mapped to contracts in one place per aggregate (a repository
 * or an app mapper; payroll still queries inline, issue #10).
 */
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
  network_transfers: NetworkTransfersTable;
  network_catalogue_entries: NetworkCatalogueEntriesTable;
  network_enquiries: NetworkEnquiriesTable;
  network_projects: NetworkProjectsTable;
  network_project_partners: NetworkProjectPartnersTable;
  eu_projects: EuProjectsTable;
  eu_project_partners: EuProjectPartnersTable;
  eu_project_participants: EuProjectParticipantsTable;
  placements: PlacementsTable;
  placement_days: PlacementDaysTable;
  graduate_contacts: GraduateContactsTable;
  supported_employment: SupportedEmploymentTable;
  supported_employment_claims: SupportedEmploymentClaimsTable;
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
  art200_agreements: Art200AgreementsTable;
  art200_enrolments: Art200EnrolmentsTable;
  art200_hours: Art200HoursTable;
}

export * from './schema/foundation';
export * from './schema/participants';
export * from './schema/pathway';
export * from './schema/attendance';
export * from './schema/payroll';
export * from './schema/privacy';
// The tables of the wave-2 modules live beside this file, one file per module.
export * from './schema/partners';
export * from './schema/placements';
export * from './schema/finance';
export * from './schema/retention';
export * from './schema/services';
export * from './schema/reports';
export * from './schema/networks';
export * from './schema/network-work';
export * from './schema/projects';
export * from './schema/events';
export * from './schema/art200';
export type { Json, Timestamp };
