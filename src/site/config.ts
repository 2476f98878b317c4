import { site } from '../i18n/index.ts';

/** The site's name and one-line description, used in titles, headers, meta tags and exports. */
export const SITE = { name: site.name, description: site.description };
