/**
 * One series of published figures as an SVG bar chart. Years run as columns
 * from left to right; other labels get horizontal bars with the label above
 * each bar, so long labels fit on a phone. The value axis always starts at 0
 * (and runs to 100 for shares), and an uncertain figure is hatched with a
 * dashed outline and says "onzeker" in its name.
 */
import { max } from 'd3-array';
import { formatLocale } from 'd3-format';
import { scaleBand, scaleLinear } from 'd3-scale';
import { reeksSamenvatting, type CijferReeks } from '../lib/infographics/cijfers';
import { t } from '../lib/strings';
import { el, markEl, streepPatroon, svgOpen, tekst, tekstBreedte, type Benoeming } from './svg';

export interface StaafOpties extends Benoeming {
  id: string;
}

const nl = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] });
const asGetal = nl.format(',');

export const SG_MAAT = { breedte: 360, rij: 50, hoogte: 240, letter: 13 } as const;

/** Shares run to 100 so a bar's length means the same in every chart; counts start at 0 and end at a round number. */
export function waardeDomein(reeks: Pick<CijferReeks, 'eenheid' | 'punten'>): [number, number] {
  const hoogste = max(reeks.punten, (p) => p.waarde) ?? 0;
  if (reeks.eenheid.startsWith('%') && hoogste <= 100) return [0, 100];
  return scaleLinear()
    .domain([0, Math.max(1, hoogste)])
    .nice()
    .domain() as [number, number];
}

/**
 * The name of a bar starts with what the bar shows (label, then the value as
 * written at the bar) and adds the rest of the unit, so the visible text is
 * part of the name (WCAG 2.5.3).
 */
export function staafLabel(p: CijferReeks['punten'][number], zichtbaar: string): string {
  const rest = p.eenheid.startsWith('%') ? p.eenheid.slice(1) : ` ${p.eenheid}`;
  const onzeker = p.onzeker && !zichtbaar.includes(t.grafiek.onzeker);
  return t.grafiek.cijfers.balk(p.label, `${zichtbaar}${rest}`, onzeker);
}

/** The number above a column: only the number, the unit stands at the axis. */
function kolomWaarde(p: CijferReeks['punten'][number]): string {
  return p.eenheid.startsWith('%') ? `${asGetal(p.waarde)}%` : asGetal(p.waarde);
}

/** The number at a bar: short, because the unit stands once at the axis ("67%", "280.000"). */
function waardeTekst(p: CijferReeks['punten'][number]): string {
  const kort = p.eenheid.startsWith('%') ? `${asGetal(p.waarde)}%` : asGetal(p.waarde);
  return p.onzeker ? `${kort} (${t.grafiek.onzeker})` : kort;
}

/** Ticks whose labels do not touch: a tick too close to the one before is left out. */
export function ruimeTicks(ticks: number[], positie: (v: number) => number, grootte = 12): number[] {
  const breedste = Math.max(0, ...ticks.map((v) => tekstBreedte(asGetal(v), grootte)));
  const uit: number[] = [];
  for (const v of ticks) {
    if (uit.length === 0 || Math.abs(positie(v) - positie(uit.at(-1)!)) >= breedste + 10) uit.push(v);
  }
  return uit;
}

function liggend(reeks: CijferReeks, id: string): { lichaam: string; hoogte: number } {
  const W = SG_MAAT.breedte;
  const ruimte = Math.min(160, Math.max(0, ...reeks.punten.map((p) => tekstBreedte(waardeTekst(p), 13, true))) + 12);
  const x = scaleLinear()
    .domain(waardeDomein(reeks))
    .range([0, Math.round(W - ruimte - 4)]);
  const hoogte = reeks.punten.length * SG_MAAT.rij + 44;
  const basis = reeks.punten.length * SG_MAAT.rij + 4;
  const ticks = ruimeTicks(x.ticks(4), x);
  const raster =
    el('path', { d: ticks.map((v) => `M${Math.round(x(v)) + 1},4V${basis}`).join(''), class: 'cg-raster' }) +
    ticks.map((v) => tekst(asGetal(v), { x: Math.round(x(v)) + 1, y: basis + 18, class: 'cg-as cg-midden' })).join('') +
    tekst(reeks.eenheid, { x: 1, y: basis + 36, class: 'cg-as cg-eenheid' });
  const staven = reeks.punten
    .map((p, i) => {
      const y = i * SG_MAAT.rij;
      const w = Math.max(p.waarde > 0 ? 2 : 0, Math.round(x(p.waarde)));
      return markEl(
        {
          class: `mark cg-staaf${p.onzeker ? ' cg-onzeker' : ''}`,
          role: 'img',
          'aria-label': staafLabel(p, waardeTekst(p)),
        },
        el('rect', { x: -3, y: y + 1, width: W - 2, height: SG_MAAT.rij - 4, rx: 4, class: 'ring' }),
        tekst(p.label, { x: 1, y: y + 17, class: 'cg-label' }),
        el('rect', {
          x: 1,
          y: y + 24,
          width: w,
          height: 18,
          class: 'cg-balk',
          // A presentation attribute, not a style attribute: the Content Security Policy allows no inline
          // styles. The stylesheet colours only certain bars, so this hatching stays visible.
          fill: p.onzeker ? `url(#${id}-onzeker)` : undefined,
        }),
        tekst(waardeTekst(p), { x: w + 8, y: y + 38, class: 'cg-waarde' }),
      );
    })
    .join('');
  return { lichaam: raster + staven, hoogte };
}

