/**
 * The search box in the header as a combobox: results appear while typing,
 * arrow keys move through them, Enter opens one, Escape closes the list.
 * Loaded on demand by site-search.ts, the first time a visitor searches.
 */
import { t } from '../../lib/strings';
import { legeFilters, MAX_QUERY } from '../../lib/search/query';
import { laadResultaat, zoek, type Resultaat } from './engine';
import { resultaatElement } from './render';

const MAX = 6;

export function koppel(form: HTMLFormElement): void {
  const input = form.querySelector('input[type="search"]') as HTMLInputElement;
  const lijst = document.createElement('ul');
  lijst.id = `${input.id}-lijst`;
  lijst.className = 'kopzoek-lijst';
  lijst.setAttribute('role', 'listbox');
  lijst.setAttribute('aria-label', t.zoeken.suggesties);
  lijst.hidden = true;
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  form.append(lijst, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', lijst.id);
  input.maxLength = MAX_QUERY;

  let opties: { el: HTMLElement; url: string }[] = [];
  let actief = -1;
  let volgnummer = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const sluit = () => {
    lijst.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    actief = -1;
  };
  const markeer = (i: number) => {
    opties.forEach((o, j) => o.el.setAttribute('aria-selected', String(i === j)));
    actief = i;
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', opties[i]!.el.id);
      opties[i]!.el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const toon = (q: string, resultaten: Resultaat[], totaal: number) => {
    lijst.replaceChildren();
    opties = resultaten.map((r, i) => {
      const el = resultaatElement(r, true);
      el.id = `${lijst.id}-${i}`;
      el.setAttribute('role', 'option');
      el.setAttribute('aria-selected', 'false');
      el.addEventListener('mousedown', (e) => e.preventDefault());
      el.addEventListener('click', () => location.assign(r.url));
      return { el, url: r.url };
    });
    const alle = document.createElement('li');
    alle.id = `${lijst.id}-alle`;
    alle.setAttribute('role', 'option');
    alle.setAttribute('aria-selected', 'false');
    alle.className = 'kopzoek-alle';
    alle.textContent = t.zoeken.alleResultaten(q, totaal);
    const url = `/zoeken/?${new URLSearchParams({ q })}`;
    alle.addEventListener('mousedown', (e) => e.preventDefault());
    alle.addEventListener('click', () => location.assign(url));
    opties.push({ el: alle, url });
    lijst.append(...opties.map((o) => o.el));
    lijst.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = totaal === 0 ? t.zoeken.geenResultaten : t.zoeken.aantal(totaal);
    actief = -1;
  };
  const zoekNu = async () => {
    const q = input.value.trim().slice(0, MAX_QUERY);
    const mijn = ++volgnummer;
    if (q.length < 2) return sluit();
    const uitkomst = await zoek(q, legeFilters());
    const resultaten = await Promise.all(uitkomst.resultaten.slice(0, MAX).map(laadResultaat));
    if (mijn === volgnummer) toon(q, resultaten, uitkomst.totaal);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void zoekNu(), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      if (!lijst.hidden) sluit();
      else input.value = '';
      e.preventDefault();
    } else if (e.key === 'ArrowDown' && opties.length) {
      markeer((actief + 1) % opties.length);
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && opties.length) {
      markeer(actief <= 0 ? opties.length - 1 : actief - 1);
      e.preventDefault();
    } else if (e.key === 'Enter' && actief >= 0 && !lijst.hidden) {
      location.assign(opties[actief]!.url);
      e.preventDefault();
    }
  });
  input.addEventListener('blur', () => setTimeout(sluit, 150));
  if (input.value.trim()) void zoekNu();
}
