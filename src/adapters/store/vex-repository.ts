import type {
  StoredVexStatement,
  StoreVexInput,
  StoreVexResult,
  VexDocumentEntry,
  VexRepository,
} from '../../app/vex/index.js';
import type { VexFormat, VexJustification, VexScope, VexStatus } from '../../core/vex/index.js';
import type { SqlClient } from './sql-client.js';
import { unnestQuery } from './unnest.js';

/** VEX documents and statements over SQL (migrations/005_vex.sql). */
export function createVexRepository(db: SqlClient): VexRepository {
  return {
    storeVexDocument: (input) => db.transaction((tx) => storeVexDocument(tx, input)),
    loadStatements: () => loadStatements(db),
    listVexDocuments: () => listVexDocuments(db),
  };
}

async function storeVexDocument(tx: SqlClient, input: StoreVexInput): Promise<StoreVexResult> {
  const doc = input.document;
  // ON CONFLICT: two processes ingesting the same bytes at once store it once, and neither fails.
  const [inserted] = await tx.query<{ id: number }>(
    `INSERT INTO vex_documents (format, document_id, author, timestamp, source, sha256, statement_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (sha256) DO NOTHING RETURNING id`,
    [
      doc.format,
      doc.id,
      doc.author ?? null,
      doc.timestamp ?? null,
      input.source,
      input.sha256,
      doc.statements.length,
    ],
  );
  if (!inserted) {
    const [existing] = await tx.query<{ id: number }>('SELECT id FROM vex_documents WHERE sha256 = $1', [
      input.sha256,
    ]);
    return { id: existing!.id, status: 'unchanged' };
  }
  const s = doc.statements;
  await unnestQuery(
    tx,
    (u) => `INSERT INTO vex_statements (document_id, position, vulnerability, aliases, status, justification,
        original_justification, impact_statement, action_statement, detail, timestamp, products)
      SELECT $1, p, v, ARRAY(SELECT jsonb_array_elements_text(a::jsonb)), st, j, oj, i, ac, d, t, pr::jsonb
      FROM ${u} AS x(p, v, a, st, j, oj, i, ac, d, t, pr)`,
    ['int4', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'timestamptz', 'text'],
    [
      s.map((_, i) => i),
      s.map((x) => x.vulnerability),
      s.map((x) => JSON.stringify(x.aliases)),
      s.map((x) => x.status),
      s.map((x) => x.justification ?? null),
      s.map((x) => x.originalJustification ?? null),
      s.map((x) => x.impactStatement ?? null),
      s.map((x) => x.actionStatement ?? null),
      s.map((x) => x.detail ?? null),
      s.map((x) => x.timestamp ?? null),
      s.map((x) => JSON.stringify(x.products)),
    ],
    [inserted.id],
  );
  return { id: inserted.id, status: 'new' };
}

interface StatementRow {
  id: number;
  document_id: number;
  vulnerability: string;
  aliases: string[];
  status: VexStatus;
  justification: VexJustification | null;
  original_justification: string | null;
  impact_statement: string | null;
  action_statement: string | null;
  detail: string | null;
  timestamp: Date | string | null;
  products: VexScope[];
  format: VexFormat;
  doc_id: string;
  author: string | null;
  source: string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

async function loadStatements(db: SqlClient): Promise<StoredVexStatement[]> {
  const rows = await db.query<StatementRow>(
    `SELECT s.id, s.document_id, s.vulnerability, s.aliases, s.status, s.justification, s.original_justification,
       s.impact_statement, s.action_statement, s.detail, s.timestamp, s.products,
       d.format, d.document_id AS doc_id, d.author, d.source
     FROM vex_statements s JOIN vex_documents d ON d.id = s.document_id ORDER BY s.document_id, s.position`,
  );
  return rows.map((r) => ({
    statementId: r.id,
    vulnerability: r.vulnerability,
    aliases: r.aliases,
    status: r.status,
    ...(r.justification ? { justification: r.justification } : {}),
    ...(r.original_justification ? { originalJustification: r.original_justification } : {}),
    ...(r.impact_statement ? { impactStatement: r.impact_statement } : {}),
    ...(r.action_statement ? { actionStatement: r.action_statement } : {}),
    ...(r.detail ? { detail: r.detail } : {}),
    ...(r.timestamp ? { timestamp: iso(r.timestamp) } : {}),
    products: r.products,
    origin: {
      id: r.document_id,
      format: r.format,
      documentId: r.doc_id,
      ...(r.author ? { author: r.author } : {}),
      source: r.source,
    },
  }));
}

async function listVexDocuments(db: SqlClient): Promise<VexDocumentEntry[]> {
  const rows = await db.query<{
    id: number;
    format: VexFormat;
    document_id: string;
    author: string | null;
    timestamp: Date | string | null;
    source: string;
    sha256: string;
    statement_count: number;
    by_status: Partial<Record<VexStatus, number>> | null;
    ingested_at: Date | string;
  }>(
    `SELECT d.id, d.format, d.document_id, d.author, d.timestamp, d.source, d.sha256, d.statement_count, d.ingested_at,
       (SELECT jsonb_object_agg(status, n) FROM
          (SELECT status, count(*)::int AS n FROM vex_statements WHERE document_id = d.id GROUP BY status) c) AS by_status
     FROM vex_documents d ORDER BY d.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    format: r.format,
    documentId: r.document_id,
    ...(r.author ? { author: r.author } : {}),
    ...(r.timestamp ? { timestamp: iso(r.timestamp) } : {}),
    source: r.source,
    sha256: r.sha256,
    statements: r.statement_count,
    byStatus: r.by_status ?? {},
    ingestedAt: iso(r.ingested_at),
  }));
}
