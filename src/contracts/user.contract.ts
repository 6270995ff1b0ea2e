import { z } from 'zod';
import { NewPasswordSchema } from './auth.contract';
import { EmailSchema, RoleSchema, UuidSchema, requiredText } from './common';

const RolesSchema = z
  .array(RoleSchema, { error: 'Wybierz co najmniej jedną rolę.' })
  .min(1, { error: 'Wybierz co najmniej jedną rolę.' })
  // A partner account is linked to its institution: the director creates it on the partner's card (issue 16).
  .refine((roles) => !roles.includes('PARTNER_VIEWER'), {
    error: 'Konto partnera zakłada kierownik na karcie partnera.',
  })
  .transform((roles) => [...new Set(roles)]);

/** An administrator creates an account with roles in the current centre. */
export const UserCreateSchema = z.object({
  email: EmailSchema,
  fullName: requiredText(200),
  roles: RolesSchema,
  password: NewPasswordSchema,
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** An administrator gives an existing account (found by e-mail) roles in the current centre. */
export const UserAddExistingSchema = z.object({ email: EmailSchema, roles: RolesSchema });
export type UserAddExisting = z.infer<typeof UserAddExistingSchema>;

export const UserUpdateSchema = z.object({
  fullName: requiredText(200).optional(),
  roles: RolesSchema.optional(),
  isActive: z.boolean().optional(),
  resetTotp: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const UserSchema = z.object({
  id: UuidSchema,
  email: z.string(),
  fullName: z.string(),
  roles: z.array(RoleSchema),
  isActive: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UserListSchema = z.object({ items: z.array(UserSchema) });
