/**
 * Step 3 of the zelfscan as DOM: the improvement plan built from the advice
 * (src/lib/zelfscan/advies.ts). It is also what prints: date, focus and role,
 * the profile with its tables, the points with their links written out, and
 * every answer. Text goes in as text nodes only (see dom.ts).
 */
import { zelfscanProfielSvg } from '../../charts/zelfscan-profiel';
import { bouwAdvies, scoreTekst, type AdviesInvoer, type AdviesRij, type Punt } from '../../lib/zelfscan/advies';
import type { Antwoorden, Link, ScanHulpPerStelling, ScanKern, SchaalOptie } from '../../lib/zelfscan/model';
import { planTeksten as z } from '../../lib/zelfscan/teksten-plan';
import { ONDERDELEN } from '../../lib/vocabulary';
import { maak, svgKnoop, voegToe } from './dom';

export interface PlanContext extends AdviesInvoer<ScanKern> {
  /** The statements in focus, in route order. */
  stellingen: readonly ScanKern[];
  /** Lesson, examples and cards per statement id (from /zelfscan/hulp.json). */
  hulp: ScanHulpPerStelling;
  antwoorden: Antwoorden;
  schaal: readonly SchaalOptie[];
  focusTekst: string;
  datum: string;
  /** Address of this result, to share or to come back to. */
  url: string;
  /** Makes a site path absolute, so the printed plan shows whole addresses. */
  absoluut: (href: string) => string;
}

let hulp: Promise<ScanHulpPerStelling> | undefined;

