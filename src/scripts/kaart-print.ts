/**
 * <kaart-print>: prints only the cards named in ?kaarten=, in the mode of
 * ?modus=. The server HTML holds every card face once, laid out in the
 * default mode; this script moves those same nodes into new sheets laid out
 * by printIndeling(). Text from the URL is only compared with known ids and
 * shown through textContent, so it can never become markup.
 */
import { kiesUrl, leesKeuze, printUrl, toonId, toonOnbekend, type Keuze } from '../lib/kaart-keuze';
import { isPrintModus, printIndeling, velLijnen, type Vel } from '../lib/print-layout';
import { kaartTeksten as tk } from '../lib/kaart-teksten';

const SVG = 'http://www.w3.org/2000/svg';

function lijnen(vel: Vel): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'lijnen');
  svg.setAttribute('viewBox', '0 0 210 297');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const lijn of velLijnen(vel.soort)) {
    const pad = document.createElementNS(SVG, 'path');
    pad.setAttribute('class', lijn.soort);
    pad.setAttribute('d', lijn.d);
    svg.append(pad);
  }
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, klasse: string, tekst = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = klasse;
  el.textContent = tekst;
  return el;
}

class KaartPrint extends HTMLElement {
  /** Every card face the server rendered, by "id|kant". */
  #kanten = new Map<string, HTMLElement>();
  #keuze: Keuze | undefined;

  connectedCallback() {
    const bekend: string[] = [];
    for (const kant of this.querySelectorAll<HTMLElement>('.kant[data-kaart]')) {
      const id = kant.dataset['kaart'] ?? '';
      this.#kanten.set(`${id}|${kant.dataset['kant']}`, kant);
      if (kant.dataset['kant'] === 'voor') bekend.push(id);
    }
    const keuze = leesKeuze(location.search, bekend);
    this.#keuze = keuze;
    this.#meld(keuze);
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="modus"]')) {
      radio.checked = radio.value === keuze.modus;
    }
    const aanpassen = this.querySelector<HTMLAnchorElement>('[data-aanpassen]');
    if (aanpassen) aanpassen.href = kiesUrl(keuze.alle ? 'alle' : keuze.kaarten);
    this.addEventListener('change', this.#wissel);
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.#leg(keuze);
  }

  #wissel = (event: Event) => {
    const radio = event.target;
    if (!(radio instanceof HTMLInputElement) || radio.name !== 'modus' || !this.#keuze) return;
    if (!isPrintModus(radio.value)) return;
    this.#keuze.modus = radio.value;
    this.#leg(this.#keuze);
    history.replaceState(null, '', printUrl(this.#keuze.alle ? 'alle' : this.#keuze.kaarten, radio.value));
  };

  #meld(keuze: Keuze) {
    const melding = this.querySelector('[data-melding]');
    if (!melding) return;
    const delen: string[] = [];
    if (keuze.onbekend.length > 0) delen.push(tk.onbekend(toonOnbekend(keuze.onbekend)));
    if (keuze.modusOngeldig !== undefined) delen.push(tk.modusOngeldig(toonId(keuze.modusOngeldig)));
    melding.textContent = delen.join(' ');
  }

  /** Replaces the sheets with the chosen faces in the chosen mode. */
  #leg(keuze: Keuze) {
    const doel = this.querySelector('[data-vellen]');
    if (!doel) return;
    const vellen = printIndeling(keuze.kaarten, keuze.modus);
    const nieuw: Element[] = [];
    vellen.forEach((vel, i) => {
      const soort = tk.velSoort[vel.gespiegeld ? 'gespiegeld' : vel.soort];
      const blad = element('div', 'vel');
      blad.dataset['soort'] = vel.soort;
      blad.append(lijnen(vel));
      for (const vak of vel.vakken) {
        const kant = this.#kanten.get(`${vak.kaart}|${vak.kant}`);
        if (!kant) continue;
        kant.dataset['rij'] = String(vak.rij);
        kant.dataset['kolom'] = String(vak.kolom);
        blad.append(kant);
      }
      nieuw.push(element('h2', 'vel-kop', tk.vel(i + 1, vellen.length, soort)), blad);
    });
    if (vellen.length === 0) nieuw.push(element('p', 'kader', tk.geenKaarten));
    doel.replaceChildren(...nieuw);
    this.dataset['modus'] = keuze.modus;
    const samenvatting = this.querySelector('[data-samenvatting]');
    if (samenvatting) samenvatting.textContent = tk.samenvatting(keuze.kaarten.length, vellen.length);
  }
}

customElements.define('kaart-print', KaartPrint);
