/**
 * Closed vocabularies of the knowledge base. Schemas build their enums from
 * these lists and pages their labels, so data and pages cannot drift apart.
 */

/** The five steps on the way to work, in route order. */
export const STAP_SLUGS = ['intake', 'orientatie', 'activering', 'matching', 'nazorg'] as const;
export type StapSlug = (typeof STAP_SLUGS)[number];

/** The four aandachtspunten that run alongside every step. */
export const AANDACHTSPUNT_SLUGS = ['gezondheid', 'inrichting-begeleiding', 'reflecteren', 'randvoorwaarden'] as const;
export type AandachtspuntSlug = (typeof AANDACHTSPUNT_SLUGS)[number];

/** A step or an aandachtspunt: the two parts of the kennissynthese. */
export const ONDERDEEL_SLUGS = [...STAP_SLUGS, ...AANDACHTSPUNT_SLUGS] as const;
export type OnderdeelSlug = StapSlug | AandachtspuntSlug;

/** The five "Wat werkt" themes, in the dossier's order. */
export const THEMA_SLUGS = [
  'taalvaardigheid',
  'opleiding-en-vaardigheden',
  'sociaal-netwerk',
  'gezondheid-en-financien',
  'bemiddeling-werkgever',
] as const;
export type ThemaSlug = (typeof THEMA_SLUGS)[number];

/** Kinds of publication in the bibliography; the evidence map colours by these. */
export const BRONSOORTEN = [
  'kennissynthese',
  'literatuurstudie',
  'evaluatie',
  'casestudie',
  'handreiking',
  'statistiek',
  'beleidsdocument',
  'projectbeschrijving',
  'nieuwsbericht',
] as const;
export type Bronsoort = (typeof BRONSOORTEN)[number];

interface OnderdeelInfo {
  /** Display name. */
  naam: string;
  /** Short code used in card numbers such as I-1. */
  code: string;
}

export const STAPPEN: Record<StapSlug, OnderdeelInfo> = {
  intake: { naam: 'Intake', code: 'I' },
  orientatie: { naam: 'Oriëntatie', code: 'O' },
  activering: { naam: 'Activering', code: 'A' },
  matching: { naam: 'Matching', code: 'M' },
  nazorg: { naam: 'Nazorg', code: 'N' },
};

export const AANDACHTSPUNTEN: Record<AandachtspuntSlug, OnderdeelInfo> = {
  gezondheid: { naam: 'Gezondheid', code: 'G' },
  'inrichting-begeleiding': { naam: 'Inrichting begeleiding', code: 'IB' },
  reflecteren: { naam: 'Reflecteren', code: 'R' },
  randvoorwaarden: { naam: 'Randvoorwaarden', code: 'RV' },
};

export const ONDERDELEN: Record<OnderdeelSlug, OnderdeelInfo> = { ...STAPPEN, ...AANDACHTSPUNTEN };

export const THEMAS: Record<ThemaSlug, { naam: string; nummer: number }> = {
  taalvaardigheid: { naam: 'Taalvaardigheid', nummer: 1 },
  'opleiding-en-vaardigheden': { naam: 'Opleiding, kennis en vaardigheden', nummer: 2 },
  'sociaal-netwerk': { naam: 'Sociaal netwerk', nummer: 3 },
  'gezondheid-en-financien': { naam: 'Gezondheid en financiële problematiek', nummer: 4 },
  'bemiddeling-werkgever': { naam: 'Bemiddeling werkgever', nummer: 5 },
};

export const BRONSOORT_NAMEN: Record<Bronsoort, string> = {
  kennissynthese: 'Kennissynthese',
  literatuurstudie: 'Literatuurstudie',
  evaluatie: 'Evaluatieonderzoek',
  casestudie: 'Praktijkbeschrijving',
  handreiking: 'Handreiking',
  statistiek: 'Statistiek of monitor',
  beleidsdocument: 'Beleidsdocument',
  projectbeschrijving: 'Projectbeschrijving',
  nieuwsbericht: 'Nieuwsbericht of artikel',
};

export function isStap(slug: string): slug is StapSlug {
  return (STAP_SLUGS as readonly string[]).includes(slug);
}

/** URL of the page of a step or an aandachtspunt. */
export function onderdeelHref(slug: OnderdeelSlug): string {
  return isStap(slug) ? `/stappen/${slug}/` : `/aandachtspunten/${slug}/`;
}

/** Values of the search filter "type": what kind of page a result is. */
export const ZOEKTYPES = {
  stap: 'Stap',
  aandachtspunt: 'Aandachtspunt',
  thema: 'Thema',
  gemeente: 'Gemeente',
  werkwijze: 'Werkwijze',
  gesprekskaart: 'Gesprekskaart',
  bron: 'Bron',
  cijfers: 'Cijfers',
  pagina: 'Pagina',
} as const;
export type ZoekType = keyof typeof ZOEKTYPES;
