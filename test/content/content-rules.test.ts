/**
 * Rules for the whole content set, beyond what a schema can say on its own:
 * every link resolves, every card has the right number, every part of the
 * kennissynthese is filled. Set CONTENT_DIR to check another content folder.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meldKapotteVerwijzingen, vindKapotteVerwijzingen } from '../../src/lib/integrity';
import { kaartSlug } from '../../src/lib/relations';
import { AANDACHTSPUNT_SLUGS, STAP_SLUGS, THEMA_SLUGS } from '../../src/lib/vocabulary';
import { loadContent } from '../support/load-content';

const { collections, problems } = loadContent();

describe('content set', () => {
  it('every file matches its schema', () => {
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('every reference between entries resolves', () => {
    expect(meldKapotteVerwijzingen(vindKapotteVerwijzingen(collections))).toBe('');
  });

  it('every card file is named after its number (i-1.json for I-1) and numbers are unique', () => {
    const wrong = collections.gesprekskaarten
      .filter((k) => k.id !== kaartSlug(k.data.onderdeel, k.data.volgnummer))
      .map((k) => `${k.filePath} should be ${kaartSlug(k.data.onderdeel, k.data.volgnummer)}.json`);
    expect(wrong).toEqual([]);
  });

  it('every lesson sits in the folder of its step or aandachtspunt', () => {
    const wrong = collections.lessen
      .filter((l) => !l.id.startsWith(`${l.data.onderdeel}/`))
      .map((l) => `${l.filePath} (onderdeel ${l.data.onderdeel})`);
    expect(wrong).toEqual([]);
  });

  it('the key lessons of a step belong to that step', () => {
    const wrong = [...collections.stappen, ...collections.aandachtspunten].flatMap((o) =>
      (o.data.kernlessen as { id: string }[])
        .filter((ref) => !ref.id.startsWith(`${o.id}/`))
        .map((ref) => `${o.filePath}: kernles ${ref.id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('bibliography ids are unique', () => {
    const ids = collections.bronnen.map((b) => b.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has all five steps, four aandachtspunten and five themes', () => {
    expect(collections.stappen.map((e) => e.id).sort()).toEqual([...STAP_SLUGS].sort());
    expect(collections.aandachtspunten.map((e) => e.id).sort()).toEqual([...AANDACHTSPUNT_SLUGS].sort());
    expect(collections.themas.map((e) => e.id).sort()).toEqual([...THEMA_SLUGS].sort());
  });

  it('every step and aandachtspunt has at least three lessons and four cards', () => {
    const dun = [...STAP_SLUGS, ...AANDACHTSPUNT_SLUGS].flatMap((slug) => {
      const lessen = collections.lessen.filter((l) => l.data.onderdeel === slug).length;
      const kaarten = collections.gesprekskaarten.filter((k) => k.data.onderdeel === slug).length;
      return lessen >= 3 && kaarten >= 4 ? [] : [`${slug}: ${lessen} lessen, ${kaarten} kaarten`];
    });
    expect(dun).toEqual([]);
  });

  it('has at least 36 cards and 12 practices', () => {
    expect(collections.gesprekskaarten.length).toBeGreaterThanOrEqual(36);
    expect(collections.werkwijzen.length).toBeGreaterThanOrEqual(12);
  });

  it('has the six core municipalities, each with at least one practice and one source', () => {
    const ids = collections.gemeenten.map((g) => g.id);
    expect(ids).toEqual(
      expect.arrayContaining(['utrecht', 'westland', 'zaanstad', 'amsterdam', 'eindhoven', 'den-haag']),
    );
    const zonder = collections.gemeenten.flatMap((g) => {
      const praktijken = collections.werkwijzen.filter((w) =>
        (w.data.gebruik as { gemeente: { id: string } }[]).some((u) => u.gemeente.id === g.id),
      ).length;
      return praktijken > 0 && g.data.bronnen.length > 0 ? [] : [`${g.id}: ${praktijken} werkwijzen`];
    });
    expect(zonder).toEqual([]);
  });

  it('every lesson, card, figure and municipal result names a source', () => {
    const zonder = [
      ...collections.lessen.filter((l) => l.data.bronnen.length === 0).map((l) => l.filePath),
      ...collections.gesprekskaarten.filter((k) => k.data.bronnen.length === 0).map((k) => k.filePath),
      ...collections.cijfers.filter((c) => !c.data.bron).map((c) => c.id),
      ...collections.gemeenten.flatMap((g) =>
        (g.data.resultaten as { bron?: unknown; tekst: string }[])
          .filter((r) => !r.bron)
          .map((r) => `${g.id}: ${r.tekst}`),
      ),
    ];
    expect(zonder).toEqual([]);
  });

  it('every <Bron id> citation in MDX text points to an entry of the bibliography', () => {
    const ids = new Set(collections.bronnen.map((b) => b.id));
    const mdx = [
      ...collections.stappen,
      ...collections.aandachtspunten,
      ...collections.themas,
      ...collections.gemeenten,
      ...collections.werkwijzen,
      ...collections.paginas,
    ];
    const kapot = mdx.flatMap((e) =>
      [...readFileSync(e.filePath, 'utf8').matchAll(/<Bron\s+id="([^"]*)"/g)].flatMap((m) =>
        m[1]!
          .split(',')
          .map((id) => id.trim())
          .filter((id) => !ids.has(id))
          .map((id) => `${e.filePath}: <Bron id="${id}">`),
      ),
    );
    expect(kapot).toEqual([]);
  });
});
