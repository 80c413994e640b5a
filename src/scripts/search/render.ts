/**
 * Builds result markup with DOM methods only: nothing a visitor typed, and
 * nothing from the index, is ever inserted as HTML.
 */
import { excerptDelen } from '../../lib/search/query';
import type { Resultaat } from './engine';

export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const deel of excerptDelen(excerpt)) {
    if (deel.mark) {
      const mark = document.createElement('mark');
      mark.textContent = deel.tekst;
      fragment.append(mark);
    } else fragment.append(deel.tekst);
  }
  return fragment;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One result: type label, title, municipality (for municipal examples), excerpt.
 * As an option in the header list the title is plain text, since an option may
 * not contain a link; the list itself navigates.
 */
export function resultaatElement(r: Resultaat, alsOptie = false): HTMLElement {
  const item = el('li', 'zoekresultaat');
  const kop = el('p', 'zoekresultaat-kop');
  if (r.type) kop.append(el('span', 'zoekresultaat-type', r.type), ' ');
  const titel = alsOptie ? el('span', 'zoekresultaat-titel', r.titel) : el('a', 'zoekresultaat-titel', r.titel);
  if (titel instanceof HTMLAnchorElement) titel.href = r.url;
  else titel.dataset['href'] = r.url;
  kop.append(titel);
  item.append(kop);
  if (r.gemeente && r.type === 'Gemeente') item.append(el('p', 'zoekresultaat-gemeente', `Gemeente ${r.gemeente}`));
  const tekst = el('p', 'zoekresultaat-tekst');
  tekst.append(excerptFragment(r.excerpt || r.samenvatting));
  item.append(tekst);
  return item;
}
