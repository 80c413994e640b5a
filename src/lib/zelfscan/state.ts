/**
 * The zelfscan's state as it travels in a link and in localStorage:
 * #v=1&s=3&f=t1.i.ib&r=beleid&a=i1-2.i2-x.o1-0
 * (in the fragment after "#", which browsers never send to a server; a query
 * string "?v=1&…" is read too, for links typed by hand)
 *   v  version of this format
 *   s  the step on screen (1 focus, 2 statements, 3 result)
 *   f  focus: theme codes t1-t5 and step codes (i, o, a, m, n, g, ib, r, rv)
 *   r  role id
 *   a  answers: statement id, "-", value 0-3 or x (weet niet), joined by "."
 * Only characters that need no escaping in a URL are used, so links stay short.
 * Everything read back is untrusted: values are only compared with known ids
 * and values, never shown; what is ignored is counted for a short notice.
 */
import { ONDERDEEL_SLUGS, ONDERDELEN, THEMA_SLUGS, THEMAS, type OnderdeelSlug, type ThemaSlug } from '../vocabulary';
import { LEGE_STATE, WEET_NIET, type Antwoord, type Focus, type ScanState, type Stap } from './model';

export const VERSIE = '1';
/** Parameters the zelfscan owns; a URL with none of them carries no state. */
export const PARAMS = ['v', 's', 'f', 'r', 'a'] as const;
/** Longer input than a full scan can need is cut off (and counted as ignored). */
const MAX_LENGTE = 2000;
const MAX_DELEN = 200;

const themaCode = (slug: ThemaSlug) => `t${THEMAS[slug].nummer}`;
const onderdeelCode = (slug: OnderdeelSlug) => ONDERDELEN[slug].code.toLowerCase();
const THEMA_VAN_CODE = new Map(THEMA_SLUGS.map((s) => [themaCode(s), s]));
const ONDERDEEL_VAN_CODE = new Map(ONDERDEEL_SLUGS.map((s) => [onderdeelCode(s), s]));

/** What a link held that could not be used, counted per kind. */
export interface Genegeerd {
  /** Answers to statements that do not exist (any more). */
  onbekend: number;
  /** Answers that are not "id-value" with a value 0-3 or x, or repeat an id. */
  ongeldig: number;
  /** Focus codes that are no theme or step. */
  focus: number;
  /** A role that does not exist. */
  rol: number;
  /** A step other than 1, 2 or 3. */
  stap: number;
  /** The link was made by another version of the zelfscan. */
  versie: boolean;
}

export const NIETS_GENEGEERD: Genegeerd = { onbekend: 0, ongeldig: 0, focus: 0, rol: 0, stap: 0, versie: false };

export function ietsGenegeerd(g: Genegeerd): boolean {
  return g.onbekend + g.ongeldig + g.focus + g.rol + g.stap > 0 || g.versie;
}

/** The ids and roles that exist, in route order; decoding checks against these. */
export interface Bekend {
  stellingen: readonly string[];
  rollen: readonly string[];
}

/** True when the query string carries zelfscan state at all. */
export function heeftState(zoek: string): boolean {
  const params = new URLSearchParams(zoek.slice(0, MAX_LENGTE));
  return PARAMS.some((p) => params.has(p));
}

/** The state as a query string without "?"; empty parts are left out. Answers follow `bekend` order. */
export function codeer(state: ScanState, bekend: Bekend): string {
  const delen: string[] = [`v=${VERSIE}`];
  if (state.stap !== 1) delen.push(`s=${state.stap}`);
  const focus = [
    ...THEMA_SLUGS.filter((s) => state.focus.themas.includes(s)).map(themaCode),
    ...ONDERDEEL_SLUGS.filter((s) => state.focus.onderdelen.includes(s)).map(onderdeelCode),
  ];
  if (focus.length > 0) delen.push(`f=${focus.join('.')}`);
  if (state.rol !== null && bekend.rollen.includes(state.rol)) delen.push(`r=${state.rol}`);
  const antwoorden = bekend.stellingen.flatMap((id) => {
    const a = state.antwoorden[id];
    return a === undefined ? [] : [`${id}-${a}`];
  });
  if (antwoorden.length > 0) delen.push(`a=${antwoorden.join('.')}`);
  return delen.join('&');
}

