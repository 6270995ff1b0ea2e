// What the centre sells: catalogue, orders, jobs, stands (issue 17, migration 0017).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './column-types';

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
