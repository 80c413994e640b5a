/**
 * The /zoeken/ page: query and filters live in the URL, so a result list can
 * be shared and the back button works. Values within a facet widen the result
 * (OR), facets narrow it (AND), and every value shows its count.
 */
import { FACETTEN, leesZoekStaat, schrijfZoekStaat, type Facet, type ZoekStaat } from '../../lib/search/query';
import { t } from '../../lib/strings';
import { laadResultaat, zoek, type Zoekuitkomst } from './engine';
import { resultaatElement } from './render';

const PER_KEER = 20;

class ZoekPagina extends HTMLElement {
  #form!: HTMLFormElement;
  #q!: HTMLInputElement;
  #status!: HTMLElement;
  #lijst!: HTMLOListElement;
  #meer!: HTMLButtonElement;
  #uitkomst: Zoekuitkomst | undefined;
  #getoond = 0;
  #volgnummer = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#q = this.querySelector('#zoek-q')!;
    this.#status = this.querySelector('#zoek-status')!;
    this.#lijst = this.querySelector('[data-resultaten]')!;
    this.#meer = this.querySelector('[data-meer]')!;
    // The filters start closed, so on a phone the results come first; on a wide screen they
    // have their own column and open at once.
    const filters = this.querySelector<HTMLDetailsElement>('[data-filters]');
    if (filters && window.matchMedia('(min-width: 60rem)').matches) filters.open = true;

    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#wijzig('push');
    });
    this.#q.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#wijzig('replace'), 200);
    });
    this.#form.addEventListener('change', (e) => {
      if ((e.target as HTMLInputElement).type === 'checkbox') this.#wijzig('push');
    });
    this.querySelector('[data-wis]')?.addEventListener('click', () => {
      this.#checkboxes().forEach((c) => (c.checked = false));
      this.#wijzig('push');
    });
    this.#meer.addEventListener('click', () => void this.#toonMeer());
    window.addEventListener('popstate', () => void this.#laadUitUrl());
    void this.#laadUitUrl();
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  /** Reads the form into a state, writes it to the URL and searches. */
  #wijzig(hoe: 'push' | 'replace') {
    const staat = leesZoekStaat(new FormData(this.#form) as unknown as URLSearchParams);
    const params = schrijfZoekStaat(staat).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`)
      history[hoe === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.#zoek(staat);
  }

  /** Sets the form from the URL (first load, back and forward) and searches. */
  async #laadUitUrl() {
    const bekend: Record<Facet, string[]> = { type: [], thema: [], stap: [], gemeente: [] };
    for (const c of this.#checkboxes()) bekend[c.name as Facet].push(c.value);
    const staat = leesZoekStaat(new URLSearchParams(location.search), bekend);
    this.#q.value = staat.q;
    for (const c of this.#checkboxes()) c.checked = staat.filters[c.name as Facet].includes(c.value);
    await this.#zoek(staat);
  }

  async #zoek(staat: ZoekStaat) {
    const mijn = ++this.#volgnummer;
    this.#status.textContent = t.zoeken.bezig;
    const uitkomst = await zoek(staat.q, staat.filters);
    if (mijn !== this.#volgnummer) return;
    this.#uitkomst = uitkomst;
    this.#getoond = 0;
    this.#lijst.replaceChildren();
    this.#toonAantallen(uitkomst);
    await this.#toonMeer();
    if (mijn !== this.#volgnummer) return;
    // The count is announced once the first results are on screen.
    const leeg = !staat.q && FACETTEN.every((f) => staat.filters[f].length === 0);
    this.#status.textContent = leeg
      ? t.zoeken.begin
      : uitkomst.totaal === 0
        ? t.zoeken.geenResultaten
        : t.zoeken.aantalVoor(uitkomst.totaal, staat.q);
  }

  async #toonMeer() {
    const uitkomst = this.#uitkomst;
    if (!uitkomst) return;
    const mijn = this.#volgnummer;
    const volgende = uitkomst.resultaten.slice(this.#getoond, this.#getoond + PER_KEER);
    const items = await Promise.all(volgende.map(laadResultaat));
    if (mijn !== this.#volgnummer) return;
    this.#lijst.append(...items.map((r) => resultaatElement(r)));
    this.#getoond += volgende.length;
    this.#meer.hidden = this.#getoond >= uitkomst.totaal;
  }

  #toonAantallen(uitkomst: Zoekuitkomst) {
    for (const c of this.#checkboxes()) {
      const aantal = uitkomst.aantallen[c.name as Facet][c.value];
      const span = c.parentElement?.querySelector('[data-aantal]');
      if (span) span.textContent = aantal === undefined ? '' : `(${aantal})`;
    }
  }
}

customElements.define('zoek-pagina', ZoekPagina);
