import { ingestRegistrySboms } from '../../../app/evidence/ingest-registry-sboms.js';
import { InputError } from '../../../core/input/index.js';
import { createRegistryAccess } from '../../registry/registry-access.js';
import { credentialLookup } from '../../registry/registry-credentials.js';
import { ingestSbomBytes } from '../../sbom-ingest/ingest-sbom-bytes.js';
import { type CliIo, EXIT, ExitSignal, printRows, type RegisterCommands } from '../cli-context.js';
import { withDatabase } from '../with-database.js';

/** Options shared by the commands that reach a registry. */
export interface RegistryFlags {
  username?: string;
  password?: string;
  plainHttp?: boolean;
  timeout?: string;
}

/** The registry access the flags and environment describe. @throws InputError for a bad `--timeout`. */
export function registryAccessFor(io: CliIo, flags: RegistryFlags) {
  const seconds = Number(flags.timeout ?? '30');
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new InputError([
      {
        code: 'OPTION_INVALID',
        path: '--timeout',
        message: `"${flags.timeout}" is not a number of seconds between 0 and 3600`,
      },
    ]);
  }
  return createRegistryAccess({
    credentials: credentialLookup({
      env: io.env,
      ...(flags.username !== undefined ? { username: flags.username } : {}),
      ...(flags.password !== undefined ? { password: flags.password } : {}),
    }),
    timeoutMs: seconds * 1000,
    plainHttp: flags.plainHttp === true,
  });
}

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
    .action(async (image: string, opts: RegistryFlags & { json?: boolean }) => {
      const access = registryAccessFor(io, opts);
      const outcome = await withDatabase(io, (db) =>
        ingestRegistrySboms(
          {
            registry: access.sboms,
            sboms: { ingest: (input) => ingestSbomBytes(db, input) },
          },
          image,
        ),
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
