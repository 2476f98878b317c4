import { ATTRIBUTE, storageKey } from './remember.ts';

/**
 * The site's one inline script: reopens the disclosures the reader left open (see `remember.ts`). The
 * timeline writes it once, right after its two disclosures (the chart's and the map's), so it runs before
 * the first paint and nothing moves once the page shows. The content security policy allows it by its hash
 * (astro.config.mjs) and blocks every other inline script.
 */
export const REOPEN_SCRIPT = `try{for(const d of document.querySelectorAll('details[${ATTRIBUTE}]'))if(localStorage.getItem('${storageKey('')}'+d.getAttribute('${ATTRIBUTE}')))d.open=true}catch(e){}`;
