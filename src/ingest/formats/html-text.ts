/**
 * Turning a DOM tree into plain text that keeps the document's structure: block elements
 * (paragraphs, headings, list items, table rows) end with a line break so sentences never run
 * across them, inline elements flow, and what is not prose (scripts, styles, navigation, forms)
 * is left out. Entities are decoded by the DOM.
 */

/** Elements whose content is never text of the document. */
export const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'nav',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'head',
  'aside',
  'footer',
  'header',
  'menu',
  'dialog',
]);

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'thead',
  'tbody',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'hr',
  'address',
  'details',
  'summary',
  'caption',
]);

/** The little of the DOM this walker needs (linkedom's nodes provide it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function domText(root: DomNode, dropped: ReadonlySet<string> = DROPPED): string {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (dropped.has(tag)) return;
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    if (tag === 'td' || tag === 'th') out.push(' ');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) out.push('\n');
  };
  walk(root);
  return tidy(out.join(''));
}

/** Trim each line, drop blank runs to a single empty line. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
