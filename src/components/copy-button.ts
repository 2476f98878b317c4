/** How long "Copied" stays beside the button before the status line empties again. */
const MESSAGE_TIME = 4000;

/**
 * `<copy-button data-target="id">` copies the text of the element with that id to the clipboard, and says
 * so in its status line, a polite live region. It holds a `<button>` and that status line, and is rendered
 * `hidden`: it shows itself only once it works, where scripts run and the page may use the clipboard
 * (a secure context), so without either there is no button that does nothing.
 */
class CopyButton extends HTMLElement {
  #controller: AbortController | undefined;
  #timer = 0;

  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!button || !status || !navigator.clipboard?.writeText) return;
    this.#controller = new AbortController();
    button.addEventListener('click', () => void this.#copy(status), { signal: this.#controller.signal });
    this.hidden = false;
  }

  disconnectedCallback() {
    this.#controller?.abort();
    this.#controller = undefined;
    clearTimeout(this.#timer);
  }

  async #copy(status: HTMLElement) {
    const target = document.getElementById(this.dataset.target ?? '');
    if (!target) return;
    try {
      await navigator.clipboard.writeText(target.textContent?.trim() ?? '');
      this.#say(status, 'Copied');
    } catch {
      // The browser refused (a denied permission): select the text, so the reader can copy it themselves.
      getSelection()?.selectAllChildren(target);
      this.#say(status, 'Could not copy: the text is selected, copy it with your keyboard');
    }
  }

  /** Empties the status line first, so a second "Copied" in a row is announced again. */
  #say(status: HTMLElement, message: string) {
    clearTimeout(this.#timer);
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
      this.#timer = window.setTimeout(() => (status.textContent = ''), MESSAGE_TIME);
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
