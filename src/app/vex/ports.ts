import type { VexDocument, VexFormat, VexStatement, VexStatus } from '../../core/vex/index.js';

export interface StoreVexInput {
  readonly document: VexDocument;
  /** sha256 hex of the document's bytes: the same bytes twice are one document. */
  readonly sha256: string;
  /** Where it was read from: a file name, or `file.zip!entry`. */
  readonly source: string;
}

export interface StoreVexResult {
  /** The stored document's row id. */
  readonly id: number;
  /** new: stored now; unchanged: these very bytes were stored before, nothing was written. */
  readonly status: 'new' | 'unchanged';
}

/** The document a stored statement came from, to show with it as the reason an exposure is suppressed. */
export interface VexOrigin {
  readonly id: number;
  readonly format: VexFormat;
  /** The document's own id ('' when it names none). */
  readonly documentId: string;
  readonly author?: string;
  readonly source: string;
}

/** A statement as the store returns it to the exposures engine: a `VexStatement` with where it came from. */
export interface StoredVexStatement extends VexStatement {
  readonly statementId: number;
  readonly origin: VexOrigin;
}

export interface VexDocumentEntry extends VexOrigin {
  readonly timestamp?: string;
  readonly sha256: string;
  readonly statements: number;
  readonly byStatus: Readonly<Partial<Record<VexStatus, number>>>;
  readonly ingestedAt: string;
}

/** What VEX use cases need from the store. */
export interface VexRepository {
  /** Stores a document and all its statements in one transaction; the same sha256 again writes nothing. */
  storeVexDocument(input: StoreVexInput): Promise<StoreVexResult>;
  /** Every stored statement, in ingest order (document, then position): `pickVexStatement` relies on it. */
  loadStatements(): Promise<StoredVexStatement[]>;
  listVexDocuments(): Promise<VexDocumentEntry[]>;
}
