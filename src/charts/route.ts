/**
 * The route to work as an SVG string: five numbered stations on a line that
 * ends in paid work, with small bars for lessons, cards and municipal examples
 * per step, and the four aandachtspunten as bands running alongside. Two
 * orientations: across for wide screens, down for phones.
 */
import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { RouteData, RouteOnderdeel } from '../lib/infographics/route';
import { routeLabel, routeSamenvatting } from '../lib/infographics/route';
import { t } from '../lib/strings';
import { el, esc, markEl, px, svgOpen, tekst, type Benoeming } from './svg';

export interface RouteOpties extends Benoeming {
  /** Unique id on the page; prefixes the ids inside the SVG. */
  id: string;
  orientatie: 'horizontaal' | 'verticaal';
  /** Leaves out the aandachtspunten (the short version on the home page). */
  kort?: boolean;
  /** Marks are links to the part's page instead of selectable marks (no script needed). */
  links?: boolean;
}

/** Longest mini bar: the part with the most lessons (cards, municipalities) of all nine. */
const BALK = 44;

type Metriek = 'lessen' | 'kaarten' | 'gemeenten';
const METRIEKEN: Metriek[] = ['lessen', 'kaarten', 'gemeenten'];
const metriekTekst: Record<Metriek, (n: number) => string> = {
  lessen: t.tekst.aantalLessen,
  kaarten: t.tekst.aantalKaarten,
  gemeenten: t.tekst.aantalGemeenten,
};

/** One scale per count, shared by all parts, so bars compare across the route. */
function schalen(data: RouteData, breedte: number): Record<Metriek, (n: number) => number> {
  const alle = [...data.stappen, ...data.aandachtspunten];
  const schaal = (m: Metriek) =>
    scaleLinear()
      .domain([0, Math.max(1, max(alle, (d) => d[m]) ?? 0)])
      .range([0, breedte]);
  return { lessen: schaal('lessen'), kaarten: schaal('kaarten'), gemeenten: schaal('gemeenten') };
}

/**
 * A mark: a selectable image by default, a link on the home page. Its parts
 * are separated by spaces, so its visible text reads as words, as its name
 * does (accessibility checks join a mark's text nodes, WCAG 2.5.3).
 */
function mark(d: RouteOnderdeel, opties: RouteOpties, ...delen: string[]): string {
  const inhoud = delen.filter(Boolean).join(' ');
  const gemeen = { class: 'mark', 'data-key': d.slug, 'data-onderdeel': d.slug, 'aria-label': routeLabel(d) };
  if (opties.links && d.href) return el('a', { ...gemeen, href: d.href }, inhoud);
  return markEl({ ...gemeen, role: 'img' }, inhoud);
}

/** Three rows of bar plus count, starting at (x, y). */
function metriekRijen(d: RouteOnderdeel, x: number, y: number, schaal: Record<Metriek, (n: number) => number>) {
  return METRIEKEN.map((m, i) => {
    const rij = y + i * 20;
    const w = schaal[m](d[m]);
    return [
      el('rect', { x, y: rij - 9, width: BALK, height: 10, class: 'rk-spoor' }),
      w > 0 ? el('rect', { x, y: rij - 9, width: Math.max(2, w), height: 10, class: 'rk-balk' }) : '',
      tekst(metriekTekst[m](d[m]), { x: x + BALK + 6, y: rij, class: 'rk-metriek' }),
    ].join(' ');
  }).join(' ');
}

function station(d: RouteOnderdeel, cx: number, cy: number, r: number): string {
  return [
    el('circle', { cx, cy, r, class: 'rk-station' }),
    tekst(d.nummer, { x: cx, y: cy + 6, 'text-anchor': 'middle', class: 'rk-nummer' }),
  ].join(' ');
}

function doel(x: number, y: number, breedte: number): string {
  return el(
    'g',
    { class: 'rk-doel', 'aria-hidden': 'true' },
    el('rect', { x: x - breedte / 2, y: y - 18, width: breedte, height: 36, rx: 18 }),
    tekst(t.grafiek.route.doel, { x, y: y + 5, 'text-anchor': 'middle' }),
  );
}

const pijl = (id: string) =>
  el(
    'marker',
    { id: `${id}-pijl`, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 2.5, markerHeight: 2.5, orient: 'auto' },
    el('path', { d: 'M0,0L10,5L0,10z', class: 'rk-pijlpunt' }),
  );

