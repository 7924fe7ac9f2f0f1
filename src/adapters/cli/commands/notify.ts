import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { NOTIFY_CHANNELS, NOTIFY_KINDS } from '../../../app/notify/index.js';
import { inputError } from '../../../core/input/index.js';
import {
  type Cli,
  EXIT,
  ExitSignal,
  printRows,
  type RegisterCommands,
  withArguments,
} from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface SubscribeOptions {
  channel?: string;
  url?: string;
  secret?: string;
  team?: string;
  env?: string;
  minDecision?: string;
  kevOnly?: boolean;
  package?: string;
  advisory?: string;
  kind: string[];
  digest?: string;
  json?: boolean;
}

/** `vigil notify subscribe|list|remove|deliveries|replay|dispatch` (ADR 083). */
export const registerNotifyCommands: RegisterCommands = (program: Command, io: Cli) => {
  const notify = program
    .command('notify')
    .description(
      'notifications: who hears about new exposures, remediations, KEV additions, SLA breaches and stale feeds',
    );

  notify
    .command('subscribe')
    .description('send matching events to a webhook (Standard Webhooks, signed), Slack or Alertmanager')
    .argument('<name>', 'a name for the subscription')
    .requiredOption(
      '--url <url>',
      'where to POST (checked after DNS: private addresses need VIGIL_NOTIFY_ALLOW)',
    )
    .option('--channel <channel>', `${NOTIFY_CHANNELS.join(' | ')} (default webhook)`)
    .option('--secret <whsec>', 'webhook: the signing secret (default: a new one, printed once)')
    .option('--team <team>', 'only environments of this team')
    .option('--env <name>', 'only this environment')
    .option(
      '--min-decision <decision>',
      'only events at this decision or more urgent (Act, Attend, Track*, Track)',
    )
    .option('--kev-only', 'only vulnerabilities in CISA KEV')
    .option('--package <purl>', 'only this package (pkg:npm/lodash)')
    .option('--advisory <id>', 'only this vulnerability, by any id')
    .option('--kind <kind>', `only these kinds (repeatable): ${NOTIFY_KINDS.join(', ')}`, collect, [])
    .option('--digest <minutes>', 'one message per this many minutes instead of one per event')
    .option('--json', 'print the subscription as JSON')
    .action(async (name: string, opts: SubscribeOptions) => {
      const created = await withVigil(io, (vigil) =>
        withArguments({ name: 'NAME' }, () =>
          vigil.notify.subscribe(
            {
              name,
              channel: opts.channel,
              url: opts.url,
              secret: opts.secret,
              team: opts.team,
              environment: opts.env,
              minDecision: opts.minDecision,
              kevOnly: opts.kevOnly,
              package: opts.package,
              advisory: opts.advisory,
              kinds: opts.kind,
              digestMinutes: opts.digest,
            },
            `cli:${userInfo().username}`,
          ),
        ),
      );
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
        return;
      }
      io.stdout.write(`#${created.id} ${created.name}: ${created.channel} → ${created.url}\n`);
      if (created.secret) io.stdout.write(`signing secret (shown once): ${created.secret}\n`);
    });

  notify
    .command('list')
    .description('the subscriptions (never their secrets)')
    .option('--json', 'print a JSON array')
    .action(async (opts: { json?: boolean }) => {
      const list = await withVigil(io, (vigil) => vigil.notify.list());
      printRows(
        io,
        opts.json
          ? (list as unknown as Record<string, unknown>[])
          : list.map((s) => ({
              ...s,
              filters: [
                s.team && `team ${s.team}`,
                s.environment && `env ${s.environment}`,
                s.minDecision && `≥ ${s.minDecision}`,
                s.kevOnly && 'KEV',
                s.package,
                s.advisory,
                s.digestMinutes && `digest ${s.digestMinutes} min`,
              ]
                .filter(Boolean)
                .join(', '),
            })),
        { json: opts.json, columns: ['id', 'name', 'channel', 'url', 'filters', 'createdBy'] },
      );
    });

  notify
    .command('remove')
    .description('delete a subscription (its pending deliveries go with it)')
    .argument('<id>', 'the subscription (vigil notify list)')
    .action(async (id: string) => {
      const n = Number(id);
      if (!Number.isSafeInteger(n) || n <= 0)
        throw inputError('OPTION_INVALID', 'ID', `"${id}" is not a subscription id`);
      if (!(await withVigil(io, (vigil) => vigil.notify.remove(n)))) {
        io.stderr.write(`error: no subscription has the id ${n}\n`);
        throw new ExitSignal(EXIT.failure);
      }
      io.stdout.write(`removed #${n}\n`);
    });

  notify
    .command('deliveries')
    .description('the latest deliveries: pending (with the next try), delivered, dead (with the last error)')
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--json', 'print a JSON array')
    .action(async (opts: { limit?: string; json?: boolean }) => {
      const limit = Number(opts.limit ?? '50');
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > 10_000)
        throw inputError(
          'OPTION_INVALID',
          'limit',
          `"${opts.limit}" is not a whole number between 1 and 10000`,
        );
      const rows = await withVigil(io, (vigil) => vigil.notify.deliveries(limit));
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: [
          'createdAt',
          'eventId',
          'subscription',
          'kind',
          'vulnerability',
          'environment',
          'state',
          'attempts',
          'lastError',
        ],
      });
    });

  notify
    .command('replay')
    .description(
      'send dead deliveries again (or, with --all, every delivery), optionally only events since a time',
    )
    .option('--since <time>', 'only events created at or after this time')
    .option('--all', 'delivered ones too, not only dead ones')
    .action(async (opts: { since?: string; all?: boolean }) => {
      const n = await withVigil(io, (vigil) =>
        vigil.notify.replay({ all: opts.all === true, ...(opts.since ? { since: opts.since } : {}) }),
      );
      io.stdout.write(`${n} deliveries queued again\n`);
    });

  notify
    .command('dispatch')
    .description('send due notifications: once, or until stopped (serve does this by itself)')
    .option('--once', 'one round, then exit')
    .option('--every <seconds>', 'seconds between rounds (default 1)')
    .action(async (opts: { once?: boolean; every?: string }) => {
      const every = Number(opts.every ?? '1');
      if (!Number.isFinite(every) || every <= 0 || every > 3600)
        throw inputError(
          'OPTION_INVALID',
          '--every',
          `"${opts.every}" is not a number of seconds between 0 and 3600`,
        );
      const lease = Number(io.config.processEnv.VIGIL_NOTIFY_LEASE_SECONDS ?? '60');
      await withVigil(io, async (vigil) => {
        const round = async () => {
          const r = await vigil.notify.dispatch({
            leaseMs: (Number.isFinite(lease) && lease > 0 ? lease : 60) * 1000,
          });
          if (r.sent + r.failed > 0) io.stderr.write(`sent ${r.sent}, failed ${r.failed} (dead ${r.dead})\n`);
        };
        if (opts.once) return round();
        let stop = false;
        const end = () => {
          stop = true;
        };
        process.once('SIGTERM', end);
        process.once('SIGINT', end);
        while (!stop) {
          await round();
          await new Promise((r) => setTimeout(r, every * 1000));
        }
      });
    });
};
