import { z } from 'zod';
import { PERMISSIONS } from '../../app/auth/index.js';
import type { AdvisoryImpact, ArtifactFinding, Exposure, ExposureStatus } from '../../app/exposures/index.js';
import {
  CLOSED_BY,
  type ExposureHistory,
  type MttrRow,
  TRANSITION_KINDS,
} from '../../app/lifecycle/index.js';
import type { RemediationPlan } from '../../app/remediation/index.js';
import { ISSUE_CODES, type IssueCode } from '../../core/input/index.js';
import { DECISIONS } from '../../core/risk/index.js';
import { TRIAGE_JUSTIFICATIONS, TRIAGE_STATES } from '../../core/triage/index.js';
import { VEX_STATUSES } from '../../core/vex/index.js';

// The API's schemas: they validate requests and responses, and the OpenAPI document is generated from them.

/** Arrays as the use cases return them: read-only. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const Decision = z
  .enum(DECISIONS)
  .describe('SSVC-style decision, most urgent first: Act, Attend, Track*, Track');

export const Issue = z.object({
  code: z.enum(Object.keys(ISSUE_CODES) as [IssueCode, ...IssueCode[]]),
  path: z.string().describe('the field (`limit`, `components[3].purl`), prefixed by the document when known'),
  message: z.string().describe('what was wrong and what was expected'),
});

export const ErrorBody = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe(
          'INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL',
        ),
      message: z.string(),
      requestId: z.string(),
      issues: z.array(Issue).optional(),
    }),
  })
  .describe(
    'every error: a code, words, the request id to find it in the logs, and for bad input the issues',
  );

export const ExposureSchema = z.object({
  key: z.string().describe('natural key: vulnerability|purl|artifact digest|environment/workload (ADR 072)'),
  vulnerability: z.string(),
  ids: list(z.string()),
  advisories: list(z.string()),
  summary: z.string(),
  decision: Decision,
  score: z.number().min(0).max(100),
  suppressed: z
    .boolean()
    .describe(
      'triage says not_affected, false_positive or accepted_risk; or, untriaged, a VEX not_affected or fixed statement applies',
    ),
  reasons: list(
    z.object({
      question: z.enum(['reachable', 'exploitable', 'relevant', 'vex', 'triage']),
      text: z.string(),
      points: z.number(),
    }),
  ),
  environment: z.string(),
  tier: z.string(),
  workload: z.string(),
  kind: z.string(),
  artifact: z.string(),
  artifactName: z.string(),
  component: z.object({ purl: z.string(), name: z.string(), version: z.string() }),
  fixedVersion: z.string().nullable(),
  matched: z.string(),
  running: z.boolean(),
  kev: z.boolean().describe('its vulnerability is in CISA KEV'),
  internetFacing: z.boolean().describe('the workload is reachable from the internet'),
  sources: list(z.string()),
  detectedAt: z
    .string()
    .describe(
      'when it could first be known: the later of the first deployment and the publication (ADR 079)',
    ),
  dueAt: z
    .string()
    .nullable()
    .describe('the SLA due date (risk config `sla`, or the KEV due date when earlier)'),
  triage: z
    .object({
      rule: z.number().int().describe('the decision (GET /api/v1/triage)'),
      state: z.enum(TRIAGE_STATES),
      justification: z.enum(TRIAGE_JUSTIFICATIONS).optional(),
      reason: z.string(),
      by: z.string(),
      at: z.string(),
      expiresAt: z.string().optional(),
      expired: z.boolean().describe('an acceptance that ran out: the exposure is back on the list'),
      own: z.boolean().describe('decided for this exposure alone (its key), not by a portfolio rule'),
    })
    .nullable()
    .describe('the triage decision in force (ADR 081); null: untriaged'),
  vex: z
    .object({
      status: z.enum(VEX_STATUSES),
      justification: z.enum(TRIAGE_JUSTIFICATIONS).optional(),
      impactStatement: z.string().optional(),
      actionStatement: z.string().optional(),
      timestamp: z.string().optional(),
      source: z.string().describe('where the document was read from'),
      document: z.string().describe("the document's own id ('' when none)"),
    })
    .nullable()
    .describe('the VEX statement that applies; null: none'),
}) satisfies z.ZodType<Exposure>;

export const ExposurePage = z.object({
  exposures: list(ExposureSchema),
  next: z.string().optional().describe('the cursor of the next page (`after=`); absent on the last page'),
  total: z.number().int().describe('exposures in the whole ranking, before filters'),
  suppressed: z.number().int(),
  gate: z
    .object({ level: z.enum(['act', 'attend']), decisions: list(Decision), tripped: z.number().int() })
    .optional(),
});

export const ExposureQuery = z.object({
  environment: z.string().optional(),
  decision: z
    .string()
    .optional()
    .describe(`one of ${DECISIONS.join(', ')} (any case)`),
  workload: z.string().optional().describe('namespace/name or name'),
  package: z.string().optional().describe('a purl, with or without version: pkg:npm/lodash'),
  advisory: z.string().optional().describe('any id of the vulnerability: CVE, GHSA, PYSEC…'),
  kev: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('only exposures whose vulnerability is in CISA KEV'),
  internetFacing: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('only internet-facing workloads'),
  triage: z
    .string()
    .optional()
    .describe(`only this triage state in force, or untriaged: ${['untriaged', ...TRIAGE_STATES].join(', ')}`),
  at: z
    .string()
    .optional()
    .describe('time travel: what ran then, for advisories published by then (RFC 3339 or a date)'),
  all: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('include exposures VEX suppresses'),
  failOn: z.string().optional().describe('act or attend: `gate.tripped` counts the exposures at or above it'),
  limit: z.string().optional().describe('page size, 1–1000 (default 100); NDJSON exports ignore it'),
  after: z.string().optional().describe('the `next` cursor of the previous page'),
});

export const ImpactSchema = z.object({
  vulnerability: z.string(),
  ids: list(z.string()),
  summary: z.string(),
  exposures: list(ExposureSchema.extend({ path: list(z.string()) })),
}) satisfies z.ZodType<AdvisoryImpact>;

const Counts = z.object(
  Object.fromEntries(DECISIONS.map((d) => [d, z.number().int()])) as Record<
    (typeof DECISIONS)[number],
    z.ZodNumber
  >,
);

export const StatusSchema = z.object({
  byEnvironment: list(
    z.object({
      environment: z.string(),
      counts: Counts,
      suppressed: z.number().int(),
      overdue: z.number().int().describe('not suppressed and past the SLA due date'),
    }),
  ),
  totals: Counts.extend({ suppressed: z.number().int(), overdue: z.number().int() }),
  coverage: list(
    z.object({
      environment: z.string(),
      runningArtifacts: z.number().int(),
      withSbom: z.number().int(),
      percent: z.number(),
    }),
  ),
  unknownFindings: z.number().int(),
  notDeployed: z.object({ artifacts: z.number().int(), packageVersions: z.number().int() }),
  evaluation: z.object({
    advisoriesThrough: z.string().nullable(),
    lastFullAt: z.string().nullable(),
    lastIncrementalAt: z.string().nullable(),
  }),
}) satisfies z.ZodType<ExposureStatus, unknown>;

const Stamp = z.string().describe('RFC 3339');

const TriageScopeSchema = z.object({
  vulnerability: z.string(),
  package: z.string().optional().describe('canonical purl; without a version: every version'),
  artifact: z.string().optional(),
  environment: z.string().optional(),
  workload: z.string().optional().describe('namespace/name'),
  labels: z.record(z.string(), z.string()).optional().describe('workload labels, all must match'),
});

export const TriageRuleSchema = z.object({
  id: z.number().int(),
  scope: TriageScopeSchema,
  state: z.enum(TRIAGE_STATES),
  justification: z.enum(TRIAGE_JUSTIFICATIONS).optional(),
  reason: z.string(),
  expiresAt: z.string().optional(),
  by: z.string(),
  at: z.string(),
  revokedAt: z.string().optional(),
  revokedBy: z.string().optional(),
  revokeReason: z.string().optional(),
  replacedBy: z.number().int().optional(),
});

export const TriageBody = z
  .object({
    exposure: z.string().optional().describe("one exposure's key; excludes the scope fields"),
    vulnerability: z.string().optional().describe('a rule: any id of the vulnerability'),
    package: z.string().optional().describe('a rule: a purl, with or without version'),
    artifact: z.string().optional(),
    environment: z.string().optional(),
    workload: z.string().optional(),
    labels: z.array(z.string()).optional().describe('key=value each'),
    state: z.string().describe(TRIAGE_STATES.join(' | ')),
    justification: z
      .string()
      .optional()
      .describe(`with not_affected: ${TRIAGE_JUSTIFICATIONS.join(' | ')}`),
    reason: z.string().optional().describe('why (required)'),
    expires: z.string().optional().describe('RFC 3339 or a date; required for accepted_risk'),
  })
  .describe('a decision on one exposure (its key) or a portfolio rule (ADR 081)');

export const TriageSetSchema = z.object({
  rule: TriageRuleSchema,
  replaced: z.number().int().optional().describe('the decision on the same scope it replaced'),
  covers: z.number().int().describe('current exposures it covers'),
});

export const TriageAuditSchema = list(
  z.object({
    at: z.string(),
    action: z.enum(['set', 'replaced', 'revoked', 'expired']),
    rule: z.number().int(),
    by: z.string(),
    reason: z.string(),
    state: z.enum(TRIAGE_STATES),
    justification: z.enum(TRIAGE_JUSTIFICATIONS).optional(),
    expiresAt: z.string().optional().describe("the decision's expiry"),
    scope: TriageScopeSchema,
  }),
);

export const ExposureHistorySchema = z.object({
  vulnerability: z.string(),
  ids: list(z.string()),
  published: Stamp.nullable(),
  workloads: list(
    z.object({
      environment: z.string(),
      workload: z.string(),
      exposed: list(
        z.object({
          from: Stamp,
          to: Stamp.nullable().describe('null: it still does'),
          knownFrom: Stamp.nullable().describe('from when it could be known; null: ended before publication'),
          artifacts: list(z.string()),
          components: list(z.string()),
        }),
      ),
      lifecycle: z
        .object({
          state: z.enum(['open', 'remediated']),
          firstSeen: Stamp,
          closedAt: Stamp.nullable(),
          closedBy: z.enum(CLOSED_BY).nullable(),
          reopened: z.number().int(),
          dueAt: Stamp.nullable(),
          events: list(
            z.object({
              key: z.string(),
              kind: z.enum(TRANSITION_KINDS),
              at: Stamp,
              environment: z.string(),
              decision: Decision,
              openedAt: Stamp,
              closedBy: z.enum(CLOSED_BY).nullable(),
            }),
          ),
        })
        .nullable(),
      triage: TriageAuditSchema.describe(
        'decisions on this vulnerability naming this workload, its environment, or neither',
      ),
    }),
  ),
}) satisfies z.ZodType<ExposureHistory, unknown>;

const PlanAction = z.object({
  kind: z.enum(['upgrade', 'base-image']).describe('one package, or an image rebuilt on an updated base'),
  artifact: z.string(),
  artifactName: z.string(),
  upgrades: list(
    z.object({
      purl: z.string(),
      name: z.string(),
      from: z.string(),
      to: z.string().nullable().describe('the smallest version no stored advisory affects; null: none'),
      why: z.string().optional(),
    }),
  ),
  text: z.string(),
  exposures: z.number().int(),
  act: z.number().int(),
  risk: z.number(),
  workloads: z.number().int(),
  environments: list(z.string()),
  vulnerabilities: list(z.string()),
});

export const PlanSchema = z.object({
  actions: list(PlanAction),
  withoutFix: list(PlanAction),
}) satisfies z.ZodType<RemediationPlan, unknown>;

export const HistoryQuery = z.object({ environment: z.string().optional() });

export const MttrQuery = z.object({
  since: z.string().optional().describe('RFC 3339 or a date; default 90 days ago'),
  period: z.enum(['week', 'month']).optional().describe('default week'),
  environment: z.string().optional(),
});

export const MttrSchema = list(
  z.object({
    period: z.string().describe("the period's first day, YYYY-MM-DD"),
    environment: z.string(),
    team: z.string().nullable(),
    remediated: z.number().int(),
    meanHours: z.number(),
  }),
) satisfies z.ZodType<readonly MttrRow[], unknown>;

export const ArtifactFindings = list(
  z.object({
    vulnerability: z.string(),
    advisory: z.string(),
    summary: z.string(),
    status: z.enum(['affected', 'unknown']),
    reason: z.string(),
    fixedVersion: z.string().nullable(),
    purl: z.string().describe('canonical purl of the package version'),
  }),
) satisfies z.ZodType<readonly ArtifactFinding[]>;

/** A record whose shape the use case defines (the CLI's `--json` of the same command shows it). */
export const Row = z.looseObject({});
export const Rows = z.array(Row);

