/** The frontmatter template shown on /contribute/: the same scaffold `npm run new` writes. */
import { z } from 'astro/zod';
import schemaSource from '../schemas/article.ts?raw';
import { articleSchema } from '../schemas/article.ts';
import { buildScaffoldFields, extractFieldDocs, renderScaffold } from '../lib/frontmatter/scaffold.ts';

export function getEntryTemplate(): string {
  const fieldNames = Object.keys(articleSchema(() => z.string()).shape);
  const fields = buildScaffoldFields(
    fieldNames,
    extractFieldDocs(schemaSource, 'articleSchema'),
    extractFieldDocs(schemaSource, 'quoteSchema'),
    { title: 'The headline as published' },
  );
  return renderScaffold(fields);
}
