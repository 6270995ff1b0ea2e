import { z } from 'zod';
import { ACTIVITY_TYPES } from '../domain/services/activity';
import { VAT_RATES, VAT_STATUSES } from '../domain/services/vat';
import {
  EmailSchema,
  IsoDateSchema,
  UuidSchema,
  VersionSchema,
  boundedInt,
  requiredText,
  text,
} from './common';

/** Money in grosze that may not be negative (a price, a payment); up to 1 000 000 zł. */
const price = z
  .number({ error: 'Podaj kwotę w groszach.' })
  .int({ error: 'Kwota w groszach musi być liczbą całkowitą.' })
  .min(0, { error: 'Cena nie może być ujemna.' })
  .max(100_000_000, { error: 'Najwyżej 1 000 000 zł.' });

export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES, { error: 'Wybierz rodzaj działalności z listy.' });
export const VatRateSchema = z.enum(VAT_RATES, { error: 'Wybierz stawkę VAT z listy.' });
export const VatStatusSchema = z.enum(VAT_STATUSES, { error: 'Wybierz status VAT z listy.' });

export const ServiceItemCreateSchema = z.object({
  workshopId: UuidSchema,
  name: requiredText(200),
  kind: z.enum(['SERVICE', 'PRODUCT'], { error: 'Wybierz: usługa albo produkt.' }),
  activityType: ActivityTypeSchema,
  unit: requiredText(20),
  netPrice: price,
  vatRate: VatRateSchema,
  description: text(2000).nullable().optional(),
});
export type ServiceItemCreate = z.infer<typeof ServiceItemCreateSchema>;

export const ServiceItemSchema = ServiceItemCreateSchema.extend({
  id: UuidSchema,
  workshopName: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
});
export type ServiceItem = z.infer<typeof ServiceItemSchema>;

export const VatStatusSetSchema = z.object({
  validFrom: IsoDateSchema,
  status: VatStatusSchema,
  note: text(500).nullable().optional(),
});
export const VatStatusViewSchema = z.object({
  current: VatStatusSchema,
  currentLabel: z.string(),
  source: z.string(),
  history: z.array(z.object({ validFrom: z.string(), status: VatStatusSchema, note: z.string().nullable() })),
});

export const CustomerCreateSchema = z.object({
  kind: z.enum(['PARTNER', 'PERSON'], { error: 'Wybierz: partner albo osoba prywatna.' }),
  partnerId: UuidSchema.nullable().optional(),
  fullName: text(200).nullable().optional(),
  address: text(300).nullable().optional(),
  phone: text(40).nullable().optional(),
  email: EmailSchema.nullable().optional(),
  /** The day the person agreed to their data being kept for the order (GDPR art. 6 ust. 1 lit. a/b). */
  consentOn: IsoDateSchema.nullable().optional(),
});
export type CustomerCreate = z.infer<typeof CustomerCreateSchema>;

