/**
 * A small XML reader for the SVG strings the chart functions return, so unit
 * tests can check structure (marks, labels, names) without a DOM. It handles
 * what the charts write: elements, attributes in double quotes, text and the
 * five XML entities; it throws on anything malformed, which is a test too.
 */

export interface Knoop {
  tag: string;
  attrs: Record<string, string>;
  kinderen: Knoop[];
  tekst: string;
}

const ENTITEITEN: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ontsnap = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITEITEN[e]!);

export function leesSvg(bron: string): Knoop {
  const wortel: Knoop = { tag: '#wortel', attrs: {}, kinderen: [], tekst: '' };
  const stapel: Knoop[] = [wortel];
  const token = /<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+(?:="[^"<]*")?)*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let positie = 0;
  while (positie < bron.length) {
    token.lastIndex = positie;
    m = token.exec(bron);
    if (!m) throw new Error(`Onleesbare SVG bij positie ${positie}: ${bron.slice(positie, positie + 40)}`);
    positie = token.lastIndex;
    const [, sluit, open, attrTekst, zelf, tekst] = m;
    const huidig = stapel.at(-1)!;
    if (sluit) {
      if (huidig.tag !== sluit) throw new Error(`</${sluit}> sluit <${huidig.tag}>`);
      stapel.pop();
    } else if (open) {
      const attrs: Record<string, string> = {};
      for (const a of (attrTekst ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = ontsnap(a[2] ?? '');
      const knoop: Knoop = { tag: open, attrs, kinderen: [], tekst: '' };
      huidig.kinderen.push(knoop);
      if (!zelf) stapel.push(knoop);
    } else if (tekst) {
      if (/[&](?!(amp|lt|gt|quot|apos);)/.test(tekst)) throw new Error(`Los &-teken in tekst: ${tekst}`);
      huidig.kinderen.push({ tag: '#tekst', attrs: {}, kinderen: [], tekst: ontsnap(tekst) });
    }
  }
  if (stapel.length !== 1) throw new Error(`<${stapel.at(-1)!.tag}> is niet gesloten`);
  if (wortel.kinderen.length !== 1) throw new Error('Een SVG heeft één wortelelement');
  return wortel.kinderen[0]!;
}

/** All descendants (depth first) that match. */
export function zoek(knoop: Knoop, past: (k: Knoop) => boolean): Knoop[] {
  const uit: Knoop[] = [];
  const loop = (k: Knoop) => {
    for (const kind of k.kinderen) {
      if (past(kind)) uit.push(kind);
      loop(kind);
    }
  };
  loop(knoop);
  return uit;
}

/** Elements whose class list holds `klasse`. */
export const metKlasse = (knoop: Knoop, klasse: string) =>
  zoek(knoop, (k) => (k.attrs['class'] ?? '').split(/\s+/).includes(klasse));

/** All text inside an element, joined. */
export function tekstVan(knoop: Knoop): string {
  return knoop.tag === '#tekst' ? knoop.tekst : knoop.kinderen.map(tekstVan).join('');
}
