/**
 * Build time: turns the content collections into the data the zelfscan page
 * carries (statements with the help behind each one, answer scale, bands,
 * roles). What helps with a statement is decided here, once, so the browser
 * only looks things up.
 */
import { gemeenteHref, lesHref, werkwijzeHref } from '../infographics/links';
import { kaartNummer, type Ref } from '../relations';
import { ONDERDEEL_SLUGS, type OnderdeelSlug, type ThemaSlug } from '../vocabulary';
import type { Band, Link, Rol, ScanData, ScanDataJson, ScanHulpPerStelling, ScanStelling, SchaalOptie } from './model';

/** At most this many practices and cards per statement: enough to start, short enough to print. */
export const MAX_HULP = 3;

interface E<D> {
  id: string;
  data: D;
}
export interface ScanBron {
  stellingen: E<{
    tekst: string;
    onderdeel: OnderdeelSlug;
    themas: ThemaSlug[];
    les: Ref;
    gewicht: number;
  }>[];
  lessen: E<{ tekst: string; onderdeel: OnderdeelSlug; gemeenten: Ref[] }>[];
  gemeenten: E<{ naam: string }>[];
  werkwijzen: E<{ naam: string; themas: ThemaSlug[]; stappen: OnderdeelSlug[]; gebruik: { gemeente: Ref }[] }>[];
  kaarten: E<{ onderdeel: OnderdeelSlug; volgnummer: number; vraag: string; themas: ThemaSlug[]; les: Ref }>[];
  zelfscanAdvies: E<
    | { soort: 'antwoord'; label: string; waarde: number | null; advies?: string | undefined }
    | { soort: 'band'; van: number; tot: number; label: string; profiel: string; actie: string }
    | { soort: 'rol'; label: string; uitleg: string }
  >[];
}

function vind<T extends { id: string }>(lijst: T[], id: string, wat: string): T {
  const item = lijst.find((x) => x.id === id);
  if (!item) throw new Error(`Zelfscan: ${wat} "${id}" bestaat niet.`);
  return item;
}

const deelt = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Cards on the statement's lesson first, then cards of the same step sharing a theme, in card order. */
export function kaartenBij(stelling: ScanBron['stellingen'][number]['data'], kaarten: ScanBron['kaarten']): Link[] {
  const opLes = kaarten.filter((k) => k.data.les.id === stelling.les.id);
  const verwant = kaarten.filter(
    (k) =>
      k.data.les.id !== stelling.les.id &&
      k.data.onderdeel === stelling.onderdeel &&
      deelt(k.data.themas, stelling.themas),
  );
  verwant.sort((a, b) => a.data.volgnummer - b.data.volgnummer);
  return [...opLes, ...verwant].slice(0, MAX_HULP).map((k) => ({
    naam: `${kaartNummer(k.data.onderdeel, k.data.volgnummer)}: ${k.data.vraag}`,
    href: `/gesprekskaarten/${k.id}/`,
  }));
}

/** Practices of the same step that share a theme, or that a municipality of the lesson uses. */
export function werkwijzenBij(
  stelling: ScanBron['stellingen'][number]['data'],
  gemeenten: readonly string[],
  werkwijzen: ScanBron['werkwijzen'],
): Link[] {
  const score = (w: ScanBron['werkwijzen'][number]) =>
    (deelt(w.data.themas, stelling.themas) ? 2 : 0) +
    (w.data.gebruik.some((u) => gemeenten.includes(u.gemeente.id)) ? 1 : 0);
  return werkwijzen
    .filter((w) => w.data.stappen.includes(stelling.onderdeel) && score(w) > 0)
    .sort((a, b) => score(b) - score(a) || a.data.naam.localeCompare(b.data.naam, 'nl'))
    .slice(0, MAX_HULP)
    .map((w) => ({ naam: w.data.naam, href: werkwijzeHref(w.id) }));
}

export function maakScanData(bron: ScanBron): ScanData {
  // Collections come back in id order (a1, a10, a2, …); the scan follows the route: by step, then by number.
  const volgorde = (s: { id: string; data: { onderdeel: OnderdeelSlug } }) =>
    ONDERDEEL_SLUGS.indexOf(s.data.onderdeel) * 1000 + Number(/[0-9]+$/.exec(s.id)?.[0] ?? 0);
  const opRoute = [...bron.stellingen].sort((a, b) => volgorde(a) - volgorde(b));
  const stellingen: ScanStelling[] = opRoute.map(({ id, data }) => {
    const les = vind(bron.lessen, data.les.id, 'les');
    const gemeenteIds = les.data.gemeenten.map((g) => g.id);
    return {
      id,
      tekst: data.tekst,
      onderdeel: data.onderdeel,
      themas: data.themas,
      gewicht: data.gewicht,
      les: { naam: les.data.tekst, href: lesHref(les) },
      gemeenten: gemeenteIds.map((g) => ({
        naam: vind(bron.gemeenten, g, 'gemeente').data.naam,
        href: gemeenteHref(g),
      })),
      werkwijzen: werkwijzenBij(data, gemeenteIds, bron.werkwijzen),
      kaarten: kaartenBij(data, bron.kaarten),
    };
  });
  const schaal: SchaalOptie[] = [];
  const banden: Band[] = [];
  const rollen: Rol[] = [];
  for (const { id, data } of bron.zelfscanAdvies) {
    if (data.soort === 'antwoord') {
      schaal.push({ id, label: data.label, waarde: data.waarde as SchaalOptie['waarde'], advies: data.advies });
    } else if (data.soort === 'band') {
      banden.push({ id, van: data.van, tot: data.tot, label: data.label, profiel: data.profiel, actie: data.actie });
    } else rollen.push({ id, label: data.label, uitleg: data.uitleg });
  }
  schaal.sort((a, b) => (a.waarde ?? 9) - (b.waarde ?? 9));
  banden.sort((a, b) => a.van - b.van);
  rollen.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return { stellingen, schaal, banden, rollen };
}

/** What the page carries: the statements without text (it is in the HTML) and without help (fetched with the result). */
export function paginaData(data: ScanData): ScanDataJson {
  return {
    ...data,
    stellingen: data.stellingen.map(({ id, onderdeel, themas, gewicht }) => ({ id, onderdeel, themas, gewicht })),
  };
}

/** The help per statement, for /zelfscan/hulp.json. */
export function hulpData(data: ScanData): ScanHulpPerStelling {
  return Object.fromEntries(
    data.stellingen.map(({ id, les, gemeenten, werkwijzen, kaarten }) => [id, { les, gemeenten, werkwijzen, kaarten }]),
  );
}