export const CustomerSchema = z.object({
  id: UuidSchema,
  kind: z.enum(['PARTNER', 'PERSON']),
  partnerId: z.string().nullable(),
  name: z.string(),
  nip: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  consentOn: z.string().nullable(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const PartnerOptionSchema = z.object({ id: UuidSchema, name: z.string(), nip: z.string().nullable() });

export const OrderItemInputSchema = z.object({
  itemId: UuidSchema.nullable().optional(),
  name: requiredText(200),
  unit: requiredText(20),
  /** Up to three decimals (1,5 h; 0,25 m²). */
  quantity: z
    .number({ error: 'Podaj ilość.' })
    .positive({ error: 'Ilość musi być większa od zera.' })
    .max(1_000_000, { error: 'Najwyżej 1 000 000.' })
    .refine((q) => Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, {
      error: 'Najwyżej trzy miejsca po przecinku.',
    }),
  netPrice: price,
  vatRate: VatRateSchema,
});

export const OrderCreateSchema = z.object({
  workshopId: UuidSchema,
  customerId: UuidSchema,
  title: requiredText(300),
  quoteDate: IsoDateSchema,
  /** A job done free of charge for a partner (e.g. a DPS): recorded, never invoiced. */
  unpaid: z.boolean().default(false),
  items: z.array(OrderItemInputSchema).min(1, { error: 'Dodaj co najmniej jedną pozycję.' }).max(200),
  /** What the person typed as the total (gross, in grosze): must equal the sum of the items. */
  totalGross: boundedInt(0, 2_000_000_000),
});
export type OrderCreate = z.infer<typeof OrderCreateSchema>;

export const OrderAcceptSchema = z.object({ orderDate: IsoDateSchema, version: VersionSchema });
export const OrderCompleteSchema = z.object({
  completedOn: IsoDateSchema,
  remarks: text(2000).nullable().optional(),
  version: VersionSchema,
});
export const OrderInvoiceSchema = z.object({
  invoiceNumber: requiredText(60),
  invoicedOn: IsoDateSchema,
  version: VersionSchema,
});
export const PaymentCreateSchema = z.object({
  paidOn: IsoDateSchema,
  amount: price.refine((a) => a > 0, { error: 'Kwota wpłaty musi być większa od zera.' }),
});
/** Removing a payment typed by mistake (the finance register entry goes with it). */
export const PaymentCancelSchema = z.object({ reason: requiredText(300) });
export const PaymentParamsSchema = z.object({ id: UuidSchema, paymentId: UuidSchema });
/** Correcting a stand's takings (the finance register entry follows). */
export const StandTakingsSchema = z.object({ takings: price, reason: requiredText(300) });

export const JobCreateSchema = z.object({
  instructorId: UuidSchema,
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema,
  place: requiredText(200),
  address: requiredText(300),
  task: requiredText(2000),
  materials: text(2000).nullable().optional(),
  crew: z.array(UuidSchema).min(1, { error: 'Wybierz co najmniej jedną osobę do brygady.' }).max(30),
});
export type JobCreate = z.infer<typeof JobCreateSchema>;

export const JobDayEntrySchema = z.object({
  participantId: UuidSchema,
  hours: z
    .number({ error: 'Podaj liczbę godzin.' })
    .positive({ error: 'Liczba godzin musi być większa od zera.' })
    .max(12, { error: 'Najwyżej 12 godzin dziennie.' }),
  /** What the person practised that day (feeds the skills noted at the end of participation). */
  practised: text(300).nullable().optional(),
  /** The register entry's version the client saw; null for a day without an entry. */
  version: VersionSchema.nullable(),
});
export const JobDaySaveSchema = z.object({
  date: IsoDateSchema,
  entries: z.array(JobDayEntrySchema).min(1, { error: 'Zaznacz co najmniej jedną osobę.' }).max(30),
});
export type JobDaySave = z.infer<typeof JobDaySaveSchema>;

export const JobDayParamsSchema = z.object({ id: UuidSchema, date: IsoDateSchema });

const Amounts = z.object({ net: z.number().int(), vat: z.number().int(), gross: z.number().int() });

export const JobSchema = z.object({
  id: UuidSchema,
  orderId: UuidSchema,
  workshopId: UuidSchema,
  instructorId: UuidSchema,
  instructorName: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  place: z.string(),
  address: z.string(),
  task: z.string(),
  materials: z.string().nullable(),
  crew: z.array(z.object({ participantId: UuidSchema, name: z.string() })),
  days: z.array(z.object({ date: z.string(), people: z.number().int(), hours: z.number() })),
});
export type Job = z.infer<typeof JobSchema>;

export const OrderSchema = z.object({
  id: UuidSchema,
  number: z.string(),
  workshopId: UuidSchema,
  workshopName: z.string(),
  customer: CustomerSchema,
  status: z.enum(['QUOTE', 'ORDER', 'DONE']),
  title: z.string(),
  quoteDate: z.string(),
  orderDate: z.string().nullable(),
  completedOn: z.string().nullable(),
  unpaid: z.boolean(),
  vatStatus: VatStatusSchema,
  items: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      quantity: z.number(),
      netPrice: z.number().int(),
      vatRate: VatRateSchema,
      net: z.number().int(),
      vat: z.number().int(),
      gross: z.number().int(),
    }),
  ),
  totals: Amounts,
  invoiceNumber: z.string().nullable(),
  invoicedOn: z.string().nullable(),
  paid: z.number().int(),
  payments: z.array(z.object({ id: UuidSchema, paidOn: z.string(), amount: z.number().int() })),
  remarks: z.string().nullable(),
  jobs: z.array(JobSchema),
  version: z.number().int(),
});
export type Order = z.infer<typeof OrderSchema>;

