/**
 * <praktijken-matrix>: select a cell to read what the source says, filter the
 * columns by theme or step and sort the rows. Filtering and sorting move the
 * build-time SVG's rows and columns (and the table rows) instead of drawing
 * anew, with the same layout rules as the chart function.
 */
import { kolomIndeling, PM_MAAT } from '../../charts/praktijken-indeling';
import { maak, maakKiesbaar, vul } from './kiesbaar';

type Teksten = Record<
  'geenGebruik' | 'naarGemeente' | 'naarWerkwijze' | 'status' | 'kop' | 'bron' | 'laden' | 'fout',
  string
>;
interface Data {
  gebruik: { gemeente: string; werkwijze: string; toelichting: string; bronnen: string[] }[];
  bronnen: Record<string, { citaat: string }>;
}

const getal = (el: Element, naam: string) => Number(el.getAttribute(naam) ?? 0);
const woorden = (el: Element, naam: string) => (el.getAttribute(naam) ?? '').split(' ').filter(Boolean);

class PraktijkenMatrix extends HTMLElement {
  connectedCallback() {
    const svg = this.querySelector<SVGSVGElement>('svg.pm-svg');
    const paneel = this.querySelector<HTMLElement>('.paneel');
    const bediening = this.querySelector<HTMLElement>('.pm-bediening');
    if (!svg || !paneel || !bediening) return;
    const gekozen = (naam: string) => bediening.querySelector<HTMLSelectElement>(`select[name="${naam}"]`)!.value;
    const teksten = JSON.parse(this.dataset['teksten'] ?? '{}') as Teksten;
    const rijen = [...svg.querySelectorAll<SVGGElement>('.pm-rij')];
    const koppen = [...svg.querySelectorAll<SVGGElement>('.pm-kop[data-werkwijze]')];
    const totaalKop = svg.querySelector<SVGGElement>('.pm-totaalkop');
    const tabel = this.querySelector('tbody');
    const labelBreedte = getal(svg, 'data-label-breedte');
    const kopHoogte = getal(svg, 'data-kop-hoogte');
    const naamVan = (id: string) => koppen.find((k) => k.dataset['werkwijze'] === id)?.textContent?.trim() ?? id;

    const zichtbaarheid = new Map<string, boolean>();
    const marks = () =>
      rijen.flatMap((rij) =>
        [...rij.querySelectorAll<SVGGElement>('.mark')].filter(
          (c) => zichtbaarheid.get(c.dataset['werkwijze']!) !== false,
        ),
      );
    const bronUrl = this.dataset['bron'] ?? '';
    const kiesbaar = maakKiesbaar({
      wortel: this.querySelector('.grafiek-beeld') ?? this,
      tipIn: this,
      marks,
      raster: true,
      kies: (cel) => void kies(cel),
    });

    let data: Promise<Data> | undefined;
    let keuze = 0;
    async function kies(cel: SVGElement) {
      const gemeente = cel.dataset['gemeente']!;
      const werkwijze = cel.dataset['werkwijze']!;
      const gemeenteNaam = rijen.find((r) => r.dataset['gemeente'] === gemeente)?.dataset['naam'] ?? gemeente;
      const werkwijzeNaam = naamVan(werkwijze);
      kiesbaar.markeer((m) => m === cel);
      const tekst = maak('div');
      const links = maak('ul');
      const link = (href: string, inhoud: string) => {
        const li = maak('li');
        li.append(maak('a', inhoud, { href }));
        links.append(li);
      };
      link(`/gemeenten/${gemeente}/`, vul(teksten.naarGemeente, { gemeente: gemeenteNaam }));
      link(`/werkwijzen/${werkwijze}/`, vul(teksten.naarWerkwijze, { werkwijze: werkwijzeNaam }));
      paneel!.replaceChildren(
        maak('h3', vul(teksten.kop, { gemeente: gemeenteNaam, werkwijze: werkwijzeNaam })),
        tekst,
        links,
      );
      if (cel.dataset['gebruikt'] !== 'ja') {
        tekst.append(maak('p', vul(teksten.geenGebruik, { gemeente: gemeenteNaam, werkwijze: werkwijzeNaam })));
        return;
      }
      tekst.append(maak('p', teksten.laden));
      const deze = ++keuze;
      try {
        data ??= fetch(bronUrl).then((r) => {
          if (!r.ok) throw new Error(String(r.status));
          return r.json() as Promise<Data>;
        });
        const { gebruik, bronnen } = await data;
        if (deze !== keuze) return;
        const u = gebruik.find((g) => g.gemeente === gemeente && g.werkwijze === werkwijze);
        if (!u) throw new Error('niet gevonden');
        const bron = maak('p', `${teksten.bron}: `, { class: 'bronnen-kort' });
        u.bronnen.forEach((id, i) => {
          if (i > 0) bron.append('; ');
          bron.append(maak('a', bronnen[id]?.citaat ?? id, { href: `/bronnen/#${id}` }));
        });
        tekst.replaceChildren(maak('p', u.toelichting), bron);
      } catch {
        data = undefined;
        if (deze === keuze) tekst.replaceChildren(maak('p', teksten.fout));
      }
    }

    const herschik = () => {
      const thema = gekozen('thema');
      const stap = gekozen('stap');
      const sorteer = gekozen('sorteer');
      // Columns: which practices pass the filter, and where they go.
      const zichtbaar = koppen.filter(
        (k) =>
          (!thema || woorden(k, 'data-themas').includes(thema)) && (!stap || woorden(k, 'data-stappen').includes(stap)),
      );
      for (const k of koppen) zichtbaarheid.set(k.dataset['werkwijze']!, zichtbaar.includes(k));
      const indeling = kolomIndeling(
        labelBreedte,
        zichtbaar.map((k) => getal(k, 'data-lengte')),
        totaalKop ? getal(totaalKop, 'data-lengte') : 0,
      );
      const xVan = new Map(zichtbaar.map((k, i) => [k.dataset['werkwijze']!, indeling.x[i]!]));
      for (const k of koppen) {
        const x = xVan.get(k.dataset['werkwijze']!);
        if (x === undefined) k.setAttribute('display', 'none');
        else {
          k.removeAttribute('display');
          k.setAttribute('transform', `translate(${x + PM_MAAT.kolom / 2},${kopHoogte - 8})`);
        }
      }
      totaalKop?.setAttribute('transform', `translate(${indeling.totaalX + PM_MAAT.kolom / 2},${kopHoogte - 8})`);
      // Rows: count the visible filled cells, then order by name or count.
      const telling = new Map<SVGGElement, number>();
      for (const rij of rijen) {
        let n = 0;
        for (const cel of rij.querySelectorAll<SVGGElement>('.pm-cel')) {
          const x = xVan.get(cel.dataset['werkwijze']!);
          if (x === undefined) cel.setAttribute('display', 'none');
          else {
            cel.removeAttribute('display');
            cel.setAttribute('transform', `translate(${x},0)`);
            if (cel.dataset['gebruikt'] === 'ja') n++;
          }
        }
        telling.set(rij, n);
        const totaal = rij.querySelector('.pm-totaal');
        if (totaal) {
          totaal.textContent = String(n);
          totaal.setAttribute('x', String(indeling.totaalX + PM_MAAT.kolom / 2));
        }
        rij.querySelector('.pm-achtergrond')?.setAttribute('width', String(indeling.breedte));
        rij.dataset['aantal'] = String(n);
      }
      const volgorde = [...rijen].sort(
        (a, b) =>
          (sorteer === 'aantal' ? telling.get(b)! - telling.get(a)! : 0) ||
          (a.dataset['naam'] ?? '').localeCompare(b.dataset['naam'] ?? '', 'nl'),
      );
      volgorde.forEach((rij, i) => {
        rij.setAttribute('transform', `translate(0,${kopHoogte + i * PM_MAAT.rij})`);
        rij.classList.toggle('pm-streep', i % 2 === 1);
      });
      svg.setAttribute('width', String(indeling.breedte));
      svg.setAttribute('viewBox', `0 0 ${indeling.breedte} ${svg.getAttribute('data-hoogte')}`);
      // The table follows: same rows in the same order, same practices and counts.
      if (tabel) {
        for (const rij of volgorde) {
          const tr = tabel.querySelector<HTMLTableRowElement>(`tr[data-gemeente="${rij.dataset['gemeente']}"]`);
          if (!tr) continue;
          for (const li of tr.querySelectorAll<HTMLElement>('li[data-werkwijze]')) {
            li.hidden = !xVan.has(li.dataset['werkwijze']!);
          }
          const aantal = tr.querySelector('.pm-aantal');
          if (aantal) aantal.textContent = String(telling.get(rij));
          tabel.append(tr);
        }
      }
      const status = this.querySelector('.pm-status');
      if (status) {
        status.textContent = vul(teksten.status, {
          werkwijzen: String(zichtbaar.length),
          gemeenten: String(rijen.length),
        });
      }
      kiesbaar.verfris();
    };

    bediening.addEventListener('change', herschik);
    for (const el of this.querySelectorAll<HTMLElement>('[data-met-js]')) el.hidden = false;
  }
}

if (!customElements.get('praktijken-matrix')) customElements.define('praktijken-matrix', PraktijkenMatrix);
