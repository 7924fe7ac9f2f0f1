import { createHash } from 'node:crypto';
import { type ImageReference, parseImageReference } from '../../core/artifact/image-reference.js';
import { InputError, type InputIssue, quoteValue } from '../../core/input/index.js';
import {
  formatWorkloadRef,
  parseEvidenceInstant,
  parseTwinName,
  parseWorkloadRef,
} from '../../core/twin/index.js';
import type { Clock, PipelineDeploymentResult, TagResolver, TwinStore } from './ports.js';

/** A pipeline's deploy event, as the CLI flags or (later) the HTTP API give it. */
export interface DeployEvent {
  readonly environment: string;
  /** `namespace/name` or `name`. */
  readonly workload: string;
  /** `registry/repo@sha256:…`, or a tag that the registry resolves. */
  readonly image: string;
  readonly commit?: string;
  readonly pipelineRun?: string;
  readonly actor?: string;
  /** RFC 3339; absent: now. */
  readonly at?: string;
  readonly createEnvironment?: boolean;
}

const COMMIT = /^[0-9a-f]{7,64}$/i;

/**
 * Records that a pipeline deployed an artifact to a workload. The same event twice is one deployment, and
 * events may arrive out of order: a pipeline deployment ends where the next one of the workload starts
 * (docs/adr/042). A tag is resolved to its digest through `tags`.
 * @throws InputError for bad fields, an unknown environment without `createEnvironment`, or a tag the
 * registry does not know; Error (with cause) when the registry fails.
 */
export async function recordDeployment(
  deps: { readonly store: TwinStore; readonly tags?: TagResolver; readonly clock: Clock },
  event: DeployEvent,
): Promise<PipelineDeploymentResult> {
  const issues: InputIssue[] = [];
  const check = <T>(
    r: { ok: true; value: T } | { ok: false; issues: readonly InputIssue[] },
  ): T | undefined => {
    if (r.ok) return r.value;
    issues.push(...r.issues);
    return undefined;
  };
  const environment = check(parseTwinName(event.environment, 'environment', 'an environment'));
  const workload = check(parseWorkloadRef(event.workload, 'workload'));
  const image = check(parseImageReference(event.image, 'image'));
  const at =
    event.at === undefined
      ? deps.clock().toISOString()
      : check(parseEvidenceInstant(event.at, 'at', deps.clock()));
  if (event.commit !== undefined && !COMMIT.test(event.commit)) {
    issues.push({
      code: 'COMMIT_INVALID',
      path: 'commit',
      message: `${quoteValue(event.commit)} is not a commit; expected 7-64 hex digits`,
    });
  }
  for (const [path, value, max] of [
    ['pipelineRun', event.pipelineRun, 2048],
    ['actor', event.actor, 256],
  ] as const) {
    if (value !== undefined && (value.trim() === '' || value.length > max)) {
      issues.push({
        code: 'FIELD_INVALID',
        path,
        message: `${quoteValue(value)}: expected 1-${max} characters`,
      });
    }
  }
  if (issues.length > 0 || !environment || !workload || !image || !at) throw new InputError(issues);
  const digest = image.digest ?? (await resolveTag(deps.tags, image));
  const commit = event.commit?.toLowerCase();
  // A pipeline run deploys an artifact to a workload once: with a run, its retries are the same event;
  // without one, the time tells events apart.
  const identity = [
    'v1',
    environment,
    workload.namespace,
    workload.name,
    digest,
    commit ?? '',
    event.pipelineRun ?? '',
    event.pipelineRun ? '' : at,
  ];
  const result = await deps.store.recordPipelineDeployment({
    environment,
    createEnvironment: event.createEnvironment === true,
    workload,
    image: { ...image, digest },
    at,
    ...(commit ? { commit } : {}),
    ...(event.pipelineRun ? { pipelineRun: event.pipelineRun } : {}),
    ...(event.actor ? { actor: event.actor } : {}),
    eventKey: `pipeline:${createHash('sha256').update(JSON.stringify(identity)).digest('hex')}`,
  });
  if ('refused' in result) throw new InputError([result.refused]);
  return { ...result, workload: formatWorkloadRef(workload) };
}

async function resolveTag(tags: TagResolver | undefined, image: ImageReference): Promise<string> {
  if (!tags) {
    throw new InputError([
      {
        code: 'DIGEST_MISSING',
        path: 'image',
        message: `${quoteValue(image.repository)} names no digest; expected repository@sha256:<64 hex>`,
      },
    ]);
  }
  return tags.resolveDigest(image);
}
