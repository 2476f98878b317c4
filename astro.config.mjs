// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Where the site is served, for absolute links in /events.json and canonical URLs (optional).
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || undefined,
  trailingSlash: 'ignore',
  markdown: {
    // Narratives carry no code blocks worth colouring, and inline colour styles would fight the CSP.
    syntaxHighlight: false,
  },
});
