/**
 * <kaart-kiezer>: filters the card overview by step/aandachtspunt and theme,
 * and turns the ticked cards into a shareable print link
 * (/gesprekskaarten/printen/?kaarten=i-1,o-2). It only shows, hides and
 * ticks server-rendered elements; the counts go to a live region.
 */
import { kiesUrl, leesKeuze, printUrl } from '../lib/kaart-keuze';
import { kaartTeksten as tk } from '../lib/kaart-teksten';

class KaartKiezer extends HTMLElement {
  #vakjes: HTMLInputElement[] = [];

  connectedCallback() {
    this.#vakjes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="kaarten"]')];
    const keuze = leesKeuze(
      location.search,
      this.#vakjes.map((v) => v.value),
    );
    if (!keuze.alle) for (const vakje of this.#vakjes) vakje.checked = keuze.kaarten.includes(vakje.value);
    this.addEventListener('change', this.#wijziging);
    this.addEventListener('click', this.#klik);
    this.#filter();
    this.#werkBij(false);
  }

  #tegel(vakje: HTMLInputElement): HTMLElement | null {
    return vakje.closest<HTMLElement>('li[data-kaart]');
  }

  /** The checkboxes of the cards a set button stands for (a step, an aandachtspunt or a theme). */
  #inSet(knop: HTMLElement): HTMLInputElement[] {
    const { setOnderdeel, setThema } = knop.dataset;
    return this.#vakjes.filter((v) => {
      const tegel = this.#tegel(v);
      if (setOnderdeel !== undefined) return tegel?.dataset['onderdeel'] === setOnderdeel;
      return setThema !== undefined && (tegel?.dataset['themas'] ?? '').split(' ').includes(setThema);
    });
  }

  #zichtbaar(vakje: HTMLInputElement): boolean {
    return !this.#tegel(vakje)?.hidden;
  }

  #wijziging = (event: Event) => {
    if (event.target instanceof HTMLSelectElement) this.#filter();
    this.#werkBij(true);
  };

  #klik = (event: Event) => {
    const knop = event.target instanceof Element ? event.target.closest('button') : null;
    if (!knop) return;
    let vakjes: HTMLInputElement[] = [];
    let aan = true;
    if (knop.matches('[data-set-onderdeel], [data-set-thema]')) {
      vakjes = this.#inSet(knop);
      // A set that is fully chosen is a pressed toggle: pressing again lets it go.
      aan = !vakjes.every((v) => v.checked);
    } else if (knop.hasAttribute('data-zichtbaar')) {
      vakjes = this.#vakjes.filter((v) => this.#zichtbaar(v));
    } else if (knop.hasAttribute('data-wis')) {
      vakjes = this.#vakjes;
      aan = false;
    } else return;
    for (const vakje of vakjes) vakje.checked = aan;
    this.#werkBij(true);
  };

  #filter() {
    const waarde = (naam: string) =>
      this.querySelector<HTMLSelectElement>(`select[data-filter="${naam}"]`)?.value ?? '';
    const onderdeel = waarde('onderdeel');
    const thema = waarde('thema');
    for (const tegel of this.querySelectorAll<HTMLElement>('li[data-kaart]')) {
      const themas = (tegel.dataset['themas'] ?? '').split(' ');
      tegel.hidden =
        (onderdeel !== '' && tegel.dataset['onderdeel'] !== onderdeel) || (thema !== '' && !themas.includes(thema));
    }
    let iets = false;
    for (const groep of this.querySelectorAll<HTMLElement>('section[data-groep]')) {
      groep.hidden = !groep.querySelector('li[data-kaart]:not([hidden])');
      iets ||= !groep.hidden;
    }
    const leeg = this.querySelector<HTMLElement>('[data-leeg]');
    if (leeg) leeg.hidden = iets;
  }

  /** Updates the print link, the toggles and the live count; `url` also keeps the choice in this page's URL. */
  #werkBij(url: boolean) {
    const gekozen = this.#vakjes.filter((v) => v.checked).map((v) => v.value);
    const link = this.querySelector<HTMLAnchorElement>('[data-print-keuze]');
    if (link) {
      link.href = printUrl(gekozen);
      link.textContent = tk.printKeuze(gekozen.length);
      link.hidden = gekozen.length === 0;
    }
    for (const knop of this.querySelectorAll<HTMLButtonElement>('[data-set-onderdeel], [data-set-thema]')) {
      const inSet = this.#inSet(knop);
      knop.setAttribute('aria-pressed', String(inSet.length > 0 && inSet.every((v) => v.checked)));
    }
    const telling = this.querySelector('[data-telling]');
    const zichtbaar = this.#vakjes.filter((v) => this.#zichtbaar(v)).length;
    if (telling) telling.textContent = tk.status(zichtbaar, this.#vakjes.length, gekozen.length);
    if (url) history.replaceState(null, '', kiesUrl(gekozen));
  }
}

customElements.define('kaart-kiezer', KaartKiezer);