export const OrderListSchema = z.object({
  items: z.array(
    OrderSchema.pick({
      id: true,
      number: true,
      workshopName: true,
      status: true,
      title: true,
      quoteDate: true,
      unpaid: true,
      totals: true,
      paid: true,
    }).extend({ customerName: z.string() }),
  ),
});

export const JobDayViewSchema = z.object({
  jobId: UuidSchema,
  date: z.string(),
  plannedHours: z.number(),
  crew: z.array(
    z.object({
      participantId: UuidSchema,
      name: z.string(),
      register: z
        .object({ status: z.string(), hours: z.number().nullable(), version: z.number().int() })
        .nullable(),
      onThisJob: z.object({ hours: z.number(), practised: z.string().nullable() }).nullable(),
    }),
  ),
});

/**
 * Sales income of a year in grosze, the figure the finance register and the subsidy settlement
 * (art. 10 ust. 4–5: costs minus sales income) need. `invoiced*` by invoice date; `paid` by payment date.
 */
export const SalesIncomeSchema = z.object({
  year: z.number().int(),
  months: z.array(
    z.object({
      month: z.string(),
      invoicedNet: z.number().int(),
      invoicedVat: z.number().int(),
      invoicedGross: z.number().int(),
      paid: z.number().int(),
      standTakings: z.number().int(),
    }),
  ),
  byWorkshop: z.array(
    z.object({
      workshopId: UuidSchema,
      workshopName: z.string(),
      invoicedNet: z.number().int(),
      invoicedGross: z.number().int(),
      paid: z.number().int(),
      standTakings: z.number().int(),
    }),
  ),
  byOrder: z.array(
    z.object({
      orderId: UuidSchema,
      number: z.string(),
      workshopName: z.string(),
      customerName: z.string(),
      unpaid: z.boolean(),
      invoicedOn: z.string().nullable(),
      invoicedGross: z.number().int(),
      paid: z.number().int(),
    }),
  ),
  total: z.object({
    invoicedNet: z.number().int(),
    invoicedVat: z.number().int(),
    invoicedGross: z.number().int(),
    paid: z.number().int(),
    standTakings: z.number().int(),
  }),
});
export type SalesIncome = z.infer<typeof SalesIncomeSchema>;

export const WorkshopMonthSchema = z.object({
  workshop: z.object({ id: UuidSchema, name: z.string() }),
  month: z.string(),
  jobs: z.array(
    z.object({
      id: UuidSchema,
      orderNumber: z.string(),
      title: z.string(),
      fromDate: z.string(),
      toDate: z.string(),
      place: z.string(),
    }),
  ),
  hours: z.number(),
  income: z.object({
    invoicedGross: z.number().int(),
    paid: z.number().int(),
    standTakings: z.number().int(),
  }),
  participants: z.array(
    z.object({ participantId: UuidSchema, name: z.string(), days: z.number().int(), hours: z.number() }),
  ),
});

export const StandCreateSchema = z.object({
  workshopId: UuidSchema,
  partnerId: UuidSchema.nullable().optional(),
  name: requiredText(200),
  place: requiredText(300),
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema,
  crew: z.array(UuidSchema).max(30).default([]),
  products: z
    .array(
      z.object({
        itemId: UuidSchema.nullable().optional(),
        name: requiredText(200),
        taken: boundedInt(0, 100_000),
        sold: boundedInt(0, 100_000),
        unitPrice: price,
      }),
    )
    .max(200)
    .default([]),
  /** Takings in grosze; when omitted, the sum of products sold × price. */
  takings: price.nullable().optional(),
  notes: text(2000).nullable().optional(),
});
export type StandCreate = z.infer<typeof StandCreateSchema>;

export const StandSchema = z.object({
  id: UuidSchema,
  workshopId: UuidSchema,
  workshopName: z.string(),
  partnerName: z.string().nullable(),
  name: z.string(),
  place: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  takings: z.number().int(),
  crew: z.array(z.object({ participantId: UuidSchema, name: z.string() })),
  products: z.array(
    z.object({
      name: z.string(),
      taken: z.number().int(),
      sold: z.number().int(),
      unitPrice: z.number().int(),
    }),
  ),
});
