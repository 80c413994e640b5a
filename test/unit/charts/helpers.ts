/** Shared checks for chart SVGs: every mark is a named image, ids referenced by ARIA exist. */
import { expect } from 'vitest';
import { leesSvg, metKlasse, zoek, type Knoop } from '../../support/svg-tree';

export function svgVan(bron: string): Knoop {
  const svg = leesSvg(bron);
  expect(svg.tag).toBe('svg');
  expect(svg.attrs['role']).toBe('group');
  return svg;
}

/** The marks, each checked to be a named image (or a named link). */
export function marks(svg: Knoop): Knoop[] {
  const lijst = metKlasse(svg, 'mark');
  for (const m of lijst) {
    expect(m.tag === 'a' ? m.attrs['href'] : m.attrs['role']).toMatch(/^(img|\/.+)$/);
    expect(m.attrs['aria-label']?.length ?? 0).toBeGreaterThan(3);
  }
  return lijst;
}

/** The accessible name and description of a self-contained chart: <title> and <desc> by id. */
export function naamEnBeschrijving(svg: Knoop): { naam: string; beschrijving: string } {
  const byId = (id: string | undefined) => zoek(svg, (k) => k.attrs['id'] === id)[0];
  const titel = byId(svg.attrs['aria-labelledby']);
  const desc = byId(svg.attrs['aria-describedby']);
  expect(titel?.tag).toBe('title');
  expect(desc?.tag).toBe('desc');
  return { naam: titel!.kinderen[0]?.tekst ?? '', beschrijving: desc!.kinderen[0]?.tekst ?? '' };
}
