import { type RegistryOptions, registryAccess } from '../../wiring/index.js';
import { EXIT, ExitSignal, printRows, type RegisterCommands, withArguments } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

export const registerRegistryCommands: RegisterCommands = (program, io) => {
  const registry = program
    .command('registry')
    .description('OCI registries: tags, digests and attached SBOMs');

  registry
    .command('sbom')
    .description(
      'find the SBOMs attached to an image (referrers API, referrers tag, cosign .att/.sbom) and ingest them',
    )
    .argument('<image>', 'registry/repository[:tag][@sha256:…]')
    .option('--username <name>', 'registry user (or VIGIL_REGISTRY_USERNAME, or docker login)')
    .option('--password <secret>', 'registry password or token (or VIGIL_REGISTRY_PASSWORD)')
    .option('--plain-http', 'use HTTP instead of HTTPS (loopback registries always do)')
    .option('--timeout <seconds>', 'per request', '30')
    .option('--json', 'print the outcome as JSON')
    .action(async (image: string, opts: RegistryOptions & { json?: boolean }) => {
      registryAccess(io.config, opts); // a bad --timeout is refused before the store is opened
      const outcome = await withArguments({ image: 'IMAGE' }, () =>
        withVigil(io, (vigil) => vigil.sbom.fromRegistry(image, opts)),
      );
      if (opts.json) io.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
      else {
        io.stdout.write(
          `${outcome.image}@${outcome.digest}: ${outcome.results.length} SBOMs found ` +
            `(${outcome.referrersApi ? 'referrers API' : 'no referrers API: tag schema'}, cosign tags)\n`,
        );
        printRows(
          io,
          outcome.results.map((r) => ({
            ...r,
            sbom: r.sbomId ?? '',
            problem: r.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') ?? '',
          })),
          { columns: ['via', 'fileName', 'status', 'sbom', 'problem'] },
        );
        for (const s of outcome.skipped) io.stderr.write(`skipped: ${s}\n`);
      }
      if (outcome.results.some((r) => r.status === 'refused')) throw new ExitSignal(EXIT.badInput);
    });
};
