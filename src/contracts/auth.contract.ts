import { z } from 'zod';
import { CentreInputSchema } from './centre.contract';
import { CentreTypeSchema, EmailSchema, RoleSchema, TextSchema, UuidSchema, requiredText } from './common';
import { ACTIONS, type Action } from '../domain/access/permissions';

export const LoginRequestSchema = z.object({
  email: TextSchema.trim().min(1, { error: 'Podaj adres e-mail.' }).max(254),
  password: TextSchema.min(1, { error: 'Podaj hasło.' }).max(1000),
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Kod ma 6 cyfr.' })
    .optional(),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** A new password: checked on the server against the policy (length, common passwords). */
export const NewPasswordSchema = TextSchema.max(1000);

export const MeCentreSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  type: CentreTypeSchema,
  roles: z.array(RoleSchema),
  isDemo: z.boolean(),
});

export const MeResponseSchema = z.object({
  user: z.object({
    id: UuidSchema,
    email: z.string(),
    fullName: z.string(),
    totpEnabled: z.boolean(),
  }),
  centres: z.array(MeCentreSchema),
  currentCentreId: UuidSchema.nullable(),
  roles: z.array(RoleSchema),
  /** What the caller may do in the current centre (the permission table); the web client shows only these. */
  allowedActions: z.array(z.enum(ACTIONS as [Action, ...Action[]])),
  /** The current centre requires TOTP for one of the user's roles and the user has none yet. */
  totpEnrolmentRequired: z.boolean(),
  csrfToken: z.string(),
  demo: z.boolean(),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const SwitchCentreSchema = z.object({ centreId: UuidSchema });

export const ChangePasswordSchema = z.object({
  currentPassword: TextSchema.min(1, { error: 'Podaj obecne hasło.' }).max(1000),
  newPassword: NewPasswordSchema,
});

export const TotpSetupResponseSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrSvg: z.string(),
});
/** A six-digit code from the authenticator app. */
export const TotpCodeSchema = z
  .string({ error: 'Podaj kod.' })
  .trim()
  .regex(/^\d{6}$/, { error: 'Kod ma 6 cyfr.' });
export const TotpConfirmSchema = z.object({ code: TotpCodeSchema });
export const TotpDisableSchema = z.object({
  password: TextSchema.min(1, { error: 'Podaj hasło.' }).max(1000),
  code: TotpCodeSchema,
});

export const SetupStatusSchema = z.object({
  setupRequired: z.boolean(),
  demo: z.boolean(),
  /** Whether the browser sent a session cookie (not whether it is valid): without one the client skips /me. */
  hasSession: z.boolean().optional(),
});

export const SetupRequestSchema = z.object({
  centre: CentreInputSchema,
  admin: z.object({
    fullName: requiredText(200),
    email: EmailSchema,
    password: NewPasswordSchema,
  }),
});
export type SetupRequest = z.infer<typeof SetupRequestSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });
