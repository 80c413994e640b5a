/**
 * Bootstrap for the header search: a few hundred bytes on every page. The
 * search code and Pagefind load only when the visitor focuses the box or
 * presses "/"; without JavaScript the box is a plain form to /zoeken/.
 */
class SiteSearch extends HTMLElement {
  #geladen = false;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) return;
    const start = () => {
      if (this.#geladen) return;
      this.#geladen = true;
      void import('./header-search').then((m) => m.koppel(form));
    };
    input.addEventListener('focus', start);
    document.addEventListener('keydown', (e) => {
      const doel = e.target as HTMLElement;
      const typt = doel.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(doel.tagName);
      if (e.key === '/' && !typt && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
      }
    });
  }
}

customElements.define('site-search', SiteSearch);
