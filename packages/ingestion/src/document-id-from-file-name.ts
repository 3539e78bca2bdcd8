import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 80;

/**
 * A stable, URL-safe id from a file name: "Política de Devoluciones.PDF" -> "politica-de-devoluciones-pdf".
 * The same name always gives the same id, so a re-upload becomes a new version of the same
 * document. The extension is kept so "faq.csv" and "faq.md" stay two documents; directories in a
 * relative path are kept too ("es/faq.md" -> "es-faq-md"). Names that slug to nothing or are very
 * long get a short hash so two different names never collide by truncation.
 */
export function documentIdFromFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const hash = createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8);
  if (!slug) return `doc-${hash}`;
  if (slug.length <= MAX_ID_LENGTH) return slug;
  return `${slug.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, '')}-${hash}`;
}
