import { z } from 'zod';
import { STAFF_BASES, STAFF_FUNCTIONS } from '../domain/staff/staff-ratio';
import { IsoDateSchema, requiredText, text, UuidSchema, VersionSchema } from './common';

export const StaffFunctionSchema = z.enum(STAFF_FUNCTIONS);
export const StaffBasisSchema = z.enum(STAFF_BASES);

/** Working time as a fraction of a full-time post (0.125 = one eighth), three decimals at most. */
const FteSchema = z
  .number({ error: 'Podaj wymiar etatu (np. 1 albo 0,5).' })
  .min(0, { error: 'Wymiar etatu nie może być ujemny.' })
  .max(1, { error: 'Najwyżej pełny etat (1).' })
  .refine((v) => Number.isInteger(Math.round(v * 1000)) && Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, {
    error: 'Najwyżej trzy miejsca po przecinku.',
  });

const staffFields = {
  fullName: requiredText(200),
  sex: z.enum(['F', 'M']).nullable().default(null),
  function: StaffFunctionSchema,
  basis: StaffBasisSchema,
  fte: FteSchema,
  conductsClasses: z.boolean().default(false),
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema.nullable().default(null),
  userId: UuidSchema.nullable().default(null),
  notes: text(2000).nullable().default(null),
};

export const StaffMemberCreateSchema = z.object(staffFields);
export type StaffMemberCreate = z.infer<typeof StaffMemberCreateSchema>;
export const StaffMemberUpdateSchema = z.object({ ...staffFields, version: VersionSchema });
export type StaffMemberUpdate = z.infer<typeof StaffMemberUpdateSchema>;

export const StaffMemberSchema = z.object({
  id: UuidSchema,
  fullName: z.string(),
  sex: z.enum(['F', 'M']).nullable(),
  function: StaffFunctionSchema,
  basis: StaffBasisSchema,
  fte: z.number(),
  conductsClasses: z.boolean(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  userId: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

/** The 1 : 10 check of one day (art. 11 ust. 3) — what the home page shows. */
export const StaffRatioSchema = z.object({
  date: z.string(),
  participants: z.number().int(),
  employeesConductingClasses: z.number().int(),
  allowedParticipants: z.number().int(),
  ratio: z.number().nullable(),
  ok: z.boolean(),
  limit: z.number().int(),
  article: z.string(),
});
export type StaffRatio = z.infer<typeof StaffRatioSchema>;

export const StaffRegisterSchema = z.object({
  items: z.array(StaffMemberSchema),
  ratio: StaffRatioSchema,
});

export const StaffRatioQuerySchema = z.object({ date: IsoDateSchema.optional() });
