/**
 * Disclosures that remember whether the reader left them open: a `<details data-remember="name">` is
 * reopened on the next visit. The saving is done by the script that owns the disclosure (`rememberOpen`);
 * the reopening by `REOPEN_SCRIPT`, the site's one inline script, placed right after the disclosure so it
 * runs before the first paint and nothing moves once the page shows. Its hash is allowed by the content
 * security policy (astro.config.mjs), which blocks every other inline script.
 */
const ATTRIBUTE = 'data-remember';
const key = (name: string) => `open:${name}`;

export const REOPEN_SCRIPT = `try{for(const d of document.querySelectorAll('details[${ATTRIBUTE}]'))if(localStorage.getItem('${key('')}'+d.getAttribute('${ATTRIBUTE}')))d.open=true}catch(e){}`;

/** Keeps `details`' state (open or closed) for the next visit, where the browser lets the site store it. */
export function rememberOpen(details: HTMLDetailsElement, signal: AbortSignal) {
  const name = details.getAttribute(ATTRIBUTE);
  if (!name) return;
  details.addEventListener(
    'toggle',
    () => {
      try {
        if (details.open) localStorage.setItem(key(name), '1');
        else localStorage.removeItem(key(name));
      } catch {
        // Storage may be off (private modes, blocked cookies): the disclosure still works, unremembered.
      }
    },
    { signal },
  );
}
