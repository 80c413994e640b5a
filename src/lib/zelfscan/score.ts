/**
 * Scoring of the zelfscan: averages per theme and per step or aandachtspunt.
 * "Weet niet" and unanswered statements are left out of an average; a group
 * without a single score has no average (null), which is not the same as 0.
 */
import { ONDERDEEL_SLUGS, ONDERDELEN, THEMA_SLUGS, THEMAS, type OnderdeelSlug, type ThemaSlug } from '../vocabulary';
import { score, WEET_NIET, type Antwoorden } from './model';

interface StellingKern {
  id: string;
  onderdeel: OnderdeelSlug;
  themas: readonly ThemaSlug[];
}

export interface Telling {
  /** Mean score 0-3 of the answered statements, or null when none has a score. */
  score: number | null;
  /** Statements with a score 0-3. */
  beantwoord: number;
  /** Statements answered "weet niet". */
  weetNiet: number;
  /** All statements in the group. */
  totaal: number;
}

export interface ProfielRij extends Telling {
  slug: string;
  naam: string;
}

export interface Profiel {
  themas: ProfielRij[];
  onderdelen: ProfielRij[];
}

export function telling(stellingen: readonly StellingKern[], antwoorden: Antwoorden): Telling {
  let som = 0;
  let beantwoord = 0;
  let weetNiet = 0;
  for (const s of stellingen) {
    const a = antwoorden[s.id];
    const waarde = score(a);
    if (waarde !== null) {
      som += waarde;
      beantwoord += 1;
    } else if (a === WEET_NIET) weetNiet += 1;
  }
  return { score: beantwoord > 0 ? som / beantwoord : null, beantwoord, weetNiet, totaal: stellingen.length };
}

/**
 * The profile of the statements in focus: one row per theme and one per step
 * or aandachtspunt that has statements, in dossier and route order.
 */
export function profiel(stellingen: readonly StellingKern[], antwoorden: Antwoorden): Profiel {
  const themas = THEMA_SLUGS.flatMap((slug) => {
    const groep = stellingen.filter((s) => s.themas.includes(slug));
    return groep.length === 0 ? [] : [{ slug, naam: THEMAS[slug].naam, ...telling(groep, antwoorden) }];
  });
  const onderdelen = ONDERDEEL_SLUGS.flatMap((slug) => {
    const groep = stellingen.filter((s) => s.onderdeel === slug);
    return groep.length === 0 ? [] : [{ slug, naam: ONDERDELEN[slug].naam, ...telling(groep, antwoorden) }];
  });
  return { themas, onderdelen };
}

/** How many statements have an answer ("weet niet" counts: the team did answer). */
export function voortgang(
  stellingen: readonly { id: string }[],
  antwoorden: Antwoorden,
): { beantwoord: number; totaal: number } {
  return {
    beantwoord: stellingen.filter((s) => antwoorden[s.id] !== undefined).length,
    totaal: stellingen.length,
  };
}
