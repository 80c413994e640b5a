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

/** One result: type label, title link, municipality (for municipal examples), excerpt. */
export function resultaatElement(r: Resultaat, tag: 'li' | 'div' = 'li'): HTMLElement {
  const item = el(tag, 'zoekresultaat');
  const kop = el('p', 'zoekresultaat-kop');
  if (r.type) kop.append(el('span', 'zoekresultaat-type', r.type), ' ');
  const link = el('a', 'zoekresultaat-titel', r.titel);
  link.href = r.url;
  kop.append(link);
  item.append(kop);
  if (r.gemeente && r.type === 'Gemeente') item.append(el('p', 'zoekresultaat-gemeente', `Gemeente ${r.gemeente}`));
  const tekst = el('p', 'zoekresultaat-tekst');
  tekst.append(excerptFragment(r.excerpt || r.samenvatting));
  item.append(tekst);
  return item;
}
