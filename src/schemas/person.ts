import { z } from 'astro/zod';

/** A person the archive's articles mention or quote. */
export const personSchema = () =>
  z.strictObject({
    /** The name in its usual English spelling. */
    name: z.string().trim().min(1),
    /** The office or role the articles give them. */
    role: z.string().trim().min(1),
    /** Other spellings seen in sources (transliterations and misspellings); search finds them all. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** The name in its own script, as commonly written ("Дмитрий Песков"); search finds them too. */
    nativeNames: z.array(z.string().trim().min(1)).default([]),
    /** Wikidata item, such as "Q123". */
    wikidata: z.string().regex(/^Q\d+$/, { error: 'must be a Wikidata item id such as "Q123"' }).optional(),
  });
