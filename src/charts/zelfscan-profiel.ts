/**
 * The zelfscan profile as a horizontal bar chart: one bar per theme or step
 * with its average score on a fixed 0-3 axis, so bars in both charts compare
 * (what 0-3 mean is said next to the chart: the words do not fit under it on a phone).
 * Labels sit above the bars (long Dutch names fit on a phone) and every bar
 * has its score written next to it, so colour is never the only signal. A row
 * without a score gets no bar but the words "geen score": unanswered is not 0.
 * Runs in the browser (the scores are the visitor's), so it only builds text.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { el, svgOpen, tekst, tekstBreedte, type Benoeming } from './svg';

export interface ProfielBalk {
  id: string;
  label: string;
  /** Average 0-3, or null when nothing in the row has a score. */
  score: number | null;
}

export interface ProfielOpties extends Benoeming {
  /** Unique id of the SVG on the page. */
  id: string;
  /** Accessible name and summary (used when no kopId/beschrijvingId is given). */
  titel: string;
  beschrijving: string;
  /** Shown instead of a bar for a row without a score. */
  geenScore: string;
  /** Shown when there are no rows at all. */
  leeg: string;
  /** Accessible name of one row, e.g. "Taalvaardigheid: 1,5 van 3". */
  rijLabel: (label: string, waarde: string | null) => string;
}

/** About phone width, so the text stays 13 px on a 375 px screen. */
export const ZP_MAAT = { breedte: 340, rij: 46, letter: 13 } as const;

const nl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function zelfscanProfielSvg(balken: readonly ProfielBalk[], opties: ProfielOpties): string {
  const W = ZP_MAAT.breedte;
  const open = (hoogte: number) =>
    svgOpen({
      id: opties.id,
      breedte: W,
      hoogte,
      titel: opties.titel,
      beschrijving: opties.beschrijving,
      klasse: 'zp-svg',
      kopId: opties.kopId,
      beschrijvingId: opties.beschrijvingId,
    });
  if (balken.length === 0) return open(32) + tekst(opties.leeg, { x: 0, y: 20, class: 'zp-leeg' }) + '</svg>';

  const ruimte = Math.ceil(
    Math.max(tekstBreedte(opties.geenScore, ZP_MAAT.letter), tekstBreedte('0,0', 13, true)) + 12,
  );
  const x = scaleLinear()
    .domain([0, 3])
    .range([1, W - ruimte]);
  const y = scaleBand<string>()
    .domain(balken.map((b) => b.id))
    .range([0, balken.length * ZP_MAAT.rij]);
  const basis = balken.length * ZP_MAAT.rij + 4;

  const ticks = [0, 1, 2, 3] as const;
  const anker = (v: number) => (v === 0 ? 'zp-begin' : v === 3 ? 'zp-eind' : 'zp-midden');
  const as =
    el('path', { d: ticks.map((v) => `M${Math.round(x(v))},0V${basis}`).join(''), class: 'zp-raster' }) +
    ticks.map((v) => tekst(String(v), { x: Math.round(x(v)), y: basis + 16, class: `zp-as ${anker(v)}` })).join('');

  const rijen = balken
    .map((b) => {
      const top = y(b.id)!;
      const waarde = b.score === null ? null : nl.format(b.score);
      const breedte = b.score === null ? 0 : Math.max(b.score > 0 ? 3 : 0, Math.round(x(b.score) - x(0)));
      return el(
        'g',
        { class: 'zp-rij', role: 'img', 'aria-label': opties.rijLabel(b.label, waarde) },
        tekst(b.label, { x: 1, y: top + 15, class: 'zp-label' }),
        b.score === null
          ? tekst(opties.geenScore, { x: 4, y: top + 34, class: 'zp-geen' })
          : el('rect', { x: Math.round(x(0)), y: top + 22, width: breedte, height: 16, class: 'zp-balk' }) +
              tekst(waarde!, { x: Math.round(x(0)) + breedte + 6, y: top + 35, class: 'zp-waarde' }),
      );
    })
    .join('');
  return open(basis + 22) + as + rijen + '</svg>';
}
