/**
 * CSV as RFC 4180 describes it: comma-separated, fields quoted when they hold a
 * comma, quote or line break, lines ending in CRLF. Numbers keep a decimal
 * point so any tool reads them the same way.
 */

export type CsvWaarde = string | number | boolean | null | undefined;

function veld(waarde: CsvWaarde): string {
  if (waarde === null || waarde === undefined) return '';
  const tekst = typeof waarde === 'boolean' ? (waarde ? 'ja' : 'nee') : String(waarde);
  return /[",\r\n]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}

/** A header row and one row per record, in the order of `kolommen`. */
export function naarCsv<R>(kolommen: { kop: string; waarde: (r: R) => CsvWaarde }[], rijen: R[]): string {
  const regels = [kolommen.map((k) => veld(k.kop)), ...rijen.map((r) => kolommen.map((k) => veld(k.waarde(r))))];
  return regels.map((r) => r.join(',')).join('\r\n') + '\r\n';
}
