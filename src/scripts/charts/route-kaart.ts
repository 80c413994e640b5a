/**
 * <route-kaart>: selecting a step or aandachtspunt in the route shows its key
 * lessons and a link to its page. The panel content is rendered at build time
 * in a <template> per part; this element only shows the right one.
 */
import { maakKiesbaar } from './kiesbaar';

const zichtbaar = (el: Element) => el.getClientRects().length > 0;

class RouteKaart extends HTMLElement {
  connectedCallback() {
    const paneel = this.querySelector<HTMLElement>('.paneel');
    if (!paneel) return;
    const marks = () => [...this.querySelectorAll<SVGElement>('svg .mark')].filter(zichtbaar);
    const kiesbaar = maakKiesbaar({
      wortel: this.querySelector<HTMLElement>('.grafiek-beeld') ?? this,
      marks,
      raster: false,
      kies: (mark) => {
        const sleutel = mark.dataset['key'];
        const sjabloon = this.querySelector<HTMLTemplateElement>(`template[data-key="${sleutel}"]`);
        if (!sjabloon) return;
        kiesbaar.markeer((m) => m.dataset['key'] === sleutel);
        paneel.replaceChildren(sjabloon.content.cloneNode(true));
      },
    });
    for (const verborgen of this.querySelectorAll<HTMLElement>('[data-met-js]')) verborgen.hidden = false;
    // The two orientations swap at a breakpoint; the tab stop must stay on a visible mark.
    matchMedia('(min-width: 56rem)').addEventListener('change', () => {
      for (const m of this.querySelectorAll('svg .mark')) m.setAttribute('tabindex', '-1');
      kiesbaar.verfris();
    });
  }
}

if (!customElements.get('route-kaart')) customElements.define('route-kaart', RouteKaart);
