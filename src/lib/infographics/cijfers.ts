/**
 * Groups the published figures into series for the charts on /cijfers/. Only
 * figures with the same `reeks` share a chart (and so an axis); everything
 * else stays a loose figure in the table. A series is checked for one unit.
 */
import { cijferMetEenheid } from '../format';
import type { Entry, Ref } from '../relations';
import { t } from '../strings';

export interface CijferData {
  definitie: string;
  waarde: number;
  eenheid: string;
  jaar: string;
  populatie: string;
  bron: Ref;
  reeks?: string | undefined;
  label?: string | undefined;
  onzeker: boolean;
}

export interface CijferPunt {
  id: string;
  /** Label within its series (x label), else the year. */
  label: string;
  waarde: number;
  eenheid: string;
  definitie: string;
  jaar: string;
  populatie: string;
  bron: string;
  onzeker: boolean;
  reeks: string | null;
}

export interface CijferReeks {
  id: string;
  titel: string;
  eenheid: string;
  /** Years as labels are drawn as columns over time; anything else as labelled bars. */
  soort: 'tijd' | 'categorie';
  punten: CijferPunt[];
  /** What all figures share; null where they differ, so the table shows it per figure. */
  gedeeld: { definitie: string | null; jaar: string | null; populatie: string | null; bron: string | null };
}

const JAARTAL = /^\d{4}$/;

/** A total stands before its parts; any other labels in natural order ("18 maanden" before "30 maanden"). */
const TOTAAL = 'Totaal';
function opLabel(a: CijferPunt, b: CijferPunt): number {
  if (a.label === TOTAAL || b.label === TOTAAL) return Number(b.label === TOTAAL) - Number(a.label === TOTAAL);
  return a.label.localeCompare(b.label, 'nl', { numeric: true });
}

/** A readable title from a series slug when strings.ts has none: "asielvergunningen-per-jaar" -> "Asielvergunningen per jaar". */
export function titelUitSlug(slug: string): string {
  const woorden = slug.replaceAll('-', ' ');
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

function punt(c: Entry<CijferData>): CijferPunt {
  return {
    id: c.id,
    label: c.data.label ?? c.data.jaar,
    waarde: c.data.waarde,
    eenheid: c.data.eenheid,
    definitie: c.data.definitie,
    jaar: c.data.jaar,
    populatie: c.data.populatie,
    bron: c.data.bron.id,
    onzeker: c.data.onzeker,
    reeks: c.data.reeks ?? null,
  };
}

function gedeeld<K extends 'definitie' | 'jaar' | 'populatie' | 'bron'>(punten: CijferPunt[], veld: K): string | null {
  const waarden = new Set(punten.map((p) => p[veld]));
  return waarden.size === 1 ? [...waarden][0]! : null;
}

/**
 * Series with their figures in order; a series of one figure is no chart and
 * joins the loose figures. Throws when a series mixes units: such figures must
 * never share an axis. (The content loader does not keep the order of
 * cijfers.json, so the order is decided here.)
 */
export function cijferReeksen(
  cijfers: Entry<CijferData>[],
  titels: Record<string, string> = t.grafiek.cijfers.reeksTitels,
): { reeksen: CijferReeks[]; los: CijferPunt[] } {
  const groepen = new Map<string, CijferPunt[]>();
  for (const c of cijfers) {
    if (!c.data.reeks) continue;
    groepen.set(c.data.reeks, [...(groepen.get(c.data.reeks) ?? []), punt(c)]);
  }
  const reeksen: CijferReeks[] = [];
  for (const [id, punten] of groepen) {
    if (punten.length < 2) continue;
    const eenheden = [...new Set(punten.map((p) => p.eenheid))];
    if (eenheden.length > 1) {
      throw new Error(
        `content/cijfers.json: reeks "${id}" mengt eenheden (${eenheden.join(', ')}); zulke cijfers horen niet op één as.`,
      );
    }
    const tijd = punten.every((p) => JAARTAL.test(p.label));
    reeksen.push({
      id,
      titel: titels[id] ?? titelUitSlug(id),
      eenheid: eenheden[0]!,
      soort: tijd ? 'tijd' : 'categorie',
      punten: [...punten].sort(tijd ? (a, b) => Number(a.label) - Number(b.label) : opLabel),
      gedeeld: {
        definitie: gedeeld(punten, 'definitie'),
        jaar: gedeeld(punten, 'jaar'),
        populatie: gedeeld(punten, 'populatie'),
        bron: gedeeld(punten, 'bron'),
      },
    });
  }
  // Series in the editorial order of the titles (national before local), unknown series after them.
  const volgorde = Object.keys(titels);
  const plek = (id: string) => (volgorde.includes(id) ? volgorde.indexOf(id) : volgorde.length);
  reeksen.sort((a, b) => plek(a.id) - plek(b.id) || a.id.localeCompare(b.id));
  const inGrafiek = new Set(reeksen.flatMap((r) => r.punten.map((p) => p.id)));
  return { reeksen, los: cijfers.filter((c) => !inGrafiek.has(c.id)).map(punt) };
}

/** A figure with its unit, as the chart and the table write it. */
export function puntTekst(p: Pick<CijferPunt, 'waarde' | 'eenheid'>): string {
  return cijferMetEenheid(p.waarde, p.eenheid);
}

/** A short text summary of a series, generated from its figures. */
export function reeksSamenvatting(reeks: CijferReeks): string {
  const s = t.grafiek.cijfers;
  const punten = reeks.punten;
  if (punten.length === 0) return '';
  const hoogste = punten.reduce((a, b) => (b.waarde > a.waarde ? b : a));
  const laagste = punten.reduce((a, b) => (b.waarde < a.waarde ? b : a));
  const eerste = punten[0]!;
  const laatste = punten.at(-1)!;
  let zin: string;
  if (punten.length === 1) zin = s.enkel(eerste.label, puntTekst(eerste));
  else if (reeks.soort === 'tijd') {
    zin = s.tijd(eerste.label, laatste.label, puntTekst(eerste), puntTekst(laatste), puntTekst(hoogste), hoogste.label);
  } else zin = s.categorie(hoogste.label, puntTekst(hoogste), laagste.label, puntTekst(laagste));
  const onzeker = punten.filter((p) => p.onzeker).length;
  return onzeker > 0 ? `${zin} ${s.aantalOnzeker(onzeker)}` : zin;
}
