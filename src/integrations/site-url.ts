/**
 * Stops a production build that does not know its own address (see lib/site/address.ts), before any
 * page is built; gives the dev server and preview the local address.
 */
import type { AstroIntegration } from 'astro';
import { resolveSiteUrl } from '../lib/site/address.ts';

export default function siteUrl(): AstroIntegration {
  return {
    name: 'kremlin-record:site-url',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const site = resolveSiteUrl(command, config.site);
        if (!config.site) updateConfig({ site });
      },
    },
  };
}
