/**
 * Rules for the zelfscan content that a schema cannot see on its own: every
 * step and aandachtspunt has statements, every theme is covered, the answer
 * scale is complete and the score bands cover 0 to 3 without gaps. The page
 * stops the build when one fails, with a message an editor can act on.
 */
import { ONDERDEEL_SLUGS, ONDERDELEN, THEMA_SLUGS, type OnderdeelSlug, type ThemaSlug } from '../vocabulary';
import type { Band, SchaalOptie } from './model';

export const MIN_PER_ONDERDEEL = 2;

export interface ControleInvoer {
  stellingen: readonly { id: string; onderdeel: OnderdeelSlug; themas: readonly ThemaSlug[] }[];
  schaal: readonly Pick<SchaalOptie, 'waarde'>[];
  banden: readonly Pick<Band, 'id' | 'van' | 'tot'>[];
  rollen: readonly { id: string }[];
}

/** Problems in the zelfscan content, in Dutch; an empty list means all is well. */
export function controleerZelfscan(d: ControleInvoer): string[] {
  const fouten: string[] = [];
  for (const slug of ONDERDEEL_SLUGS) {
    const n = d.stellingen.filter((s) => s.onderdeel === slug).length;
    if (n < MIN_PER_ONDERDEEL) fouten.push(`${slug}: ${n} stellingen, minstens ${MIN_PER_ONDERDEEL} nodig`);
  }
  for (const thema of THEMA_SLUGS) {
    if (!d.stellingen.some((s) => s.themas.includes(thema))) fouten.push(`thema ${thema}: geen enkele stelling`);
  }
  for (const s of d.stellingen) {
    const code = ONDERDELEN[s.onderdeel].code.toLowerCase();
    if (!new RegExp(`^${code}[0-9]+$`).test(s.id)) fouten.push(`stelling ${s.id}: id moet beginnen met "${code}"`);
  }
  const ids = d.stellingen.map((s) => s.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    fouten.push(`stelling ${id}: id komt dubbel voor`);

  const waarden = d.schaal.map((o) => o.waarde);
  for (const w of [0, 1, 2, 3, null]) {
    const n = waarden.filter((x) => x === w).length;
    if (n !== 1) fouten.push(`antwoordschaal: waarde ${w ?? 'weet niet (null)'} staat er ${n} keer in, moet 1 keer`);
  }

  const banden = [...d.banden].sort((a, b) => a.van - b.van);
  if (banden.length === 0) fouten.push('scorebanden: er is geen enkele band');
  else {
    if (banden[0]!.van !== 0) fouten.push(`scorebanden: de eerste band begint bij ${banden[0]!.van}, moet 0`);
    if (banden.at(-1)!.tot !== 3) fouten.push(`scorebanden: de laatste band eindigt bij ${banden.at(-1)!.tot}, moet 3`);
    banden.slice(1).forEach((b, i) => {
      const vorige = banden[i]!;
      if (b.van !== vorige.tot)
        fouten.push(`scorebanden: ${vorige.id} eindigt bij ${vorige.tot}, ${b.id} begint bij ${b.van}`);
    });
  }
  if (d.rollen.length === 0) fouten.push('rollen: er is geen enkele rol');
  return fouten;
}

/**
 * A statement may only say what its lesson says: same step or aandachtspunt,
 * and no theme the lesson does not have.
 */
export function controleerHerkomst(
  stellingen: readonly { id: string; onderdeel: OnderdeelSlug; themas: readonly ThemaSlug[]; les: { id: string } }[],
  lessen: readonly { id: string; data: { onderdeel: OnderdeelSlug; themas: readonly ThemaSlug[] } }[],
): string[] {
  return stellingen.flatMap((s) => {
    const les = lessen.find((l) => l.id === s.les.id);
    if (!les) return [`stelling ${s.id}: les ${s.les.id} bestaat niet`];
    const fouten: string[] = [];
    if (les.data.onderdeel !== s.onderdeel) {
      fouten.push(`stelling ${s.id}: onderdeel ${s.onderdeel}, maar de les hoort bij ${les.data.onderdeel}`);
    }
    for (const thema of s.themas.filter((t) => !les.data.themas.includes(t))) {
      fouten.push(`stelling ${s.id}: thema ${thema} staat niet bij les ${les.id}`);
    }
    return fouten;
  });
}
