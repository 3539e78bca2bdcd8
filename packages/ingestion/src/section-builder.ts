/** A run of text under one heading path (and, for PDFs, on one page): the unit we chunk. */
export interface Section {
  /** Heading titles, outermost first. */
  path: string[];
  /** Paragraphs separated by blank lines. */
  text: string;
  page?: number;
  /** Never split or merged (an FAQ entry). */
  atomic?: boolean;
}

/**
 * Collects paragraphs under a heading stack. Each format's parser walks its own structure and
 * reports headings and paragraphs here; a heading closes the current section.
 */
export class SectionBuilder {
  private readonly stack: { level: number; title: string }[] = [];
  private paragraphs: string[] = [];
  private page: number | undefined;
  private readonly sections: Section[] = [];

  heading(level: number, title: string): void {
    const clean = title.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    this.flush();
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    this.stack.push({ level, title: clean });
  }

  paragraph(text: string): void {
    const clean = text.trim();
    if (clean) this.paragraphs.push(clean);
  }

  /** Starts a new page; the heading path carries over, the section does not. */
  startPage(page: number): void {
    this.flush();
    this.page = page;
  }

  /** The heading path as it stands (what the next paragraph would be filed under). */
  get path(): string[] {
    return this.stack.map((entry) => entry.title);
  }

  finish(): Section[] {
    this.flush();
    return this.sections;
  }

  private flush(): void {
    if (this.paragraphs.length === 0) return;
    this.sections.push({
      path: this.path,
      text: this.paragraphs.join('\n\n'),
      ...(this.page === undefined ? {} : { page: this.page }),
    });
    this.paragraphs = [];
  }
}
