/**
 * Makes the marks of a build-time SVG chart selectable: each mark becomes a
 * toggle button (aria-pressed), the chart is one tab stop with a roving
 * tabindex, arrow keys move (along a list, or across a grid by position),
 * Enter, Space or a click selects, and a tooltip repeats the mark's name on
 * hover and focus. Without this script the marks stay named images.
 */

export interface KiesOpties {
  /** The chart: one or more SVGs with their marks. */
  wortel: HTMLElement;
  /** Where the tooltip is placed (positioned, not scrolling), if not the chart itself. */
  tipIn?: HTMLElement | undefined;
  /** The marks that can be reached now, in reading order (hidden ones left out). */
  marks: () => SVGElement[];
  /** Grid: arrows move by position; list: every arrow moves to the previous or next mark. */
  raster: boolean;
  kies: (mark: SVGElement) => void;
}

export interface Kiesbaar {
  /** Marks a mark as selected (by key: all marks with that data-key, e.g. in both orientations). */
  markeer: (past: (mark: SVGElement) => boolean) => void;
  /** Call after marks were hidden or moved, so one visible mark keeps the tab stop. */
  verfris: () => void;
}

const midden = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

/** The nearest mark in a direction: same row or column first, then the closest overall. */
function buur(marks: SVGElement[], van: SVGElement, toets: string): SVGElement | undefined {
  const a = midden(van);
  const kandidaten = marks
    .filter((m) => m !== van)
    .map((m) => ({ m, ...midden(m) }))
    .map((b) => ({ ...b, dx: b.x - a.x, dy: b.y - a.y }))
    .filter((b) =>
      toets === 'ArrowRight'
        ? b.dx > 2 && Math.abs(b.dy) < Math.abs(b.dx)
        : toets === 'ArrowLeft'
          ? b.dx < -2 && Math.abs(b.dy) < Math.abs(b.dx)
          : toets === 'ArrowDown'
            ? b.dy > 2 && Math.abs(b.dx) < Math.abs(b.dy)
            : b.dy < -2 && Math.abs(b.dx) < Math.abs(b.dy),
    );
  const horizontaal = toets === 'ArrowRight' || toets === 'ArrowLeft';
  // Moving along the row counts, straying from it costs ten times as much.
  const kosten = (b: { dx: number; dy: number }) =>
    horizontaal ? Math.abs(b.dx) + 10 * Math.abs(b.dy) : Math.abs(b.dy) + 10 * Math.abs(b.dx);
  return kandidaten.sort((p, q) => kosten(p) - kosten(q))[0]?.m;
}

export function maakKiesbaar(o: KiesOpties): Kiesbaar {
  const tip = document.createElement('div');
  tip.className = 'grafiek-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  const houder = o.tipIn ?? o.wortel;
  houder.append(tip);
  let verberg: ReturnType<typeof setTimeout> | undefined;

  const toonTip = (mark: SVGElement) => {
    clearTimeout(verberg);
    tip.textContent = mark.getAttribute('aria-label');
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const w = houder.getBoundingClientRect();
    // Centred above the mark, but kept inside the chart's box.
    const half = tip.offsetWidth / 2;
    const links = Math.min(Math.max(r.left + r.width / 2 - w.left, half), Math.max(half, w.width - half));
    tip.style.left = `${links}px`;
    tip.style.top = `${r.top - w.top}px`;
  };
  const verbergTip = (meteen = false) => {
    clearTimeout(verberg);
    if (meteen) tip.hidden = true;
    else verberg = setTimeout(() => (tip.hidden = true), 300);
  };
  // The tooltip stays while the pointer is on it, so it can be read and selected (WCAG 1.4.13).
  tip.addEventListener('pointerenter', () => clearTimeout(verberg));
  tip.addEventListener('pointerleave', () => verbergTip());

  const alle = () => o.marks();
  const zetTabstop = (doel: SVGElement) => {
    for (const m of alle()) m.setAttribute('tabindex', m === doel ? '0' : '-1');
  };
  const verfris = () => {
    const marks = alle();
    if (marks.length === 0) return;
    const huidig = marks.find((m) => m.getAttribute('tabindex') === '0');
    zetTabstop(huidig ?? marks.find((m) => m.getAttribute('aria-pressed') === 'true') ?? marks[0]!);
  };

  for (const svg of o.wortel.querySelectorAll('svg[role="group"]')) {
    for (const mark of svg.querySelectorAll<SVGElement>('.mark')) {
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-pressed', 'false');
      mark.setAttribute('tabindex', '-1');
    }
  }
  verfris();

  const markVan = (doel: EventTarget | null) =>
    doel instanceof Element ? (doel.closest('.mark') as SVGElement | null) : null;

  o.wortel.addEventListener('click', (e) => {
    const mark = markVan(e.target);
    if (!mark || !alle().includes(mark)) return;
    zetTabstop(mark);
    mark.focus();
    o.kies(mark);
  });
  o.wortel.addEventListener('keydown', (e) => {
    const mark = markVan(e.target);
    if (!mark) return;
    const marks = alle();
    const i = marks.indexOf(mark);
    let doel: SVGElement | undefined;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      o.kies(mark);
      return;
    }
    if (e.key === 'Escape') return verbergTip(true);
    if (e.key === 'Home') doel = marks[0];
    else if (e.key === 'End') doel = marks.at(-1);
    else if (e.key.startsWith('Arrow')) {
      doel = o.raster
        ? buur(marks, mark, e.key)
        : marks[
            e.key === 'ArrowRight' || e.key === 'ArrowDown' ? Math.min(i + 1, marks.length - 1) : Math.max(i - 1, 0)
          ];
    } else return;
    e.preventDefault();
    if (doel && doel !== mark) {
      zetTabstop(doel);
      doel.focus();
    }
  });
  o.wortel.addEventListener('focusin', (e) => {
    const mark = markVan(e.target);
    if (mark) toonTip(mark);
  });
  o.wortel.addEventListener('focusout', () => verbergTip(true));
  o.wortel.addEventListener('pointerover', (e) => {
    const mark = markVan(e.target);
    if (mark) toonTip(mark);
  });
  o.wortel.addEventListener('pointerout', (e) => {
    if (markVan(e.target) && !markVan(e.relatedTarget)) verbergTip();
  });

  return {
    markeer: (past) => {
      for (const svg of o.wortel.querySelectorAll('svg[role="group"]')) {
        for (const m of svg.querySelectorAll<SVGElement>('.mark')) m.setAttribute('aria-pressed', String(past(m)));
      }
    },
    verfris,
  };
}

/** Fills a placeholder text made at build time: "{gemeente} gebruikt {werkwijze}". */
export function vul(sjabloon: string, waarden: Record<string, string>): string {
  return sjabloon.replace(/\{(\w+)\}/g, (heel, naam: string) => waarden[naam] ?? heel);
}

/** Builds a small element with text, so panel content never goes through innerHTML. */
export function maak<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  tekst?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (tekst !== undefined) el.textContent = tekst;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}