function leesAntwoord(waarde: string): Antwoord | null {
  if (waarde === WEET_NIET) return WEET_NIET;
  return /^[0-3]$/.test(waarde) ? (Number(waarde) as 0 | 1 | 2 | 3) : null;
}

/** Splits a list parameter, counting the parts beyond MAX_DELEN as ignored. */
function delen(waarde: string): { delen: string[]; teVeel: number } {
  const alle = waarde.split('.').filter((d) => d !== '');
  return { delen: alle.slice(0, MAX_DELEN), teVeel: Math.max(0, alle.length - MAX_DELEN) };
}

/** Reads a query string back into a state; whatever does not fit is dropped and counted. */
export function decodeer(zoek: string, bekend: Bekend): { state: ScanState; genegeerd: Genegeerd } {
  const genegeerd: Genegeerd = { ...NIETS_GENEGEERD };
  const ingekort = zoek.length > MAX_LENGTE;
  const params = new URLSearchParams(zoek.slice(0, MAX_LENGTE));
  const versie = params.get('v');
  genegeerd.versie = versie !== null && versie !== VERSIE;

  const s = params.get('s');
  let stap: Stap = LEGE_STATE.stap;
  if (s === '1' || s === '2' || s === '3') stap = Number(s) as Stap;
  else if (s !== null) genegeerd.stap = 1;

  const focus: Focus = { themas: [], onderdelen: [] };
  const f = delen(params.get('f') ?? '');
  genegeerd.focus += f.teVeel;
  for (const code of f.delen) {
    const thema = THEMA_VAN_CODE.get(code);
    const onderdeel = ONDERDEEL_VAN_CODE.get(code);
    if (thema && !focus.themas.includes(thema)) focus.themas.push(thema);
    else if (onderdeel && !focus.onderdelen.includes(onderdeel)) focus.onderdelen.push(onderdeel);
    else if (!thema && !onderdeel) genegeerd.focus += 1;
  }
  focus.themas.sort((a, b) => THEMA_SLUGS.indexOf(a) - THEMA_SLUGS.indexOf(b));
  focus.onderdelen.sort((a, b) => ONDERDEEL_SLUGS.indexOf(a) - ONDERDEEL_SLUGS.indexOf(b));

  const r = params.get('r');
  const rol = r !== null && bekend.rollen.includes(r) ? r : null;
  if (r !== null && rol === null) genegeerd.rol = 1;

  const antwoorden: Record<string, Antwoord> = {};
  const ids = new Set(bekend.stellingen);
  const a = delen(params.get('a') ?? '');
  genegeerd.ongeldig += a.teVeel;
  for (const paar of a.delen) {
    const m = /^([a-z]{1,3}[0-9]{1,2})-(.)$/.exec(paar);
    const waarde = m ? leesAntwoord(m[2]!) : null;
    if (!m || waarde === null) genegeerd.ongeldig += 1;
    else if (!ids.has(m[1]!)) genegeerd.onbekend += 1;
    else if (Object.hasOwn(antwoorden, m[1]!)) genegeerd.ongeldig += 1;
    else antwoorden[m[1]!] = waarde;
  }
  // A cut-off link loses its tail: the last answer may be half, so say so.
  if (ingekort) genegeerd.ongeldig += 1;
  return { state: { stap, focus, rol, antwoorden }, genegeerd };
}

/** Statement ids in focus: those of a chosen step or with a chosen theme; no choice means all. */
export function inFocus<S extends { id: string; onderdeel: OnderdeelSlug; themas: readonly ThemaSlug[] }>(
  stellingen: readonly S[],
  focus: Focus,
): S[] {
  if (focus.themas.length === 0 && focus.onderdelen.length === 0) return [...stellingen];
  return stellingen.filter(
    (s) => focus.onderdelen.includes(s.onderdeel) || s.themas.some((t) => focus.themas.includes(t)),
  );
}
