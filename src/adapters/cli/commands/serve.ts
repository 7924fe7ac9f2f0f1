import type { Command } from 'commander';
import { inputError, quoteValue } from '../../../core/input/index.js';
import { startServe } from '../../serve/start-serve.js';
import type { Cli, RegisterCommands } from '../cli-context.js';
import { packageVersion } from '../package-version.js';

/** Options of `serve`; tests pass a signal that stops it (the default stops on SIGINT/SIGTERM). */
export interface ServeCommandOptions {
  readonly signal?: AbortSignal;
  /** Called once listening, with the URL actually bound (tests use a free port). */
  readonly onListening?: (url: string) => void;
}

export const createServeCommands =
  (options: ServeCommandOptions = {}): RegisterCommands =>
  (program: Command, io: Cli) => {
    program
      .command('serve')
      .description(
        'run Vigil continuously: the HTTP API (/api/v1, OpenAPI at /api/v1/openapi.json), /healthz, /readyz, /metrics, and the feed scheduler',
      )
      .option('--listen <host:port>', 'where to listen (port 0: a free one)', '127.0.0.1:7700')
      .option(
        '--feeds-every <minutes>',
        'sync OSV deltas this often (0: never; the API can still trigger a sync)',
        '15',
      )
      .option(
        '--kev-epss-every <minutes>',
        'sync KEV and EPSS when their last sync is older than this (they are published daily)',
        '1440',
      )
      .option(
        '--watch',
        'keep the twin current with live clusters (list, then watch), in the leading process',
      )
      .option(
        '--kubeconfig <file>',
        'for --watch: the kubeconfig (default: $KUBECONFIG, ~/.kube/config, or in-cluster)',
      )
      .option(
        '--context <names...>',
        'for --watch: the contexts to watch, one cluster each (default: the current one)',
      )
      .option('--env <name>', 'for --watch: the environment of clusters new to the twin')
      .option(
        '--log-level <level>',
        'JSON logs on stdout at this level: trace, debug, info, warn, error, silent',
        'info',
      )
      .action(
        async (opts: {
          listen: string;
          feedsEvery: string;
          kevEpssEvery: string;
          logLevel: string;
          watch?: boolean;
          kubeconfig?: string;
          context?: string[];
          env?: string;
        }) => {
          const minutes = minutesOf(opts.feedsEvery, '--feeds-every');
          const daily = minutesOf(opts.kevEpssEvery, '--kev-epss-every');
          const serve = await startServe(io.config, {
            listen: opts.listen,
            feedsEveryMs: Math.round(minutes * 60_000),
            dailyEveryMs: Math.round(daily * 60_000),
            ...(opts.watch || opts.kubeconfig || opts.context
              ? {
                  watch: { kubeconfig: opts.kubeconfig, contexts: opts.context ?? [], environment: opts.env },
                }
              : {}),
            version: packageVersion(),
            logger: {
              level: opts.logLevel,
              stream: { write: (line: string) => io.stdout.write(line) },
              // Never log a secret: registry and API credentials travel in these headers.
              redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
            },
          });
          io.stderr.write(`vigil serve: listening on ${serve.url} (store: ${io.config.store.kind})\n`);
          if (serve.openAccess)
            io.stderr.write(
              'vigil serve: no API token exists, so the API is open to this machine only; the first token (`vigil token create --team admins --scope admin`, or POST /api/v1/tokens) makes every request need one\n',
            );
          options.onListening?.(serve.url);
          await stopped(options.signal);
          io.stderr.write('vigil serve: stopping (in-flight requests finish)\n');
          // A second signal while stopping must not kill the process half-way (the store would be left open).
          const patience = () => io.stderr.write('vigil serve: already stopping\n');
          if (!options.signal) {
            process.on('SIGINT', patience);
            process.on('SIGTERM', patience);
          }
          try {
            await serve.close();
          } finally {
            process.off('SIGINT', patience);
            process.off('SIGTERM', patience);
          }
          io.stderr.write('vigil serve: stopped\n');
        },
      );
  };

/** A number of minutes (fractions allowed, 0 allowed). @throws InputError naming the flag. */
function minutesOf(text: string, flag: string): number {
  const minutes = Number(text);
  if (text.trim() === '' || !Number.isFinite(minutes) || minutes < 0)
    throw inputError('OPTION_INVALID', flag, `${quoteValue(text)} is not a number of minutes (0: never)`);
  return minutes;
}

/** Resolves when `signal` aborts, or on the first SIGINT or SIGTERM. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const registerServeCommands: RegisterCommands = createServeCommands();
