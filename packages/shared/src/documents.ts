import { z } from 'zod';

/** Who may retrieve a document: customers only ever see `public` text. */
export const audienceSchema = z.enum(['public', 'internal']);
export type Audience = z.infer<typeof audienceSchema>;

/** Formats the ingestion package reads. */
export const documentFormatSchema = z.enum(['pdf', 'docx', 'html', 'markdown', 'text', 'faq-csv']);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

/** One chunk as ingestion produces it, before it is stored. */
export interface ChunkDraft {
  /** Position in the document, from 0. */
  index: number;
  text: string;
  /** Section titles from the outermost heading down; empty when the text has no headings. */
  sectionPath: string[];
  /** 1-based page number, for paginated formats (PDF). */
  page?: number;
  /** ISO 639-1 code detected for this chunk, or the document's when the chunk is too short. */
  language: string;
  /**
   * Guardrail reason codes when an ingestion-time scan flagged this chunk (e.g. a hidden prompt
   * injection). A quarantined chunk is stored for an admin to review but never retrieved.
   */
  quarantine?: string[];
}

/** A parsed, chunked document ready for the knowledge store. */
export interface ParsedDocument {
  /** Stable identity across versions (slug of the file name unless the caller gives one). */
  id: string;
  title: string;
  format: DocumentFormat;
  /** The file name it came from. */
  sourceName: string;
  /** sha256 of the normalised extracted text: unchanged content means no new version. */
  contentHash: string;
  audience: Audience;
  tags: string[];
  /** ISO 639-1 code detected for the whole document. */
  language: string;
  chunks: ChunkDraft[];
}

/** A stored document as listed to admins. */
export interface DocumentRecord {
  id: string;
  title: string;
  format: DocumentFormat;
  sourceName: string;
  contentHash: string;
  audience: Audience;
  tags: string[];
  language: string;
  version: number;
  chunkCount: number;
  /** ISO timestamp of the current version. */
  updatedAt: string;
}

/** Where a passage comes from: what an answer cites. */
export interface Citation {
  documentId: string;
  version: number;
  title: string;
  sectionPath: string[];
  page?: number;
  chunkIndex: number;
}

/** One retrieved passage with its citation and the score each retriever gave it. */
export interface SearchHit {
  /** Chunk id, unique per document version. */
  id: string;
  text: string;
  language: string;
  audience: Audience;
  citation: Citation;
  /** Fused (reciprocal rank fusion) score: higher is better. */
  score: number;
  scores: {
    /** Cosine similarity from the dense retriever, when it found this passage. */
    dense?: number;
    /** BM25 score from the keyword retriever (higher is better), when it found this passage. */
    keyword?: number;
  };
}

/** Filters every search accepts. */
export const searchFiltersSchema = z.object({
  audience: audienceSchema.optional(),
  language: z.string().min(2).max(8).optional(),
  tags: z.array(z.string().min(1)).optional(),
  documentIds: z.array(z.string().min(1)).optional(),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;
