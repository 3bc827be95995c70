/**
 * Shares the address of a step through the system share sheet where the
 * browser has one (phones), else copies it. The address keeps `?plan=…`.
 * The plain self-link next to it works without JS.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const share = 'share' in navigator;
    if (share && button) button.textContent = this.dataset.share ?? '';
    button?.addEventListener('click', async () => {
      const url = new URL(`#${this.dataset.anchor}`, location.href).href;
      if (share) return navigator.share({ url, title: document.title }).catch(() => undefined);
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = this.dataset.copied ?? '';
      setTimeout(() => {
        if (status) status.textContent = '';
      }, 3000);
    });
  }
}
customElements.define('copy-link', CopyLink);
