// @ts-check
import { defineConfig } from 'astro/config';

const { SITE_URL, BASE_PATH } = process.env;

export default defineConfig({
  // Where the site is served: SITE_URL gives absolute links in /events.json and canonical URLs,
  // BASE_PATH a sub-path such as /timeline. Both optional.
  ...(SITE_URL ? { site: SITE_URL } : {}),
  ...(BASE_PATH ? { base: BASE_PATH } : {}),
  markdown: {
    // Narratives carry no code worth colouring, and Shiki's inline colour styles would fail the narrative check.
    syntaxHighlight: false,
  },
});
