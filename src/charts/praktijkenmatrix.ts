/**
 * The practice matrix as an SVG string: one row per municipality, one column
 * per practice, a filled square with a tick where a source names the use, an
 * empty outline where none does, and the row total at the end. Drawn at a
 * fixed size (text stays readable); the page scrolls it sideways on phones.
 * Rows and columns carry their layout in data attributes, so the script can
 * sort rows and hide columns by moving them.
 */
import { max } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { Praktijkenmatrix } from '../lib/infographics/praktijkenmatrix';
import { praktijkenSamenvatting } from '../lib/infographics/praktijkenmatrix';
import { t } from '../lib/strings';
import { kolomIndeling, PM_MAAT, SCHUIN } from './praktijken-indeling';
import { el, px, svgOpen, tekst, tekstBreedte, type Benoeming } from './svg';

export interface PraktijkenOpties extends Benoeming {
  id: string;
}

const vinkje = `M9,17l5,5l10,-11`;

export function praktijkenmatrixSvg(m: Praktijkenmatrix, opties: PraktijkenOpties): string {
  const { id } = opties;
  const f = PM_MAAT.letter;
  const labelBreedte = Math.ceil(Math.max(80, max(m.gemeenten, (g) => tekstBreedte(g.naam, f)) ?? 0) + 16);
  const koplengtes = m.werkwijzen.map((w) => px(tekstBreedte(w.naam, 13)));
  const totaalLengte = px(tekstBreedte(t.grafiek.praktijken.totaal, 13));
  const kopHoogte = Math.ceil(Math.max(40, (max(koplengtes) ?? 0) * SCHUIN, totaalLengte * SCHUIN) + 16);
  const { x, totaalX, breedte } = kolomIndeling(labelBreedte, koplengtes, totaalLengte);
  const y = scaleBand<string>()
    .domain(m.gemeenten.map((g) => g.id))
    .range([kopHoogte, kopHoogte + m.gemeenten.length * PM_MAAT.rij]);
  const hoogte = kopHoogte + m.gemeenten.length * PM_MAAT.rij + PM_MAAT.marge;
  const gebruikt = new Set(m.gebruik.map((g) => `${g.gemeente}\u0000${g.werkwijze}`));

  const koppen =
    m.werkwijzen
      .map((w, k) =>
        el(
          'g',
          {
            class: 'pm-kop',
            'data-werkwijze': w.id,
            'data-themas': w.themas.join(' '),
            'data-stappen': w.stappen.join(' '),
            'data-lengte': koplengtes[k],
            transform: `translate(${px(x[k]! + PM_MAAT.kolom / 2)},${kopHoogte - 8})`,
            'aria-hidden': 'true',
          },
          tekst(w.naam, { transform: 'rotate(-45)', class: 'pm-koptekst' }),
        ),
      )
      .join('') +
    el(
      'g',
      {
        class: 'pm-kop pm-totaalkop',
        'data-lengte': totaalLengte,
        transform: `translate(${px(totaalX + PM_MAAT.kolom / 2)},${kopHoogte - 8})`,
        'aria-hidden': 'true',
      },
      tekst(t.grafiek.praktijken.totaal, { transform: 'rotate(-45)', class: 'pm-koptekst' }),
    );

  const rijen = m.gemeenten
    .map((g, r) => {
      const cellen = m.werkwijzen
        .map((w, k) => {
          const vol = gebruikt.has(`${g.id}\u0000${w.id}`);
          return el(
            'g',
            {
              class: 'mark pm-cel',
              role: 'img',
              'aria-label': t.grafiek.praktijken.cel(g.naam, w.naam, vol),
              'data-gemeente': g.id,
              'data-werkwijze': w.id,
              'data-gebruikt': vol ? 'ja' : 'nee',
              transform: `translate(${px(x[k]!)},0)`,
            },
            el('rect', { x: 1, y: 1, width: PM_MAAT.kolom - 2, height: PM_MAAT.rij - 2, rx: 4, class: 'ring' }),
            vol
              ? el('rect', { x: 5, y: 5, width: 24, height: 24, rx: 4, class: 'pm-vol' }) +
                  el('path', { d: vinkje, class: 'pm-vinkje' })
              : el('rect', { x: 10, y: 10, width: 14, height: 14, rx: 2, class: 'pm-leeg' }),
          );
        })
        .join('');
      return el(
        'g',
        {
          class: r % 2 === 1 ? 'pm-rij pm-streep' : 'pm-rij',
          'data-gemeente': g.id,
          'data-naam': g.naam,
          'data-aantal': g.aantal,
          transform: `translate(0,${px(y(g.id)!)})`,
        },
        el('rect', { x: 0, y: 0, width: breedte, height: PM_MAAT.rij, class: 'pm-achtergrond' }),
        tekst(g.naam, { x: 6, y: PM_MAAT.rij / 2 + 5, class: 'pm-naam', 'aria-hidden': 'true' }),
        cellen,
        tekst(g.aantal, {
          x: totaalX + PM_MAAT.kolom / 2,
          y: PM_MAAT.rij / 2 + 5,
          'text-anchor': 'middle',
          class: 'pm-totaal',
          'aria-hidden': 'true',
        }),
      );
    })
    .join('');

  const leeg =
    m.gemeenten.length === 0 || m.werkwijzen.length === 0
      ? tekst(t.grafiek.praktijken.leeg, { x: 6, y: kopHoogte + 20, class: 'pm-naam' })
      : '';

  return (
    svgOpen({
      id,
      breedte,
      hoogte: leeg ? hoogte + 30 : hoogte,
      titel: t.grafiek.praktijken.svgTitel,
      beschrijving: praktijkenSamenvatting(m),
      klasse: 'pm-svg',
      kopId: opties.kopId,
      beschrijvingId: opties.beschrijvingId,
      vast: true,
      extra: { 'data-label-breedte': labelBreedte, 'data-kop-hoogte': kopHoogte, 'data-hoogte': hoogte },
    }) +
    koppen +
    rijen +
    leeg +
    '</svg>'
  );
}
