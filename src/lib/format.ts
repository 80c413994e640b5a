/** Small text formatters shared by components. */
import { t } from './strings';

interface BronKort {
  uitgever: string;
  auteurs: string[];
  jaar: number | null;
}

/** Short citation as used in running text: "Regioplan, 2019" or "Oostveen en Klaver, 2018". */
export function kortCitaat(bron: BronKort): string {
  const jaar = bron.jaar ?? t.tekst.jaarOnbekend;
  const achternaam = (naam: string) => naam.replace(/^(?:[A-Z]\.\s*)+/u, '').trim();
  let wie = bron.uitgever;
  if (bron.auteurs.length === 1) wie = achternaam(bron.auteurs[0]!);
  else if (bron.auteurs.length === 2) wie = `${achternaam(bron.auteurs[0]!)} en ${achternaam(bron.auteurs[1]!)}`;
  else if (bron.auteurs.length > 2) wie = `${achternaam(bron.auteurs[0]!)} e.a.`;
  return `${wie}, ${jaar}`;
}

/** A number in Dutch notation: 1.259 and 10,5. */
export function getal(waarde: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(waarde);
}

/** A figure with its unit: "17%" or "1.259 personen". */
export function cijferMetEenheid(waarde: number, eenheid: string): string {
  return eenheid.startsWith('%') ? `${getal(waarde)}${eenheid}` : `${getal(waarde)} ${eenheid}`;
}