function staand(reeks: CijferReeks, id: string): { lichaam: string; hoogte: number } {
  const W = SG_MAAT.breedte;
  const H = SG_MAAT.hoogte;
  const y = scaleLinear()
    .domain(waardeDomein(reeks))
    .range([H - 30, 26]);
  const ticks = y.ticks(4);
  const links = Math.ceil(Math.max(...ticks.map((v) => tekstBreedte(asGetal(v), 12))) + 10);
  const x = scaleBand<string>()
    .domain(reeks.punten.map((p) => p.id))
    .range([links, W - 4])
    .padding(0.25)
    .round(true);
  const raster =
    el('path', { d: ticks.map((v) => `M${links},${Math.round(y(v))}H${W - 4}`).join(''), class: 'cg-raster' }) +
    ticks.map((v) => tekst(asGetal(v), { x: links - 6, y: Math.round(y(v)) + 4, class: 'cg-as cg-eind' })).join('') +
    tekst(reeks.eenheid, { x: 0, y: 12, class: 'cg-as cg-eenheid' });
  const staven = reeks.punten
    .map((p) => {
      const bx = x(p.id)!;
      const bw = x.bandwidth();
      const top = Math.round(y(p.waarde));
      return markEl(
        {
          class: `mark cg-staaf${p.onzeker ? ' cg-onzeker' : ''}`,
          role: 'img',
          'aria-label': staafLabel(p, kolomWaarde(p)),
        },
        el('rect', {
          x: bx - (x.step() - bw) / 2 + 1,
          y: 2,
          width: x.step() - 2,
          height: H - 2,
          rx: 4,
          class: 'ring',
        }),
        el('rect', {
          x: bx,
          y: top,
          width: bw,
          height: Math.max(p.waarde > 0 ? 2 : 0, H - 30 - top),
          class: 'cg-balk',
          // A presentation attribute, not a style attribute: the Content Security Policy allows no inline
          // styles. The stylesheet colours only certain bars, so this hatching stays visible.
          fill: p.onzeker ? `url(#${id}-onzeker)` : undefined,
        }),
        // Label before value in the DOM, so the visible text reads in the same order as the name.
        tekst(p.label, { x: bx + bw / 2, y: H - 12, class: 'cg-label cg-midden' }),
        tekst(kolomWaarde(p), { x: bx + bw / 2, y: top - 6, class: 'cg-waarde cg-midden' }),
      );
    })
    .join('');
  return { lichaam: raster + staven, hoogte: H };
}

/** A series as an SVG string; the caller puts definition, population and source under it. */
export function cijferGrafiekSvg(reeks: CijferReeks, opties: StaafOpties): string {
  const { id } = opties;
  const { lichaam, hoogte } = reeks.soort === 'tijd' ? staand(reeks, id) : liggend(reeks, id);
  const transform = reeks.soort === 'tijd' ? '' : 'translate(4,2)';
  return (
    svgOpen({
      id,
      breedte: SG_MAAT.breedte + (reeks.soort === 'tijd' ? 0 : 8),
      hoogte: hoogte + 4,
      titel: reeks.titel,
      beschrijving: reeksSamenvatting(reeks),
      klasse: `cg-svg cg-${reeks.soort}`,
      kopId: opties.kopId,
      beschrijvingId: opties.beschrijvingId,
    }) +
    (reeks.punten.some((p) => p.onzeker) ? el('defs', {}, streepPatroon(`${id}-onzeker`, 'cg-p-onzeker', 6)) : '') +
    (transform ? el('g', { transform }, lichaam) : lichaam) +
    '</svg>'
  );
}
