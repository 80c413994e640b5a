import { t } from './strings';

/** Main navigation, in the order users scan it. */
export const hoofdmenu = [
  { href: '/stappen/', label: t.nav.stappen },
  { href: '/wat-werkt/', label: t.nav.watWerkt },
  { href: '/gemeenten/', label: t.nav.gemeenten },
  { href: '/werkwijzen/', label: t.nav.werkwijzen },
  { href: '/gesprekskaarten/', label: t.nav.gesprekskaarten },
  { href: '/cijfers/', label: t.nav.cijfers },
  { href: '/zelfscan/', label: t.nav.zelfscan },
] as const;

export const voetmenu = [
  { href: '/bronnen/', label: t.nav.bronnen },
  { href: '/data/', label: t.nav.data },
  { href: '/over/', label: t.nav.over },
  { href: '/toegankelijkheid/', label: t.nav.toegankelijkheid },
] as const;

export interface Kruimel {
  label: string;
  href?: string;
}

/** True when `current` is `href` or lies below it, for aria-current in the menu. */
export function isActief(href: string, current: string): boolean {
  return current === href || current.startsWith(href);
}
