/**
 * Hides the steps of the other plan (`data-plans` on a step or its entry in
 * "On this page"), keeps the choice in the URL (`?plan=prepaid`) so a shared
 * link keeps it, and shows every step again when a `#step-…` link points to
 * a hidden one. Without JS every step shows.
 */
class PlanFilter extends HTMLElement {
  connectedCallback() {
    const apply = (plan: string, keepUrl = false) => {
      const known = [...this.querySelectorAll('input')].some((input) => input.value === plan);
      if (!known) plan = '';
      document.documentElement.dataset.plan = plan;
      for (const input of this.querySelectorAll('input')) input.checked = input.value === plan;
      if (keepUrl) return;
      const url = new URL(location.href);
      if (plan) url.searchParams.set('plan', plan);
      else url.searchParams.delete('plan');
      history.replaceState(history.state, '', url);
    };
    const showTarget = () => {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (!target) return;
      if (!target.checkVisibility()) apply('');
      target.scrollIntoView();
    };
    apply(new URLSearchParams(location.search).get('plan') ?? '', true);
    showTarget();
    this.addEventListener('change', (event) => apply((event.target as HTMLInputElement).value));
    addEventListener('hashchange', showTarget);
  }
}
customElements.define('plan-filter', PlanFilter);
