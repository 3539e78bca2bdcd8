import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { collapseWhitespace, normalizeText } from './normalize-text';
import { SectionBuilder, type Section } from './section-builder';

/** Never content: code, styling and templates. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'iframe', 'object']);
/** Site chrome repeated on every page: it would pollute every answer. */
const BOILERPLATE = new Set(['nav', 'footer']);
const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo']);
/** Elements that end a paragraph (everything else is inline and joins the running text). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'header', 'hr', 'html', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'ul', 'caption',
]);
/** Elements that are one line each inside their paragraph (list items, table rows). */
const LINES = new Set(['li', 'tr', 'dt', 'dd']);

/**
 * Sections of an HTML page; h1-h6 build the path. Text hidden with CSS or the `hidden` attribute
 * is kept on purpose: the guardrail scan must see (and quarantine) hidden instructions rather than
 * have them silently vanish here and resurface elsewhere.
 */
export function parseHtml(html: string): { title: string | undefined; sections: Section[] } {
  // node-html-parser keeps a doctype as text.
  const root = parse(html.replace(/<!doctype[^>]*>/gi, ''), { comment: false, lowerCaseTagName: true });
  const titleElement = root.querySelector('title');
  const pageTitle = titleElement ? collapseWhitespace(titleElement.text) : '';
  const builder = new SectionBuilder();
  let firstH1: string | undefined;
  let line = '';
  let lines: string[] = [];
  const endLine = () => {
    const clean = line.replace(/[ \t]+/g, ' ').replace(/[\s|]+$/, '').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    builder.paragraph(normalizeText(lines.join('\n')));
    lines = [];
  };

  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text;
      if (inPre) {
        const [first = '', ...rest] = text.split('\n');
        line += first;
        for (const part of rest) {
          endLine();
          line = part;
        }
      } else {
        line += text.replace(/\s+/g, ' ');
      }
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (DROPPED.has(tag) || BOILERPLATE.has(tag) || BOILERPLATE_ROLES.has(node.getAttribute('role') ?? '')) return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      endParagraph();
      const title = collapseWhitespace(node.text);
      const level = Number(heading[1]);
      if (level === 1 && firstH1 === undefined && title) firstH1 = title;
      builder.heading(level, title);
      return;
    }
    if (tag === 'br') {
      endLine();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    if (LINES.has(tag)) endLine();
    if (tag === 'li') line += '- ';
    for (const child of node.childNodes) {
      walk(child, inPre || tag === 'pre');
      // Table cells and list items on one line each, cells separated so words do not merge.
      if (tag === 'tr' && child instanceof HTMLElement) line += ' | ';
    }
    if (LINES.has(tag)) endLine();
    if (block) endParagraph();
  };

  walk(root, false);
  endParagraph();
  return { title: pageTitle || firstH1, sections: builder.finish() };
}
