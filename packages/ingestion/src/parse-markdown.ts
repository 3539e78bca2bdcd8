import { normalizeText } from './normalize-text';
import { SectionBuilder, type Section } from './section-builder';

/** Sections of a Markdown document and its title (front matter `title:`, else the first H1). */
export function parseMarkdown(source: string): { title: string | undefined; sections: Section[] } {
  const { frontMatterTitle, body } = splitFrontMatter(normalizeText(source));
  const builder = new SectionBuilder();
  const lines = body.split('\n');
  let firstH1: string | undefined;
  let paragraph: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    builder.paragraph(paragraph.join('\n'));
    paragraph = [];
  };
  const heading = (level: number, raw: string) => {
    flush();
    const title = stripInline(raw);
    if (level === 1 && firstH1 === undefined && title) firstH1 = title;
    builder.heading(level, title);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      // Inside a code block "#" lines are code, not headings.
      paragraph.push(line);
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      paragraph.push(line);
      continue;
    }
    const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    const next = lines[i + 1] ?? '';
    if (atx) {
      heading(atx[1]!.length, atx[2] ?? '');
    } else if (line.trim() && paragraph.length === 0 && /^ {0,3}=+[ \t]*$/.test(next)) {
      heading(1, line);
      i++;
    } else if (line.trim() && paragraph.length === 0 && !/^\s*[-*+]\s/.test(line) && /^ {0,3}-{2,}[ \t]*$/.test(next)) {
      heading(2, line);
      i++;
    } else if (!line.trim()) {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return { title: frontMatterTitle ?? firstH1, sections: builder.finish() };
}

function splitFrontMatter(text: string): { frontMatterTitle: string | undefined; body: string } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)(?:\n|$)/.exec(text);
  if (!match) return { frontMatterTitle: undefined, body: text };
  const titleLine = /^title:[ \t]*(.+)$/m.exec(match[1]!);
  const title = titleLine?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  return { frontMatterTitle: title || undefined, body: text.slice(match[0].length) };
}

/** Heading text without inline Markdown: links, emphasis, code ticks, images. */
function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}