function horizontaal(data: RouteData, o: RouteOpties): string {
  const W = 960;
  const x = scalePoint<string>()
    .domain([...data.stappen.map((d) => d.slug), 'doel'])
    .range([90, 862]);
  const cy = 44;
  const schaal = schalen(data, BALK);
  const punten: [number, number][] = [...data.stappen.map((d) => [x(d.slug)!, cy] as [number, number])];
  const doelX = x('doel')!;
  const baan =
    el('path', { d: line()(punten) ?? '', class: 'rk-lijn' }) +
    el('path', {
      d: line()([punten.at(-1)!, [doelX - 80, cy]]) ?? '',
      class: 'rk-lijn rk-lijn-doel',
      'marker-end': `url(#${o.id}-pijl)`,
    });
  const stappen = data.stappen
    .map((d) => {
      const sx = x(d.slug)!;
      return mark(
        d,
        o,
        el('rect', { x: sx - 74, y: 10, width: 148, height: 170, rx: 8, class: 'ring' }),
        station(d, sx, cy, 24),
        tekst(d.naam, { x: sx, y: 96, 'text-anchor': 'middle', class: 'rk-naam' }),
        metriekRijen(d, sx - 66, 124, schaal),
      );
    })
    .join('');
  let hoogte = 190;
  let banden = '';
  if (!o.kort) {
    banden =
      tekst(t.grafiek.route.aandachtspuntenKop, { x: 20, y: 214, class: 'rk-kop', 'aria-hidden': 'true' }) +
      data.aandachtspunten
        .map((d, i) => {
          const y = 226 + i * 36;
          return mark(
            d,
            o,
            el('rect', { x: 16, y: y - 3, width: W - 32, height: 36, rx: 6, class: 'ring' }) +
              el('rect', { x: 20, y, width: W - 40, height: 30, rx: 4, class: 'rk-band' }) +
              el('rect', { x: 20, y, width: 10, height: 30, rx: 2, class: 'rk-band-accent' }) +
              el(
                'text',
                { x: 42, y: y + 20, class: 'rk-bandtekst' },
                el('tspan', { class: 'rk-bandnaam' }, esc(d.naam)),
                esc(` · ${t.tekst.aantalLessen(d.lessen)} · ${t.tekst.aantalKaarten(d.kaarten)} · `),
                esc(t.tekst.aantalGemeenten(d.gemeenten)),
              ),
          );
        })
        .join('');
    hoogte = 226 + data.aandachtspunten.length * 36 + 8;
  }
  return inhoud(data, o, W, hoogte, baan + stappen + doel(doelX, cy, 150) + banden);
}

function verticaal(data: RouteData, o: RouteOpties): string {
  const W = o.kort ? 300 : 380;
  const cx = 34;
  const y = scalePoint<string>()
    .domain([...data.stappen.map((d) => d.slug), 'doel'])
    .range([52, 52 + data.stappen.length * 112]);
  const schaal = schalen(data, BALK);
  const punten: [number, number][] = data.stappen.map((d) => [cx, y(d.slug)!]);
  const doelY = y('doel')!;
  const baan =
    el('path', { d: line()(punten) ?? '', class: 'rk-lijn' }) +
    el('path', {
      d: line()([punten.at(-1)!, [cx, doelY - 22]]) ?? '',
      class: 'rk-lijn rk-lijn-doel',
      'marker-end': `url(#${o.id}-pijl)`,
    });
  const stappen = data.stappen
    .map((d) => {
      const sy = y(d.slug)!;
      return mark(
        d,
        o,
        el('rect', { x: 4, y: sy - 30, width: 226, height: 100, rx: 8, class: 'ring' }),
        station(d, cx, sy, 22),
        tekst(d.naam, { x: 70, y: sy - 4, class: 'rk-naam' }),
        metriekRijen(d, 70, sy + 20, schaal),
      );
    })
    .join('');
  let banden = '';
  if (!o.kort) {
    const x0 = 252;
    const boven = 34;
    const lengte = doelY - 40 - boven;
    banden =
      tekst(t.grafiek.route.aandachtspuntenKort, { x: x0, y: 20, class: 'rk-kop', 'aria-hidden': 'true' }) +
      data.aandachtspunten
        .map((d, i) => {
          const bx = x0 + i * 32;
          return mark(
            d,
            o,
            el('rect', { x: bx - 3, y: boven - 3, width: 32, height: lengte + 6, rx: 6, class: 'ring' }) +
              el('rect', { x: bx, y: boven, width: 26, height: lengte, rx: 4, class: 'rk-band rk-band-staand' }) +
              el(
                'text',
                {
                  transform: `translate(${px(bx + 18)},${px(boven + lengte - 10)}) rotate(-90)`,
                  class: 'rk-bandtekst',
                },
                el('tspan', { class: 'rk-bandnaam' }, esc(d.naam)),
                esc(` · ${t.tekst.aantalLessen(d.lessen)} · ${t.tekst.aantalKaarten(d.kaarten)}`),
              ),
          );
        })
        .join('');
  }
  return inhoud(data, o, W, doelY + 30, baan + stappen + doel(86, doelY, 150) + banden);
}

function inhoud(data: RouteData, o: RouteOpties, breedte: number, hoogte: number, lichaam: string): string {
  return (
    svgOpen({
      id: o.id,
      breedte,
      hoogte,
      titel: o.kort ? t.grafiek.route.kortTitel : t.grafiek.route.svgTitel,
      beschrijving: routeSamenvatting(data),
      klasse: `route-svg route-${o.orientatie}`,
      kopId: o.kopId,
      beschrijvingId: o.beschrijvingId,
    }) +
    el('defs', {}, pijl(o.id)) +
    lichaam +
    '</svg>'
  );
}

/** The route chart as an SVG string. */
export function routeSvg(data: RouteData, opties: RouteOpties): string {
  return opties.orientatie === 'horizontaal' ? horizontaal(data, opties) : verticaal(data, opties);
}
