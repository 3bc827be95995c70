/**
 * One tap shows the card full screen (the Fullscreen API where the browser
 * has it for elements, else a fixed overlay: iPhones have none), and prints
 * the card alone. The card itself is plain HTML, readable without JS.
 */
class CounterCard extends HTMLElement {
  connectedCallback() {
    const root = document.documentElement;
    const full = (on: boolean) => {
      this.classList.toggle('is-full', on);
      root.classList.toggle('counter-open', on);
      this.querySelector<HTMLElement>(`[data-action="${on ? 'close' : 'full'}"]`)?.focus();
    };
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset.action;
      if (action === 'full') {
        full(true);
        this.requestFullscreen?.().catch(() => undefined);
      } else if (action === 'close') {
        if (document.fullscreenElement) void document.exitFullscreen();
        full(false);
      } else if (action === 'print') {
        root.classList.add('print-counter');
        print();
      }
    });
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement && this.classList.contains('is-full')) full(false);
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.classList.contains('is-full')) full(false);
    });
    addEventListener('afterprint', () => root.classList.remove('print-counter'));
  }
}
customElements.define('counter-card', CounterCard);