/** Fetches the help per statement once; a failed fetch is tried again next time. */
export function laadHulp(url: URL): Promise<ScanHulpPerStelling> {
  hulp ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url.pathname}: ${r.status}`);
    return r.json() as Promise<ScanHulpPerStelling>;
  });
  hulp.catch(() => (hulp = undefined));
  return hulp;
}

function link(l: Link, ctx: PlanContext): HTMLAnchorElement {
  return maak('a', { href: ctx.absoluut(l.href) }, l.naam);
}

function linkLijst(links: readonly Link[], ctx: PlanContext, naastElkaar = false): HTMLElement {
  return maak('ul', { class: naastElkaar ? 'zs-rij' : undefined }, ...links.map((l) => maak('li', {}, link(l, ctx))));
}

/** A table that may scroll sideways on a phone: a named region the keyboard can reach and scroll. */
function tabelVak(naam: string, tabel: HTMLTableElement): HTMLElement {
  return maak('div', { class: 'zs-tabel', tabindex: '0', role: 'region', 'aria-label': naam }, tabel);
}

function profielBlok(id: string, kop: string, kolom: string, rijen: readonly AdviesRij[]) {
  const svg = zelfscanProfielSvg(
    rijen.map((r) => ({ id: r.slug, label: r.naam, score: r.score })),
    {
      id: `${id}-svg`,
      titel: kop,
      beschrijving: kop,
      kopId: `${id}-kop`,
      geenScore: z.geenScore,
      leeg: z.geenAntwoorden,
      rijLabel: z.rijLabel,
    },
  );
  const kolommen = [kolom, z.kolomScore, z.kolomOordeel, z.kolomAntwoorden];
  const tabel = maak(
    'table',
    {},
    maak('caption', { class: 'sr-only' }, kop),
    maak('thead', {}, maak('tr', {}, ...kolommen.map((k) => maak('th', { scope: 'col' }, k)))),
    maak(
      'tbody',
      {},
      ...rijen.map((r) =>
        maak(
          'tr',
          {},
          maak('th', { scope: 'row' }, r.naam),
          maak('td', { class: 'zs-getal' }, r.score === null ? z.geenScore : scoreTekst(r.score)),
          maak('td', {}, r.band?.label ?? '–'),
          maak('td', { class: 'zs-getal' }, z.vanTotaal(r.beantwoord, r.totaal)),
        ),
      ),
    ),
  );
  return maak(
    'div',
    { class: 'zs-profiel' },
    maak('h4', { id: `${id}-kop` }, kop),
    maak('figure', { class: 'zs-grafiek' }, svgKnoop(svg)),
    tabelVak(kop, tabel),
  );
}

function verbeterPunt(p: Punt<ScanKern>, ctx: PlanContext): HTMLElement {
  const s = p.stelling;
  const h = Object.hasOwn(ctx.hulp, s.id) ? ctx.hulp[s.id] : undefined;
  const hulp: [string, HTMLElement | null][] = h
    ? [
        [z.lesKop, link(h.les, ctx)],
        [z.gemeentenKop, h.gemeenten.length > 0 ? linkLijst(h.gemeenten, ctx, true) : null],
        [z.werkwijzenKop, h.werkwijzen.length > 0 ? linkLijst(h.werkwijzen, ctx, true) : null],
        [z.kaartenKop, h.kaarten.length > 0 ? linkLijst(h.kaarten, ctx) : null],
      ]
    : [];
  return maak(
    'li',
    { 'data-punt': s.id },
    maak('p', { class: 'zs-punt-kop' }, s.tekst),
    maak('p', {}, `${z.uwAntwoord}: `, maak('strong', {}, p.label), ` (${ONDERDELEN[s.onderdeel].naam}). `, p.tekst),
    maak('dl', {}, ...hulp.flatMap(([kop, inhoud]) => (inhoud ? [maak('dt', {}, kop), maak('dd', {}, inhoud)] : []))),
  );
}

function antwoordLabel(ctx: PlanContext, id: string): string {
  const a = ctx.antwoorden[id];
  if (a === undefined) return z.nietBeantwoord;
  return ctx.schaal.find((o) => (o.waarde ?? 'x') === a)?.label ?? z.nietBeantwoord;
}

/** The whole plan, ready to put into the result section. */
export function bouwPlan(ctx: PlanContext): DocumentFragment {
  const advies = bouwAdvies(ctx);
  const f = document.createDocumentFragment();
  const v = advies.voortgang;
  voegToe(
    f,
    maak('h3', {}, z.planKop),
    maak(
      'dl',
      { class: 'zs-plan-meta' },
      maak('dt', {}, z.datum),
      maak('dd', { 'data-datum': '' }, ctx.datum),
      maak('dt', {}, z.focus),
      maak('dd', { 'data-focus': '' }, ctx.focusTekst),
      maak('dt', {}, z.rol),
      maak('dd', { 'data-rol': '' }, advies.rol?.label ?? z.geenRolGekozen),
      maak('dt', {}, z.beantwoord),
      maak('dd', {}, z.beantwoordTekst(v.beantwoord, v.totaal, v.weetNiet)),
    ),
    advies.rol ? maak('p', {}, advies.rol.uitleg) : null,
    maak('h3', {}, z.profielKop),
    maak(
      'p',
      { class: 'prose' },
      z.profielUitleg(
        ctx.schaal.flatMap((o) => (o.waarde === null ? [] : [`${o.waarde} = ${o.label.toLowerCase()}`])).join(', '),
      ),
    ),
    profielBlok('zs-themas', z.profielThemas, z.kolomThema, advies.profiel.themas),
    profielBlok('zs-onderdelen', z.profielOnderdelen, z.kolomOnderdeel, advies.profiel.onderdelen),
    maak('h3', {}, z.sterkKop),
    advies.sterkst?.tekst ? maak('p', {}, advies.sterkst.tekst) : null,
    advies.sterk.length > 0
      ? maak(
          'ul',
          { 'data-sterk': '' },
          ...advies.sterk.map((p) => maak('li', {}, `${p.stelling.tekst} `, maak('strong', {}, `(${p.label})`))),
        )
      : maak('p', {}, z.geenSterk),
    maak('h3', {}, z.verbeterKop),
    maak('p', {}, z.verbeterUitleg),
    advies.zwakst?.tekst ? maak('p', {}, advies.zwakst.tekst) : null,
    advies.verbeter.length > 0
      ? maak('ol', { class: 'zs-punten', 'data-verbeter': '' }, ...advies.verbeter.map((p) => verbeterPunt(p, ctx)))
      : maak('p', {}, z.geenVerbeter),
  );
  if (advies.uitzoeken.length > 0) {
    voegToe(
      f,
      maak('h3', {}, z.uitzoekenKop),
      advies.uitzoekAdvies ? maak('p', {}, advies.uitzoekAdvies) : null,
      maak('ul', {}, ...advies.uitzoeken.map((s) => maak('li', {}, s.tekst))),
    );
  }
  f.append(
    maak('h3', {}, z.antwoordenKop),
    tabelVak(
      z.antwoordenKop,
      maak(
        'table',
        { class: 'zs-antwoorden' },
        maak('caption', { class: 'sr-only' }, z.antwoordenKop),
        maak(
          'thead',
          {},
          maak(
            'tr',
            {},
            maak('th', { scope: 'col' }, z.kolomStelling),
            maak('th', { scope: 'col' }, z.kolomOnderdeel),
            maak('th', { scope: 'col' }, z.kolomAntwoord),
          ),
        ),
        maak(
          'tbody',
          {},
          ...ctx.stellingen.map((s) =>
            maak(
              'tr',
              {},
              maak('th', { scope: 'row' }, s.tekst),
              maak('td', {}, ONDERDELEN[s.onderdeel].naam),
              maak('td', {}, antwoordLabel(ctx, s.id)),
            ),
          ),
        ),
      ),
    ),
    maak('h3', {}, z.linkKop),
    maak('p', { class: 'prose' }, z.linkUitleg),
    maak('p', {}, maak('a', { href: ctx.url, 'data-deel-link': '' }, z.linkLabel)),
  );
  return f;
}
