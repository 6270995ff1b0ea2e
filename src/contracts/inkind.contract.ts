import { z } from 'zod';
import { HOLDER_KINDS, STEP_CODES, UNIT_CODES } from '../domain/inkind/quantity';
import { grosze, IsoDateSchema, requiredText, text, UuidSchema } from './common';

const optionalText = (max: number) => text(max).nullable().default(null);
/** A quantity as exact decimal text ("12,5"), never a float: the unit decides the smallest part. */
const QuantityTextSchema = z
  .string({ error: 'Podaj ilość, np. 12,5.' })
  .trim()
  .min(1, { error: 'Podaj ilość, np. 12,5.' })
  .max(20, { error: 'Podaj ilość, np. 12,5.' });
export const UnitSchema = z.enum(UNIT_CODES, { error: 'Wybierz jednostkę.' });
export const StepSchema = z.enum(STEP_CODES, { error: 'Wybierz etap.' });

export const HolderSchema = z.object({
  kind: z.enum(HOLDER_KINDS, { error: 'Wybierz, kto ma materiał.' }),
  id: UuidSchema.nullable().default(null),
});

export const DonationCreateSchema = z.object({
  donorPartnerId: UuidSchema.nullable().default(null),
  donorName: optionalText(200),
  donorAddress: optionalText(300),
  receivedOn: IsoDateSchema,
  documentNo: optionalText(100),
  notes: optionalText(1000),
  items: z
    .array(
      z.object({
        name: requiredText(200),
        unit: UnitSchema,
        quantity: QuantityTextSchema,
        valueGrosze: grosze().nullable().default(null),
      }),
    )
    .min(1, { error: 'Podaj co najmniej jedną rzecz.' })
    .max(100, { error: 'Najwyżej 100 pozycji.' }),
});
export type DonationCreate = z.infer<typeof DonationCreateSchema>;

export const MovementCreateSchema = z.object({
  itemId: UuidSchema,
  from: HolderSchema,
  to: HolderSchema,
  quantity: QuantityTextSchema,
  step: StepSchema,
  movedOn: IsoDateSchema,
  note: optionalText(500),
});
export type MovementCreate = z.infer<typeof MovementCreateSchema>;

export const ConversionCreateSchema = z.object({
  itemId: UuidSchema,
  holder: HolderSchema,
  quantity: QuantityTextSchema,
  step: StepSchema,
  movedOn: IsoDateSchema,
  product: z.object({ name: requiredText(200), unit: UnitSchema, quantity: QuantityTextSchema }),
  note: optionalText(500),
});
export type ConversionCreate = z.infer<typeof ConversionCreateSchema>;

export const DeliveryCreateSchema = z.object({
  itemId: UuidSchema,
  from: HolderSchema,
  recipientPartnerId: UuidSchema,
  quantity: QuantityTextSchema,
  deliveredOn: IsoDateSchema,
  receivedBy: optionalText(200),
});
export type DeliveryCreate = z.infer<typeof DeliveryCreateSchema>;

export const StockLineSchema = z.object({
  itemId: UuidSchema,
  itemName: z.string(),
  unit: UnitSchema,
  holderKind: z.enum(HOLDER_KINDS),
  holderId: z.string().nullable(),
  holderName: z.string(),
  quantity: z.number(),
  quantityText: z.string(),
});
export const StockSchema = z.object({
  lines: z.array(StockLineSchema),
  items: z.array(
    z.object({
      id: UuidSchema,
      name: z.string(),
      unit: UnitSchema,
      donorName: z.string().nullable(),
      madeFromItemId: z.string().nullable(),
      total: z.number(),
      totalText: z.string(),
    }),
  ),
});
export const DonationSchema = z.object({
  id: UuidSchema,
  donorName: z.string(),
  receivedOn: z.string(),
  documentNo: z.string().nullable(),
  items: z.array(z.object({ id: UuidSchema, name: z.string(), unit: UnitSchema, quantityText: z.string() })),
});
export const DonationListSchema = z.object({ items: z.array(DonationSchema) });
export const MovementSchema = z.object({
  operationId: UuidSchema,
  rows: z.array(z.object({ holderName: z.string(), delta: z.number(), quantityText: z.string() })),
});
export const HistorySchema = z.object({
  items: z.array(
    z.object({
      operationId: UuidSchema,
      movedOn: z.string(),
      step: StepSchema,
      stepLabel: z.string(),
      itemName: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      quantityText: z.string(),
      deliveryId: z.string().nullable(),
    }),
  ),
});
export const DeliverySchema = z.object({ id: UuidSchema, number: z.string(), operationId: UuidSchema });
