import { z } from 'zod';
import { ROLES, type Role } from '../domain/access/roles';

export { ROLES, type Role };
export const RoleSchema = z.enum(ROLES);

export const CentreTypeSchema = z.enum(['CIS', 'KIS']);
export const FoundingInstitutionTypeSchema = z.enum([
  'JST',
  'NGO',
  'CHURCH_LEGAL_PERSON',
  'SOCIAL_COOPERATIVE',
]);

export const UuidSchema = z.uuid({ error: 'Nieprawidłowy identyfikator.' });
export const IsoDateSchema = z.iso.date({ error: 'Podaj datę w formacie RRRR-MM-DD.' });
export const EmailSchema = z
  .string()
  .trim()
  .max(254, { error: 'Adres e-mail jest za długi.' })
  .pipe(z.email({ error: 'Podaj prawidłowy adres e-mail.' }));

export const IdParamsSchema = z.object({ id: UuidSchema });

/** Required non-empty trimmed text with a Polish message. */
export const requiredText = (max = 200) =>
  z
    .string({ error: 'To pole jest wymagane.' })
    .trim()
    .min(1, { error: 'To pole jest wymagane.' })
    .max(max, { error: `Najwyżej ${max} znaków.` });
