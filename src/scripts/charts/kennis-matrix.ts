/**
 * <kennis-matrix>: select a cell to list its lessons. Counts and kinds of
 * source come from the table cell; the lesson texts from the open-data file,
 * fetched once on the first selection.
 */
import { maak, maakKiesbaar, vul } from './kiesbaar';

type Teksten = Record<'laden' | 'fout' | 'geenLessen' | 'naarOnderdeel' | 'naarThema' | 'kop', string>;
interface Les {
  tekst: string;
  href: string;
}
interface Data {
  rijen: { slug: string; naam: string; href: string }[];
  kolommen: { slug: string; naam: string; href: string }[];
  cellen: { onderdeel: string; thema: string; lessen: Les[] }[];
}

class KennisMatrix extends HTMLElement {
  #data: Promise<Data> | undefined;

  connectedCallback() {
    const paneel = this.querySelector<HTMLElement>('.paneel');
    const svg = this.querySelector('svg.km-svg');
    if (!paneel || !svg) return;
    const teksten = JSON.parse(this.dataset['teksten'] ?? '{}') as Teksten;
    const marks = () => [...svg.querySelectorAll<SVGElement>('.mark')];
    let keuze = 0;

    const kies = async (cel: SVGElement) => {
      const { onderdeel = '', thema = '' } = cel.dataset;
      kiesbaar.markeer((m) => m === cel);
      const td = this.querySelector(`td[data-onderdeel="${onderdeel}"][data-thema="${thema}"]`);
      const rijKop = td?.parentElement?.querySelector('th a');
      const kolomKop = this.querySelector(`thead th[data-thema="${thema}"] a`);
      const onderdeelNaam = rijKop?.textContent?.trim() ?? onderdeel;
      const themaNaam = kolomKop?.textContent?.trim() ?? thema;
      const kop = maak('h3', vul(teksten.kop, { onderdeel: onderdeelNaam, thema: themaNaam.toLowerCase() }));
      const telling = maak('p');
      if (td) telling.append(...[...td.childNodes].map((n) => n.cloneNode(true)));
      const lijst = maak('div', teksten.laden);
      const links = maak('ul');
      for (const [href, tekst] of [
        [rijKop?.getAttribute('href') ?? '', vul(teksten.naarOnderdeel, { onderdeel: onderdeelNaam })],
        [kolomKop?.getAttribute('href') ?? '', vul(teksten.naarThema, { thema: themaNaam })],
      ] as const) {
        const li = maak('li');
        li.append(maak('a', tekst, { href }));
        links.append(li);
      }
      paneel.replaceChildren(kop, telling, lijst, links);
      if (Number(cel.dataset['lessen']) === 0) {
        lijst.replaceChildren(maak('p', teksten.geenLessen));
        return;
      }
      const deze = ++keuze;
      try {
        this.#data ??= fetch(this.dataset['bron'] ?? '').then((r) => {
          if (!r.ok) throw new Error(String(r.status));
          return r.json() as Promise<Data>;
        });
        const data = await this.#data;
        if (deze !== keuze) return;
        const lessen = data.cellen.find((c) => c.onderdeel === onderdeel && c.thema === thema)?.lessen ?? [];
        const ul = maak('ul');
        for (const les of lessen) {
          const li = maak('li');
          li.append(maak('a', les.tekst, { href: les.href }));
          ul.append(li);
        }
        lijst.replaceChildren(ul);
      } catch {
        this.#data = undefined;
        if (deze === keuze) lijst.replaceChildren(maak('p', teksten.fout));
      }
    };
    const kiesbaar = maakKiesbaar({
      wortel: this.querySelector('.grafiek-beeld') ?? this,
      marks,
      raster: true,
      kies: (cel) => void kies(cel),
    });
    for (const el of this.querySelectorAll<HTMLElement>('[data-met-js]')) el.hidden = false;
  }
}

if (!customElements.get('kennis-matrix')) customElements.define('kennis-matrix', KennisMatrix);
