/**
 * The shapes the zelfscan works with, shared by the build (which writes them
 * into the page as JSON) and the browser script (which reads them back). No
 * Astro imports here: this module runs in the browser too.
 */
import type { OnderdeelSlug, ThemaSlug } from '../vocabulary';

/** A score 0-3, or "x" for "weet niet" (left out of every average). */
export type Antwoord = 0 | 1 | 2 | 3 | 'x';
export const WEET_NIET = 'x';

/** Answers by statement id; a missing id means "not answered yet". */
export type Antwoorden = Readonly<Record<string, Antwoord>>;

export interface Link {
  naam: string;
  href: string;
}

/** A statement as the scan itself needs it. */
export interface ScanKern {
  id: string;
  tekst: string;
  onderdeel: OnderdeelSlug;
  themas: ThemaSlug[];
  gewicht: number;
}

/** What the result offers with a statement; /zelfscan/hulp.json holds it per statement id. */
export interface ScanHulp {
  /** The lesson the statement comes from: its text and address. */
  les: Link;
  /** Municipalities the lesson names as example. */
  gemeenten: Link[];
  /** Practices of the same step that share a theme or a municipality. */
  werkwijzen: Link[];
  /** Conversation cards on the lesson, or of the same step and theme; `naam` is "I-1: question". */
  kaarten: Link[];
}

export type ScanStelling = ScanKern & ScanHulp;

export interface SchaalOptie {
  id: string;
  label: string;
  /** 0-3, or null for "weet niet". */
  waarde: 0 | 1 | 2 | 3 | null;
  advies?: string | undefined;
}

export interface Band {
  id: string;
  van: number;
  tot: number;
  label: string;
  /** Template for a theme or step average: {naam}, {score}. */
  profiel: string;
  /** Template for one improvement point: {onderdeel}. */
  actie: string;
}

export interface Rol {
  id: string;
  label: string;
  uitleg: string;
}

/** Everything the browser script needs, written into the page at build time. */
export interface ScanData {
  stellingen: ScanStelling[];
  schaal: SchaalOptie[];
  banden: Band[];
  rollen: Rol[];
}

/**
 * The data as the page carries it: statements without their text, which the
 * browser reads from the checklist's legends (the HTML has it already), and
 * without the help, which the result fetches from /zelfscan/hulp.json.
 */
export type ScanDataJson = Omit<ScanData, 'stellingen'> & { stellingen: Omit<ScanKern, 'tekst'>[] };

/** The help per statement id, as /zelfscan/hulp.json serves it. */
export type ScanHulpPerStelling = Record<string, ScanHulp>;

/** What the team chose to look at; both lists empty means everything. */
export interface Focus {
  themas: ThemaSlug[];
  onderdelen: OnderdeelSlug[];
}

export type Stap = 1 | 2 | 3;

export interface ScanState {
  stap: Stap;
  focus: Focus;
  /** Id of the chosen role, or null. */
  rol: string | null;
  antwoorden: Antwoorden;
}

export const LEGE_STATE: ScanState = { stap: 1, focus: { themas: [], onderdelen: [] }, rol: null, antwoorden: {} };

/** The numeric score of an answer, or null for "weet niet" and no answer. */
export function score(antwoord: Antwoord | undefined): number | null {
  return antwoord === undefined || antwoord === WEET_NIET ? null : antwoord;
}
