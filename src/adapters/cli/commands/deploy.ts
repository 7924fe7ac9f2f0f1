import { type RegistryOptions, registryAccess } from '../../wiring/index.js';
import type { RegisterCommands } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

export const registerDeployCommands: RegisterCommands = (program, io) => {
  const deploy = program.command('deploy').description('pipeline deploy events');

  deploy
    .command('record')
    .description(
      'record that a pipeline deployed an image to a workload (the same event twice is one deployment)',
    )
    .requiredOption('--env <name>', 'the environment (refused when unknown, unless --create-env)')
    .requiredOption('--workload <namespace/name>', 'the workload: namespace/name, or name')
    .requiredOption('--image <ref>', 'registry/repository@sha256:<64 hex>, or a tag the registry resolves')
    .option('--commit <sha>', 'the commit deployed')
    .option('--pipeline-run <url>', 'the pipeline run (its retries are the same event)')
    .option('--actor <name>', 'who or what deployed')
    .option('--at <time>', 'when (RFC 3339; default now)')
    .option('--create-env', 'create the environment when it does not exist (tier inferred from its name)')
    .option(
      '--username <name>',
      'registry user, to resolve a tag (or VIGIL_REGISTRY_USERNAME, or docker login)',
    )
    .option('--password <secret>', 'registry password or token (or VIGIL_REGISTRY_PASSWORD)')
    .option('--plain-http', 'reach the registry over HTTP (loopback registries always are)')
    .option('--timeout <seconds>', 'registry timeout per request', '30')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        opts: RegistryOptions & {
          env: string;
          workload: string;
          image: string;
          commit?: string;
          pipelineRun?: string;
          actor?: string;
          at?: string;
          createEnv?: boolean;
          json?: boolean;
        },
      ) => {
        registryAccess(io.config, opts); // a bad --timeout is refused before the store is opened
        const result = await withVigil(io, (vigil) =>
          vigil.twin.recordDeployment(
            {
              environment: opts.env,
              workload: opts.workload,
              image: opts.image,
              ...(opts.commit ? { commit: opts.commit } : {}),
              ...(opts.pipelineRun ? { pipelineRun: opts.pipelineRun } : {}),
              ...(opts.actor ? { actor: opts.actor } : {}),
              ...(opts.at ? { at: opts.at } : {}),
              createEnvironment: opts.createEnv === true,
            },
            opts,
          ),
        );
        if (opts.json) {
          io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        if (result.createdEnvironment) {
          io.stdout.write(
            `created environment ${result.environment} (tier ${result.createdEnvironment.tier})\n`,
          );
        }
        const what = result.status === 'new' ? 'recorded' : 'unchanged (recorded before):';
        const until = result.endedAt ? ` until ${result.endedAt} (a later deployment replaced it)` : '';
        io.stdout.write(
          `${what} deployment ${result.deploymentId}: ${result.environment} ${result.workload} ran ${result.digest} from ${result.firstSeen}${until}\n`,
        );
      },
    );
};
