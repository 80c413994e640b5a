/**
 * Data for the "route naar werk" infographic: the five steps in order, the
 * four aandachtspunten alongside, and per part how many lessons, cards and
 * municipal examples the knowledge base holds, plus its key lessons.
 */
import {
  gemeentenVanOnderdeel,
  kaartenVanOnderdeel,
  lessenVanOnderdeel,
  type Entry,
  type GemeenteData,
  type KaartData,
  type LesData,
  type Ref,
  type WerkwijzeData,
} from '../relations';
import { t } from '../strings';
import { AANDACHTSPUNT_SLUGS, ONDERDELEN, STAP_SLUGS, onderdeelHref, type OnderdeelSlug } from '../vocabulary';
import { lesHref } from './links';
import { lijstInWoorden } from './woorden';

export interface RouteLes {
  id: string;
  tekst: string;
  href: string;
}

export interface RouteOnderdeel {
  slug: OnderdeelSlug;
  soort: 'stap' | 'aandachtspunt';
  /** Position on the route (steps) or in the list (aandachtspunten), from 1. */
  nummer: number;
  naam: string;
  code: string;
  /** Page of the part; null while its content file does not exist yet. */
  href: string | null;
  lessen: number;
  kaarten: number;
  gemeenten: number;
  kernlessen: RouteLes[];
}

export interface RouteData {
  stappen: RouteOnderdeel[];
  aandachtspunten: RouteOnderdeel[];
}

type OnderdeelEntry = Entry<{ titel: string; kernlessen: Ref[] }>;
type LesEntry = Entry<LesData & { tekst: string }>;

export interface RouteBank {
  stappen: OnderdeelEntry[];
  aandachtspunten: OnderdeelEntry[];
  lessen: LesEntry[];
  kaarten: Entry<KaartData>[];
  werkwijzen: Entry<WerkwijzeData>[];
  gemeenten: Entry<GemeenteData>[];
}

/** How many key lessons the panel shows when a part names none itself. */
export const STANDAARD_KERNLESSEN = 3;

/**
 * The route always has the five steps and four aandachtspunten of the
 * vocabulary, in that order, even while some content files are missing: the
 * shape of the route is fixed, only the counts grow.
 */
export function routeData(bank: RouteBank, maxKernlessen = STANDAARD_KERNLESSEN): RouteData {
  const deel = (slug: OnderdeelSlug, soort: RouteOnderdeel['soort'], index: number): RouteOnderdeel => {
    const entry = [...bank.stappen, ...bank.aandachtspunten].find((e) => e.id === slug);
    const lessen = lessenVanOnderdeel(bank.lessen, slug);
    const genoemd = (entry?.data.kernlessen ?? []).flatMap((ref) => bank.lessen.filter((l) => l.id === ref.id));
    const kern = (genoemd.length > 0 ? genoemd : lessen).slice(0, maxKernlessen);
    return {
      slug,
      soort,
      nummer: index + 1,
      naam: entry?.data.titel ?? ONDERDELEN[slug].naam,
      code: ONDERDELEN[slug].code,
      href: entry ? onderdeelHref(slug) : null,
      lessen: lessen.length,
      kaarten: kaartenVanOnderdeel(bank.kaarten, slug).length,
      gemeenten: gemeentenVanOnderdeel(slug, bank).length,
      kernlessen: kern.map((l) => ({ id: l.id, tekst: l.data.tekst, href: lesHref(l) })),
    };
  };
  return {
    stappen: STAP_SLUGS.map((s, i) => deel(s, 'stap', i)),
    aandachtspunten: AANDACHTSPUNT_SLUGS.map((s, i) => deel(s, 'aandachtspunt', i)),
  };
}

/** Counts in words, as the chart's marks and the table say them. */
export function routeTelling(d: RouteOnderdeel): string {
  return t.grafiek.route.telling(d.lessen, d.kaarten, d.gemeenten);
}

/** The accessible name of a part's mark. */
export function routeLabel(d: RouteOnderdeel): string {
  return d.soort === 'stap'
    ? t.grafiek.route.stapLabel(d.nummer, d.naam, routeTelling(d))
    : t.grafiek.route.aandachtspuntLabel(d.naam, routeTelling(d));
}

/** A short text summary of the route, generated from the data, for readers who do not see the chart. */
export function routeSamenvatting(data: RouteData): string {
  const metLessen = (d: RouteOnderdeel) => `${d.naam} (${t.tekst.aantalLessen(d.lessen)})`;
  const alle = [...data.stappen, ...data.aandachtspunten];
  const max = Math.max(0, ...alle.map((d) => d.lessen));
  const meeste = max > 0 ? alle.filter((d) => d.lessen === max).map((d) => d.naam) : [];
  return t.grafiek.route.samenvatting(
    lijstInWoorden(data.stappen.map(metLessen)),
    meeste.length > 0 ? lijstInWoorden(meeste) : null,
    lijstInWoorden(data.aandachtspunten.map(metLessen)),
  );
}
