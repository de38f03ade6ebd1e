/** A Markdown link or image: `[text](target)`, the target up to a space or the closing bracket. */
const MARKDOWN_LINK = /!?\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/**
 * The targets of a Markdown text's links that name a file by a relative path (not a URL, not an
 * anchor on the same page), without their `#fragment`, as written.
 */
export function relativeLinkTargets(markdown: string): string[] {
  return [...markdown.matchAll(MARKDOWN_LINK)]
    .map(([, target]) => target!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]!);
}
