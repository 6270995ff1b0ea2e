import { z } from 'zod';
import { text } from './common';

export const GminaSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  powiat: z.string(),
  voivodeship: z.string(),
});
export type GminaItem = z.infer<typeof GminaSchema>;

export const GminaQuerySchema = z.object({
  q: text(100).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const GminaListSchema = z.object({ items: z.array(GminaSchema) });
