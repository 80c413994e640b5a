/**
 * Building DOM for the zelfscan without innerHTML: text always goes in as
 * text nodes, so nothing from a link or from storage can become markup.
 */
export type Kind = Node | string | null | undefined | false;

const echt = (k: Kind): k is Node | string => k !== null && k !== undefined && k !== false;

/** An element with attributes (undefined ones left out) and children; strings become text. */
export function maak<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...kinderen: Kind[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...kinderen.filter(echt));
  return el;
}

/** Appends children, skipping the empty ones (parts of the plan that do not apply). */
export function voegToe(doel: ParentNode, ...kinderen: Kind[]): void {
  doel.append(...kinderen.filter(echt));
}

/**
 * An SVG string from a chart function as a node. The string is parsed as XML
 * (scripts in it never run) and its text was escaped by the chart; the chart
 * only receives numbers and names from the build.
 */
export function svgKnoop(svg: string): Node | null {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.querySelector('parsererror')) return null;
  return document.importNode(doc.documentElement, true);
}
