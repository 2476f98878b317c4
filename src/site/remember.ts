/**
 * Disclosures that remember whether the reader left them open: a `<details data-remember="name">` is
 * reopened on the next visit. The saving is done by the script that owns the disclosure (`rememberOpen`);
 * the reopening by `reopen-script.ts`. This module owns the contract between them: the attribute and the
 * storage key.
 */
export const ATTRIBUTE = 'data-remember';
export const storageKey = (name: string) => `open:${name}`;

/** Keeps `details`' state (open or closed) for the next visit, where the browser lets the site store it. */
export function rememberOpen(details: HTMLDetailsElement, signal: AbortSignal) {
  const name = details.getAttribute(ATTRIBUTE);
  if (!name) return;
  details.addEventListener(
    'toggle',
    () => {
      try {
        if (details.open) localStorage.setItem(storageKey(name), '1');
        else localStorage.removeItem(storageKey(name));
      } catch {
        // Storage may be off (private modes, blocked cookies): the disclosure still works, unremembered.
      }
    },
    { signal },
  );
}
