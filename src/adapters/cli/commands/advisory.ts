import type { Command } from 'commander';
import type { VulnerabilityView } from '../../../app/feeds/index.js';
import {
  type Cli,
  type CliStreams,
  printRows,
  type RegisterCommands,
  withArguments,
} from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

export const registerAdvisoryCommands: RegisterCommands = (program: Command, io: Cli) => {
  const advisory = program
    .command('advisory')
    .description('advisories: OSV records enriched with KEV and EPSS');

  advisory
    .command('show')
    .description(
      'a vulnerability by any of its ids (CVE, GHSA, PYSEC, distro ids…): summary, severity, ranges, KEV, EPSS',
    )
    .argument('<id>', 'an advisory id or alias')
    .option('--json', 'print it as JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const view = await withVigil(io, (vigil) => vigil.feeds.showAdvisory(id));
      if (opts.json) io.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
      else printVulnerability(io, view);
    });

  advisory
    .command('query')
    .description(
      'the advisories that affect exactly this package version, with the range that matched and the fix',
    )
    .argument(
      '<purl>',
      'a package URL with a version, e.g. pkg:pypi/jinja2@3.1.2 or pkg:deb/debian/openssl@3.0.11-1?distro=debian-12',
    )
    .option('--json', 'print a JSON array (one element per vulnerability)')
    .action(async (purl: string, opts: { json?: boolean }) => {
      const result = await withArguments({ purl: 'PURL' }, () =>
        withVigil(io, (vigil) => vigil.feeds.queryAdvisories(purl)),
      );
      if (opts.json) io.stdout.write(`${JSON.stringify(result.vulnerabilities, null, 2)}\n`);
      else {
        const p = result.package;
        io.stdout.write(
          `${result.purl}: ${p.ecosystem}${p.release ? `:${p.release}` : ''} ${p.name} ${p.version}, ` +
            `${result.vulnerabilities.length} vulnerabilit${result.vulnerabilities.length === 1 ? 'y' : 'ies'}\n`,
        );
        const rows = result.vulnerabilities.flatMap((v) =>
          v.advisories.map((a) => ({
            vulnerability: v.vulnerabilityId,
            advisory: a.id,
            range: `${a.ecosystem} ${a.range}`,
            fixed: a.fixed.join(' ') || '(none)',
            ids: v.ids.join(' '),
          })),
        );
        if (rows.length > 0)
          printRows(io, rows, { columns: ['vulnerability', 'advisory', 'range', 'fixed', 'ids'] });
      }
      for (const u of result.undetermined) io.stderr.write(`undetermined: ${u.id}: ${u.reason}\n`);
    });
};

function printVulnerability(io: CliStreams, v: VulnerabilityView): void {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  out(`${v.vulnerabilityId}  (${v.ids.length} id${v.ids.length === 1 ? '' : 's'}: ${v.ids.join(', ')})`);
  if (v.kev.length === 0) out('KEV: not listed');
  for (const k of v.kev)
    out(
      `KEV: ${k.cveId} ${k.removedIn ? `removed in catalog ${k.removedIn}` : 'listed'}, added ${k.entry.dateAdded}` +
        `${k.firstDateAdded !== k.entry.dateAdded ? ` (first added ${k.firstDateAdded})` : ''}, due ${k.entry.dueDate}, ` +
        `ransomware: ${k.entry.knownRansomwareCampaignUse ?? 'Unknown'}; ${k.entry.requiredAction}`,
    );
  if (v.epss.length === 0) out('EPSS: no score');
  for (const e of v.epss)
    out(`EPSS: ${e.cveId} ${e.epss} (percentile ${e.percentile}) on ${e.scoreDate}, model ${e.modelVersion}`);
  for (const a of v.advisories) {
    out('');
    out(
      `${a.id}  modified ${a.modified}${a.published ? `  published ${a.published}` : ''}${a.withdrawn ? `  WITHDRAWN ${a.withdrawn}` : ''}`,
    );
    if (a.summary) out(`  ${a.summary}`);
    for (const s of a.severity) out(`  severity: ${s.type} ${s.score}`);
    for (const x of a.affected) {
      const versions = x.versions > 0 ? ` (${x.versions} versions listed)` : '';
      out(`  affected: ${x.ecosystem} ${x.name}${versions}`);
      for (const r of x.ranges) out(`    ${r}`);
    }
  }
}
