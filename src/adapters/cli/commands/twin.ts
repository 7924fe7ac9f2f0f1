import type { GapRow } from '../../../app/evidence/index.js';
import { type CliStreams, printRows, type RegisterCommands, withArguments } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

/** `sha256:0123456789ab`: enough to tell digests apart in a table; `--json` gives them whole. */
const short = (digest: string | null | undefined): string => (digest ? digest.slice(0, 19) : '');

export const registerTwinCommands: RegisterCommands = (program, io) => {
  const twin = program.command('twin').description('the deployment twin: what runs where, and since when');

  twin
    .command('show')
    .description(
      'what ran where at a time (default now): active deployments, and present workloads without one',
    )
    .option('--env <name>', 'only this environment')
    .option('--at <time>', 'RFC 3339 time, e.g. 2024-05-01T10:00:00Z')
    .option('--json', 'print a JSON array')
    .action(async (opts: { env?: string; at?: string; json?: boolean }) => {
      const rows = await withVigil(io, (vigil) =>
        vigil.twin.show({
          ...(opts.env ? { environment: opts.env } : {}),
          ...(opts.at ? { at: opts.at } : {}),
        }),
      );
      const table = opts.json
        ? rows
        : rows.map((r) => ({
            ...r,
            workload: r.namespace ? `${r.namespace}/${r.workload}` : r.workload,
            digest: short(r.digest) || '(unresolved)',
            internet: r.internetFacing ? 'yes' : '',
            since: r.firstSeen,
            sbom: r.sbom ? 'yes' : '',
          }));
      printRows(io, table, {
        json: opts.json,
        columns: [
          'environment',
          'cluster',
          'workload',
          'kind',
          'digest',
          'image',
          'source',
          'observed',
          'since',
          'internet',
          'sbom',
        ],
      });
    });

  twin
    .command('history')
    .description('what a workload ran over time, oldest first')
    .argument('<workload>', 'namespace/name (or name)')
    .option('--env <name>', 'only this environment')
    .option('--json', 'print a JSON array')
    .action(async (workload: string, opts: { env?: string; json?: boolean }) => {
      const rows = await withArguments({ workload: 'WORKLOAD' }, () =>
        withVigil(io, (vigil) =>
          vigil.twin.history({ workload, ...(opts.env ? { environment: opts.env } : {}) }),
        ),
      );
      printRows(
        io,
        opts.json ? rows : rows.map((r) => ({ ...r, digest: short(r.digest), ended: r.endedAt ?? '' })),
        {
          json: opts.json,
          columns: [
            'environment',
            'digest',
            'image',
            'source',
            'observed',
            'cluster',
            'firstSeen',
            'lastSeen',
            'ended',
            'commit',
            'actor',
          ],
        },
      );
    });

  twin
    .command('gaps')
    .description(
      'blind spots: SBOM coverage of running digests, images known by tag only, drift, SBOMs never seen running',
    )
    .option('--json', 'print a JSON array of findings, each with a kind')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withVigil(io, (vigil) => vigil.twin.gaps());
      if (opts.json) printRows(io, rows, { json: true });
      else printGaps(io, rows);
    });
};

const SECTIONS: readonly [GapRow['kind'], string, readonly string[]][] = [
  [
    'coverage',
    'SBOM coverage of running digests',
    ['environment', 'runningDigests', 'withSbom', 'coveragePercent'],
  ],
  ['no-sbom', 'Running digests without an SBOM', ['environment', 'digest', 'image', 'workloads']],
  [
    'unresolved-image',
    'Images known by tag only (no digest)',
    ['environment', 'workload', 'container', 'image'],
  ],
  [
    'drift',
    'Running digest differs from the last pipeline deployment',
    ['environment', 'workload', 'declared', 'observed', 'declaredAt'],
  ],
  ['sbom-not-running', 'SBOMs of artifacts never seen running', ['digest', 'name', 'sbomId', 'declared']],
];

function printGaps(io: CliStreams, rows: readonly GapRow[]): void {
  for (const [kind, title, columns] of SECTIONS) {
    const section = rows
      .filter((r) => r.kind === kind)
      .map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v])),
      );
    io.stdout.write(`${title}:\n`);
    printRows(io, section, { columns });
    io.stdout.write('\n');
  }
}
