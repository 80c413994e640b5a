/**
 * Tiny helpers to write SVG as strings. Charts are rendered at build time into
 * the HTML, so they need no DOM: a chart is text built from these pieces.
 */

type Waarde = string | number | boolean | undefined | null;

/** Escapes text and attribute values; content may hold quotes and ampersands. */
export function esc(tekst: string | number): string {
  return String(tekst)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Rounds a coordinate to one decimal, which keeps the HTML small without visible loss. */
export function px(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Attributes as a string; false, null and undefined are left out, true writes the bare name. */
export function attrs(a: Record<string, Waarde>): string {
  let uit = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    uit += v === true ? ` ${k}` : ` ${k}="${esc(typeof v === 'number' ? px(v) : v)}"`;
  }
  return uit;
}

/** One element; children are already-serialised strings. */
export function el(tag: string, a: Record<string, Waarde> = {}, ...kinderen: string[]): string {
  return `<${tag}${attrs(a)}>${kinderen.join('')}</${tag}>`;
}

/**
 * A chart mark (a <g>) whose parts are separated by spaces, so its visible
 * text reads as words. Accessibility checks join a mark's text nodes and
 * compare them with its name (WCAG 2.5.3 label in name).
 */
export function markEl(a: Record<string, Waarde>, ...delen: string[]): string {
  return el('g', a, delen.filter(Boolean).join(' '));
}

/** A text element; the text is escaped here so callers cannot forget it. */
export function tekst(inhoud: string | number, a: Record<string, Waarde> = {}): string {
  return el('text', a, esc(inhoud));
}

/**
 * Rough width of a line of text in the site's system font. The build has no
 * font metrics, so layouts reserve room with this estimate (it errs wide).
 */
export function tekstBreedte(inhoud: string, grootte: number, vet = false): number {
  return inhoud.length * grootte * (vet ? 0.62 : 0.58);
}

/** Breaks text into lines of at most `maxTekens` characters, on spaces; a longer word gets its own line. */
export function breekRegels(inhoud: string, maxTekens: number): string[] {
  const regels: string[] = [];
  let regel = '';
  for (const woord of inhoud.split(/\s+/).filter(Boolean)) {
    if (regel && `${regel} ${woord}`.length > maxTekens) {
      regels.push(regel);
      regel = woord;
    } else {
      regel = regel ? `${regel} ${woord}` : woord;
    }
  }
  if (regel) regels.push(regel);
  return regels;
}

/** Ids of a heading and a summary already on the page, to name and describe a chart instead of <title> and <desc>. */
export interface Benoeming {
  kopId?: string | undefined;
  beschrijvingId?: string | undefined;
}

/**
 * The opening of a chart: fixed or scalable size, an accessible name and a
 * summary. Charts are role="group" so the marks inside keep their own names
 * for screen readers. The name and summary are a <title> and <desc> inside the
 * SVG, unless the page already shows them: then the SVG points at those
 * (aria-labelledby, aria-describedby), so the text is not in the HTML twice.
 */
export function svgOpen(
  a: Benoeming & {
    id: string;
    breedte: number;
    hoogte: number;
    titel: string;
    beschrijving: string;
    klasse: string;
    vast?: boolean;
    /** Extra attributes, e.g. layout numbers the script needs. */
    extra?: Record<string, Waarde>;
  },
): string {
  const kop = a.kopId ?? `${a.id}-titel`;
  const beschrijving = a.beschrijvingId ?? `${a.id}-desc`;
  const open = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${px(a.breedte)} ${px(a.hoogte)}`,
    width: a.vast ? a.breedte : undefined,
    height: a.vast ? a.hoogte : undefined,
    class: a.klasse,
    role: 'group',
    'aria-labelledby': kop,
    'aria-describedby': beschrijving,
    id: a.id,
    ...a.extra,
  })}>`;
  return (
    open +
    (a.kopId ? '' : el('title', { id: kop }, esc(a.titel))) +
    (a.beschrijvingId ? '' : el('desc', { id: beschrijving }, esc(a.beschrijving)))
  );
}

/** A diagonal-stripe pattern, used for uncertain figures and one kind of source. */
export function streepPatroon(id: string, klasse: string, afstand = 6): string {
  return el(
    'pattern',
    { id, width: afstand, height: afstand, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: afstand, height: afstand, class: `${klasse} patroon-grond` }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: afstand, class: `${klasse} patroon-lijn` }),
  );
}

/** A dot pattern, for another kind of source. */
export function stippenPatroon(id: string, klasse: string, afstand = 6): string {
  return el(
    'pattern',
    { id, width: afstand, height: afstand, patternUnits: 'userSpaceOnUse' },
    el('rect', { width: afstand, height: afstand, class: `${klasse} patroon-grond` }),
    el('circle', { cx: afstand / 2, cy: afstand / 2, r: afstand / 5, class: `${klasse} patroon-stip` }),
  );
}
