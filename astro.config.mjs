// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { indexableSitemap } from './src/exports/sitemap.ts';
import { REOPEN_SCRIPT } from './src/site/reopen-script.ts';

const { SITE_URL, BASE_PATH } = process.env;

export default defineConfig({
  // Where the site is served: SITE_URL gives absolute links in /events.json and canonical URLs,
  // BASE_PATH a sub-path such as /timeline. Both optional.
  ...(SITE_URL ? { site: SITE_URL } : {}),
  ...(BASE_PATH ? { base: BASE_PATH } : {}),
  // A sitemap needs absolute addresses, so it is written only when the site's address is known.
  integrations: SITE_URL ? indexableSitemap() : [],
  security: {
    // Astro hashes its own scripts and styles into a CSP <meta>; nothing else may run or load, so even
    // markup that slipped past the narrative check could not execute or reach another site.
    csp: {
      // blob: lets the chart turn its own SVG into a PNG to download; it names nothing outside the page.
      directives: [
        "default-src 'self'",
        "img-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The one inline script, which reopens a disclosure before the first paint (src/site/reopen-script.ts).
      scriptDirective: { hashes: [`sha256-${createHash('sha256').update(REOPEN_SCRIPT).digest('base64')}`] },
      // Markdown tables align their cells, and the chart strip places its year labels, with inline style
      // attributes. Each kind names its own sources: style-src-elem the site's stylesheets (with Astro's
      // hashes of its inline styles), style-src-attr the attributes. A source left on style-src would reach
      // neither, since browsers do not fall back from them, and Astro would warn so on every build.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  build: {
    // Pages are written while others render, rather than one after another: with 10,000 events the build
    // spent a quarter of its time waiting on the disk. Measured with `npm run bench`.
    concurrency: 4,
  },
  markdown: {
    // Narratives carry no code worth colouring, and Shiki's inline colour styles would fail the narrative check.
    syntaxHighlight: false,
  },
});
