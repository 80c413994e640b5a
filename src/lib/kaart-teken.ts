/**
 * The sign of a card's step or aandachtspunt on paper: a shape with a number
 * or code plus a text label, so a card printed in grey still says where it
 * belongs (colour is never the only signal).
 */
import { t } from './strings';
import { isStap, ONDERDELEN, STAP_SLUGS, type OnderdeelSlug } from './vocabulary';

export interface StapTeken {
  /** Short text inside the shape: the step number, or the aandachtspunt's code. */
  icoon: string;
  /** Steps get a circle, aandachtspunten a square. */
  vorm: 'rond' | 'vierkant';
  /** Words that name the step or aandachtspunt. */
  label: string;
}

export function stapTeken(onderdeel: OnderdeelSlug): StapTeken {
  const { naam, code } = ONDERDELEN[onderdeel];
  if (isStap(onderdeel)) {
    const nummer = STAP_SLUGS.indexOf(onderdeel) + 1;
    return { icoon: String(nummer), vorm: 'rond', label: t.kaarten.stap(nummer, naam) };
  }
  return { icoon: code, vorm: 'vierkant', label: t.kaarten.aandachtspunt(naam) };
}
