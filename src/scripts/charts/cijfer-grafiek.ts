/**
 * <cijfer-grafiek>: select a bar to see its figure with definition, year,
 * population and source. Everything comes from the table row and the caption
 * rendered at build time; fields the figures share live in the caption.
 */
import { maak, maakKiesbaar } from './kiesbaar';

class CijferGrafiek extends HTMLElement {
  connectedCallback() {
    const paneel = this.querySelector<HTMLElement>('.paneel');
    const svg = this.querySelector('svg');
    if (!paneel || !svg) return;
    const kiesbaar = maakKiesbaar({
      wortel: this.querySelector('.grafiek-beeld') ?? this,
      marks: () => [...svg.querySelectorAll<SVGElement>('.mark')],
      raster: false,
      kies: (staaf) => {
        // Bars and table rows are written in the same order.
        const i = [...svg.querySelectorAll('.mark')].indexOf(staaf);
        const rij = this.querySelectorAll('tbody tr')[i];
        if (!rij) return;
        kiesbaar.markeer((m) => m === staaf);
        const kop = maak('h3', rij.querySelector('th')?.textContent?.trim() ?? '');
        const waarde = maak('p');
        waarde.append(maak('strong', rij.querySelector('td')?.textContent?.trim() ?? ''));
        const dl = maak('dl');
        for (const div of this.querySelectorAll('.cg-meta > div')) {
          const dt = div.querySelector('dt');
          const dd = div.querySelector<HTMLElement>('dd');
          if (!dt || !dd) continue;
          // A field that differs per figure is in the row; a shared one in the caption.
          const bron = rij.querySelector(`[data-veld="${dd.dataset['veld']}"]`) ?? dd;
          const nieuw = maak('dd');
          nieuw.append(...[...bron.childNodes].map((n) => n.cloneNode(true)));
          dl.append(dt.cloneNode(true), nieuw);
        }
        paneel.replaceChildren(kop, waarde, dl);
      },
    });
    for (const el of this.querySelectorAll<HTMLElement>('[data-met-js]')) el.hidden = false;
  }
}

if (!customElements.get('cijfer-grafiek')) customElements.define('cijfer-grafiek', CijferGrafiek);
