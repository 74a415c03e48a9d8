import { z } from 'astro/zod';
import { httpsUrlSchema } from './common.ts';

/** A publisher of archived articles. */
export const outletSchema = () =>
  z.strictObject({
    /** The outlet's name as it presents itself. */
    name: z.string().trim().min(1),
    /** Its home page. */
    url: httpsUrlSchema.optional(),
    /** Where it is based (country name). */
    country: z.string().trim().min(1).optional(),
    /** What a reader should know about it, such as ownership. */
    notes: z.string().trim().min(1).optional(),
  });
