/**
 * The choice of cards to print, as it travels in a URL
 * (/gesprekskaarten/printen/?kaarten=i-1,o-2&modus=vouwen): reading it back
 * safely and writing it. Everything from the URL is untrusted text: ids are
 * only ever compared with the known card ids, never put into HTML.
 */
import { isPrintModus, STANDAARD_MODUS, type PrintModus } from './print-layout';

export const PRINT_PAD = '/gesprekskaarten/printen/';

/** More ids than there are cards can only be a mistake or abuse; the rest is ignored. */
const MAX_IDS = 500;
/** How much of an unknown id a notice repeats. */
const MAX_TOON = 40;
/** How many unknown ids a notice names. */
const MAX_MELDEN = 10;

export interface Keuze {
  /** Known card ids to print, in the order asked for, without duplicates. */
  kaarten: string[];
  /** True when the URL names no cards: then every card is printed. */
  alle: boolean;
  /** What the URL asked for that is no card, as typed (trimmed), without duplicates. */
  onbekend: string[];
  modus: PrintModus;
  /** A `modus` value that is not one of the modes, as typed; the default is used instead. */
  modusOngeldig?: string;
}

/**
 * Reads `kaarten` (comma-separated; the parameter may also repeat, as a
 * form with checkboxes sends it) and `modus` from a query string.
 * `bekend` is the list of existing card ids in print order.
 */
export function leesKeuze(zoek: string | URLSearchParams, bekend: readonly string[]): Keuze {
  const params = typeof zoek === 'string' ? new URLSearchParams(zoek) : zoek;
  const bestaand = new Set(bekend);
  const gevraagd = params
    .getAll('kaarten')
    .flatMap((waarde) => waarde.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .slice(0, MAX_IDS);

  const kaarten = new Set<string>();
  const onbekend = new Set<string>();
  for (const id of gevraagd) {
    const slug = id.toLowerCase();
    if (bestaand.has(slug)) kaarten.add(slug);
    else onbekend.add(id);
  }

  const alle = gevraagd.length === 0;
  const ruweModus = (params.get('modus') ?? '').trim();
  const modus = ruweModus.toLowerCase();
  const keuze: Keuze = {
    kaarten: alle ? [...bekend] : [...kaarten],
    alle,
    onbekend: [...onbekend],
    modus: isPrintModus(modus) ? modus : STANDAARD_MODUS,
  };
  if (ruweModus !== '' && !isPrintModus(modus)) keuze.modusOngeldig = ruweModus;
  return keuze;
}

/**
 * The print page URL for a choice. No cards (or `alle`) means every card;
 * the default mode is left out so the shortest URL names the common case.
 */
export function printUrl(kaarten: readonly string[] | 'alle', modus: PrintModus = STANDAARD_MODUS): string {
  const delen: string[] = [];
  if (kaarten !== 'alle' && kaarten.length > 0) delen.push(`kaarten=${kaarten.map(encodeURIComponent).join(',')}`);
  if (modus !== STANDAARD_MODUS) delen.push(`modus=${modus}`);
  return delen.length > 0 ? `${PRINT_PAD}?${delen.join('&')}` : PRINT_PAD;
}

/** The card overview with this choice ticked, to change it. */
export function kiesUrl(kaarten: readonly string[] | 'alle'): string {
  return kaarten === 'alle' || kaarten.length === 0
    ? '/gesprekskaarten/'
    : `/gesprekskaarten/?kaarten=${kaarten.map(encodeURIComponent).join(',')}`;
}

/** An unknown id as a notice may repeat it: shortened, on one line. */
export function toonId(id: string): string {
  const plat = id.replace(/\s+/g, ' ');
  return plat.length > MAX_TOON ? `${plat.slice(0, MAX_TOON - 1)}…` : plat;
}

/** Unknown ids for a notice: the first few, shortened, and "…" when there were more. */
export function toonOnbekend(ids: readonly string[]): string[] {
  const getoond = ids.slice(0, MAX_MELDEN).map(toonId);
  return ids.length > MAX_MELDEN ? [...getoond, '…'] : getoond;
}

/**
 * The address printed on a card so a reader can find it online: host and
 * path when the site has a public address, otherwise "…" and the path.
 */
export function kaartAdres(slug: string, site?: URL): string {
  const pad = `/gesprekskaarten/${slug}/`;
  const lokaal = !site || site.hostname === 'localhost' || site.hostname === '127.0.0.1';
  return lokaal ? `…${pad}` : `${site.host}${pad}`;
}
