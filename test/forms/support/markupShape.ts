/**
 * The structure of a piece of markup, as compared with govuk-frontend's fixtures: each element's tag,
 * classes, role and input type, and its ARIA relations (`for`, `aria-describedby`, `aria-labelledby`,
 * `aria-controls`) as the relative path from the element to the element each id names, so that ids
 * may differ while every relation must point at the same place. Text, other attributes and data-*
 * hooks are left out.
 *
 * Siblings with the same shape count once (the distinct shapes in order of first appearance): a list
 * with five radios has the shape of govuk-frontend's example with two, and a task list of thirteen
 * sections that of its example with three; a missing, extra or differently classed kind of item still
 * shows.
 */
export interface MarkupShape {
  readonly tag: string;
  readonly classes: readonly string[];
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly MarkupShape[];
}

const RELATIONS = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls'] as const;
const KEPT = ['role', 'type'] as const;

/** How the shape of one tree is taken. */
export interface ShapeOptions {
  /** Elements left out with everything inside them (e.g. govuk-frontend's hidden conditionals). */
  readonly drop?: (element: Element) => boolean;
  /** Elements whose content is not compared (e.g. the questions inside a conditional reveal). */
  readonly opaque?: (element: Element) => boolean;
}

export function markupShape(root: Element, options: ShapeOptions = {}): MarkupShape {
  const kept = (element: Element) => [...element.children].filter((child) => !(options.drop?.(child) ?? false));
  // Where each element sits: the path of child positions from the root, among kept children.
  const paths = new Map<Element, number[]>();
  const walk = (element: Element, path: number[]) => {
    paths.set(element, path);
    kept(element).forEach((child, position) => walk(child, [...path, position]));
  };
  walk(root, []);
  const byId = new Map<string, Element>();
  for (const element of paths.keys()) if (element.id !== '') byId.set(element.id, element);
  const relative = (from: number[], to: number[]) => {
    let common = 0;
    while (common < from.length && common < to.length && from[common] === to[common]) common += 1;
    return [...Array.from({ length: from.length - common }, () => '..'), ...to.slice(common)].join('/') || '.';
  };
  const shape = (element: Element): MarkupShape => {
    const attributes: Record<string, string> = {};
    for (const name of KEPT) {
      const value = element.getAttribute(name);
      if (value !== null) attributes[name] = value;
    }
    for (const name of RELATIONS) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      // An id outside the tree (a page's own element) cannot be compared structurally: it is left out.
      const targets = value
        .split(/\s+/)
        .map((id) => byId.get(id))
        .filter((target) => target !== undefined)
        .map((target) => relative(paths.get(element)!, paths.get(target)!));
      if (targets.length > 0) attributes[name] = targets.join(' ');
    }
    const children = options.opaque?.(element) ? [] : kept(element).map(shape);
    const distinct: MarkupShape[] = [];
    const seen = new Set<string>();
    for (const child of children) {
      const key = JSON.stringify(child);
      if (seen.has(key)) continue;
      seen.add(key);
      distinct.push(child);
    }
    return {
      tag: element.tagName.toLowerCase(),
      classes: [...element.classList].sort(),
      attributes,
      children: distinct,
    };
  };
  return shape(root);
}
