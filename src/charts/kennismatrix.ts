/**
 * The knowledge matrix as an SVG string, in the style of an evidence gap map:
 * steps and aandachtspunten down, themes across. A circle's area grows with
 * the number of lessons in the cell (the count stands next to it); its slices
 * show the classes of source behind them, each with its own colour and
 * pattern. Empty cells are drawn as dashed gaps with the word "geen".
 */
import { scaleSqrt } from 'd3-scale';
import { arc, pie } from 'd3-shape';
import {
  kennisLabel,
  kennisSamenvatting,
  type Bewijsklasse,
  type KennisCel,
  type Kennismatrix,
} from '../lib/infographics/kennismatrix';
import { t } from '../lib/strings';
import {
  breekRegels,
  el,
  esc,
  px,
  stippenPatroon,
  streepPatroon,
  svgOpen,
  tekst,
  tekstBreedte,
  type Benoeming,
} from './svg';

export interface KennisOpties extends Benoeming {
  id: string;
}

export const KM_MAAT = { kolom: 50, rij: 60, groep: 26, straal: 16, minStraal: 6, regel: 15 } as const;

/** Patterns per class: solid, stripes, dots, lines. Colours come from CSS classes, so from the design tokens. */
export function kennisPatronen(id: string): string {
  return el(
    'defs',
    {},
    streepPatroon(`${id}-praktijk`, 'km-p-praktijk', 6),
    stippenPatroon(`${id}-statistiek`, 'km-p-statistiek', 6),
    el(
      'pattern',
      { id: `${id}-overig`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      el('rect', { width: 6, height: 6, class: 'km-p-overig patroon-grond' }),
      el('line', { x1: 0, y1: 3, x2: 6, y2: 3, class: 'km-p-overig patroon-lijn' }),
    ),
  );
}

/** The fill of a class: solid for research, a pattern for the others. */
export function klasseVulling(id: string, klasse: Bewijsklasse): string {
  return klasse === 'onderzoek' ? '' : `url(#${id}-${klasse})`;
}

function taart(c: KennisCel, id: string, straal: number, cx: number, cy: number): string {
  const stukken = pie<{ klasse: Bewijsklasse; aantal: number }>()
    .sort(null)
    .value((k) => k.aantal)(c.klassen);
  const boog = arc<{ startAngle: number; endAngle: number }>().innerRadius(0).outerRadius(straal);
  const paden = stukken
    .map((s) =>
      el('path', {
        d: boog(s) ?? '',
        class: `km-stuk km-klasse-${s.data.klasse}`,
        fill: klasseVulling(id, s.data.klasse) || undefined,
      }),
    )
    .join('');
  return el(
    'g',
    { transform: `translate(${px(cx)},${px(cy)})` },
    paden || el('circle', { r: straal, class: 'km-zonder-bron' }),
    el('circle', { r: straal, class: 'km-rand' }),
  );
}

/** Text lines centred on a point: rotated for column heads, level for row labels. */
function regelsRond(regels: string[], x: number, y: number, klasse: string, draai = false): string {
  const r = KM_MAAT.regel;
  const eerste = -((regels.length - 1) * r) / 2;
  const spans = regels.map((regel, i) =>
    draai
      ? el('tspan', { x: 0, y: px(eerste + i * r + 4) }, esc(regel))
      : el('tspan', { x: 0, y: px(eerste + i * r + 5) }, esc(regel)),
  );
  const transform = draai ? `translate(${px(x)},${px(y)}) rotate(-90)` : `translate(${px(x)},${px(y)})`;
  return el('text', { transform, class: klasse, 'aria-hidden': 'true' }, ...spans);
}

/**
 * The matrix is narrow enough for a phone: theme names stand upright above
 * their column and long row names wrap, so the SVG scales down only a little
 * instead of needing sideways scrolling.
 */
export function kennismatrixSvg(m: Kennismatrix, opties: KennisOpties): string {
  const { id } = opties;
  const K = KM_MAAT;
  const rijRegels = m.rijen.map((r, i) => breekRegels(r.soort === 'stap' ? `${i + 1}. ${r.naam}` : r.naam, 14));
  const labelBreedte = Math.ceil(Math.max(72, ...rijRegels.flat().map((r) => tekstBreedte(r, 13.5))) + 8);
  const kopRegels = m.kolommen.map((k) => breekRegels(`${k.nummer}. ${k.naam}`, 22));
  const kopHoogte = Math.ceil(Math.max(40, ...kopRegels.flat().map((r) => tekstBreedte(r, 12.5, true))) + 12);
  const straal = scaleSqrt()
    .domain([0, Math.max(1, m.maxLessen)])
    .range([0, K.straal]);

  // Steps first, then aandachtspunten, each under a small group label.
  let y = kopHoogte;
  const rijY = new Map<string, number>();
  const groepLabels: string[] = [];
  for (const soort of ['stap', 'aandachtspunt'] as const) {
    const rijen = m.rijen.filter((r) => r.soort === soort);
    if (rijen.length === 0) continue;
    groepLabels.push(
      tekst(soort === 'stap' ? t.grafiek.kennis.stappen : t.grafiek.kennis.aandachtspunten, {
        x: 4,
        y: y + 18,
        class: 'km-groep',
        'aria-hidden': 'true',
      }),
    );
    y += K.groep;
    for (const r of rijen) {
      rijY.set(r.slug, y);
      y += K.rij;
    }
  }
  const breedte = labelBreedte + m.kolommen.length * K.kolom + 2;
  const hoogte = y + 2;

  const koppen = m.kolommen
    .map((_, i) => regelsRond(kopRegels[i]!, labelBreedte + (i + 0.5) * K.kolom, kopHoogte - 6, 'km-kop', true))
    .join('');

  const rijen = m.rijen
    .map((r, ri) => {
      const ry = rijY.get(r.slug)!;
      const cellen = m.kolommen
        .map((k) => {
          const c = m.cellen.find((cel) => cel.onderdeel === r.slug && cel.thema === k.slug);
          if (!c) return '';
          const leeg = c.lessen.length === 0 && c.kaarten === 0;
          const midden = K.kolom / 2;
          const mark = leeg
            ? el('rect', { x: 4, y: 4, width: K.kolom - 8, height: K.rij - 8, rx: 4, class: 'km-gat' }) +
              tekst(t.grafiek.kennis.geen, { x: midden, y: K.rij / 2 + 4, 'text-anchor': 'middle', class: 'km-geen' })
            : taart(c, id, c.lessen.length > 0 ? Math.max(K.minStraal, straal(c.lessen.length)) : 5, midden, 22) +
              tekst(c.lessen.length, { x: midden, y: K.rij - 6, 'text-anchor': 'middle', class: 'km-aantal' });
          return el(
            'g',
            {
              class: 'mark km-cel',
              role: 'img',
              'aria-label': kennisLabel(c),
              'data-onderdeel': r.slug,
              'data-thema': k.slug,
              'data-lessen': c.lessen.length,
              'data-leeg': leeg ? 'ja' : undefined,
              transform: `translate(${labelBreedte + m.kolommen.indexOf(k) * K.kolom},${ry})`,
            },
            el('rect', { x: 1, y: 1, width: K.kolom - 2, height: K.rij - 2, rx: 6, class: 'ring' }),
            mark,
          );
        })
        .join('');
      return (
        el('rect', { x: 0, y: ry, width: breedte, height: K.rij, class: `km-achtergrond km-${r.soort}` }) +
        regelsRond(rijRegels[ri]!, 6, ry + K.rij / 2, 'km-naam') +
        cellen
      );
    })
    .join('');

  return (
    svgOpen({
      id,
      breedte,
      hoogte,
      titel: t.grafiek.kennis.svgTitel,
      beschrijving: kennisSamenvatting(m),
      klasse: 'km-svg',
      kopId: opties.kopId,
      beschrijvingId: opties.beschrijvingId,
    }) +
    kennisPatronen(id) +
    koppen +
    groepLabels.join('') +
    rijen +
    '</svg>'
  );
}

/** A small swatch for the legend, filled like a slice of that class (uses the chart's patterns). */
export function kennisStaal(id: string, klasse: Bewijsklasse): string {
  return el(
    'svg',
    { viewBox: '0 0 20 20', width: 20, height: 20, class: 'km-staal', 'aria-hidden': 'true' },
    el('circle', {
      cx: 10,
      cy: 10,
      r: 9,
      class: `km-stuk km-klasse-${klasse}`,
      fill: klasseVulling(id, klasse) || undefined,
    }),
    el('circle', { cx: 10, cy: 10, r: 9, class: 'km-rand' }),
  );
}

/** Circles for the size legend: one lesson, the middle and the maximum. */
export function kennisGrootteStalen(maxLessen: number): { aantal: number; svg: string }[] {
  const straal = scaleSqrt()
    .domain([0, Math.max(1, maxLessen)])
    .range([0, KM_MAAT.straal]);
  const aantallen = [...new Set([1, Math.round(maxLessen / 2), maxLessen])].filter((n) => n >= 1).sort((a, b) => a - b);
  return aantallen.map((aantal) => {
    const r = Math.max(KM_MAAT.minStraal, straal(aantal));
    const d = Math.ceil(r * 2 + 2);
    return {
      aantal,
      svg: el(
        'svg',
        { viewBox: `0 0 ${d} ${d}`, width: d, height: d, class: 'km-staal', 'aria-hidden': 'true' },
        el('circle', { cx: d / 2, cy: d / 2, r, class: 'km-grootte' }),
      ),
    };
  });
}
