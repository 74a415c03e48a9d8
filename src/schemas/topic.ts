import { z } from 'astro/zod';

/** A topic; its body is the explainer, citing archived articles with `<Cite id="..."/>`. */
export const topicSchema = () =>
  z.strictObject({
    /** The topic's name. */
    title: z.string().trim().min(1),
    /** One or two sentences shown in topic lists. */
    summary: z.string().trim().min(1),
    /** Position in topic lists, lowest first. */
    order: z.number().int(),
  });