export const DeployEventBody = z.object({
  environment: z.string(),
  workload: z.string().describe('namespace/name or name'),
  image: z.string().describe('registry/repository@sha256:<64 hex>, or a tag the registry resolves'),
  commit: z.string().optional(),
  pipelineRun: z.string().optional(),
  actor: z.string().optional(),
  at: z.string().optional().describe('RFC 3339; default now'),
  createEnvironment: z.boolean().optional(),
});

export const SnapshotQuery = z.object({
  cluster: z.string().optional().describe('default: the environment name, else "default"'),
  environment: z.string().optional(),
  namespace: z.string().optional().describe('namespace of objects that name none; default "default"'),
  at: z.string().optional().describe('the snapshot time, RFC 3339; default now'),
});

export const SbomQuery = z.object({
  artifact: z
    .string()
    .optional()
    .describe('registry/repository[:tag]@sha256:<64 hex>: the artifact it describes'),
  name: z.string().optional().describe('a file name for messages and the stored source (default: upload)'),
});

export const FeedSyncBody = z.object({
  osvMirror: z.string().optional(),
  osvUrl: z.string().optional(),
  ecosystems: z.array(z.string()).optional(),
  kev: z.string().optional(),
  epss: z.array(z.string()).optional(),
});

/** A job of the queue (ADR 084), as `GET /api/v1/jobs/{id}` tells it. */
export const JobSchema = z.object({
  id: z.number().int(),
  kind: z.string().describe('what it does: feeds.sync'),
  payload: z.unknown(),
  dedupeKey: z
    .string()
    .nullable()
    .describe('requests with this key join the job while it is queued or running'),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  attempts: z.number().int().describe('tries so far, the running one included'),
  maxAttempts: z.number().int(),
  runAt: z.string().describe('queued: due then (a retry waits out its backoff)'),
  leaseUntil: z
    .string()
    .nullable()
    .describe('running: past it, another process takes the job over (its worker died)'),
  worker: z.string().nullable().describe('the process that runs, or last ran, it: host:pid:random'),
  result: z.unknown().describe('done: what it did (a feed sync: what each feed imported)'),
  error: z.string().nullable().describe('the last failed try'),
  requestedBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export const JobQuery = z.object({
  state: z.enum(['queued', 'running', 'done', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const FeedSyncQuery = z.object({
  wait: z
    .enum(['true', 'false'])
    .default('true')
    .describe(
      'true: answer with the result once the sync job is over (202 with the job if it takes longer than 10 minutes); false: 202 with the queued job at once',
    ),
});

export const Health = z.object({ status: z.enum(['ok', 'unavailable']), store: z.string().optional() });

export const Me = z.object({
  kind: z
    .enum(['token', 'user', 'local'])
    .describe('an API token, a person logged in through OIDC, or open loopback'),
  name: z.string(),
  team: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  environments: z
    .array(z.string())
    .optional()
    .describe("the team's environments, all the caller sees; absent: every one (admin)"),
  tokenId: z.number().optional(),
  subject: z.string().optional().describe("a person's sub at the IdP"),
  csrfToken: z.string().optional().describe('for a session: send it as x-csrf-token with every write'),
  expiresAt: z.string().optional().describe('when the session ends'),
});
