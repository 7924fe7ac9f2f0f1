import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { PERMISSIONS } from '../../../app/auth/index.js';
import { inputError } from '../../../core/input/index.js';
import { type Cli, printRows, type RegisterCommands } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

/** Who the audit log says acted, for commands run at this machine. */
const cliActor = (): string => {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
};

/** `vigil token create|list|revoke` and `vigil audit list`. */
export const registerTokenCommands: RegisterCommands = (program: Command, io: Cli) => {
  const token = program
    .command('token')
    .description('API tokens for `vigil serve` (stored hashed, shown once)');

  token
    .command('create')
    .description('create a token; it is printed this once and never stored in clear')
    .requiredOption('--team <name>', 'the team it acts for')
    .requiredOption('--scope <permissions...>', `what it may do: ${PERMISSIONS.join(', ')}`)
    .option('--name <name>', 'a name to tell it apart (default: the team and the date)')
    .option('--expires <when>', 'RFC 3339, or a duration from now: 30d, 12h, 90m (default: never)')
    .option('--json', 'print the token and its record as JSON')
    .action(
      async (opts: { team: string; scope: string[]; name?: string; expires?: string; json?: boolean }) => {
        const created = await withVigil(io, (vigil) =>
          vigil.auth.createToken(
            {
              team: opts.team,
              scopes: opts.scope.flatMap((s) => s.split(',')).filter((s) => s !== ''),
              name: opts.name ?? `${opts.team}-${new Date().toISOString().slice(0, 10)}`,
              expires: opts.expires,
            },
            cliActor(),
          ),
        );
        if (opts.json) {
          io.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
          return;
        }
        io.stdout.write(`${created.token}\n`);
        io.stderr.write(
          `token ${created.id} (${created.name}, team ${created.team}, scopes ${created.scopes.join(' ')}${created.expiresAt ? `, expires ${created.expiresAt}` : ''}): shown this once; send it as "Authorization: Bearer <token>"\n`,
        );
      },
    );

  token
    .command('list')
    .description(
      'the tokens: id, name, team, scopes, prefix, created, expires, revoked, last used (never the secret)',
    )
    .option('--json', 'print a JSON array')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withVigil(io, (vigil) => vigil.auth.listTokens());
      printRows(
        io,
        rows.map((r) => (opts.json ? { ...r } : { ...r, scopes: r.scopes.join(' ') })),
        {
          json: opts.json,
          columns: [
            'id',
            'name',
            'team',
            'scopes',
            'prefix',
            'createdAt',
            'expiresAt',
            'revokedAt',
            'lastUsedAt',
          ],
        },
      );
    });

  token
    .command('revoke')
    .description('revoke a token: every request with it is refused from now on')
    .argument('<id>', 'the id `vigil token list` shows')
    .action(async (id: string) => {
      if (!/^\d+$/.test(id))
        throw inputError('OPTION_INVALID', 'ID', `${JSON.stringify(id)} is not a token id`);
      await withVigil(io, (vigil) => vigil.auth.revokeToken(Number(id), cliActor()));
      io.stdout.write(`revoked token ${id}\n`);
    });

  const team = program.command('team').description('teams: which environments a team token sees and changes');
  team
    .command('assign')
    .description('give an environment to a team (its tokens see and change it; admins see all)')
    .argument('<environment>', 'an environment of the twin')
    .argument('<team>', 'the team')
    .action(async (environment: string, owner: string) => {
      await withVigil(io, (vigil) => vigil.auth.assignEnvironment(environment, owner, cliActor()));
      io.stdout.write(`environment ${environment} now belongs to team ${owner}\n`);
    });
  team
    .command('unassign')
    .description('take an environment from its team: only admins see it then')
    .argument('<environment>', 'an environment of the twin')
    .action(async (environment: string) => {
      await withVigil(io, (vigil) => vigil.auth.assignEnvironment(environment, null, cliActor()));
      io.stdout.write(`environment ${environment} now belongs to no team (admins only)\n`);
    });

  program
    .command('audit')
    .description('the audit log: who changed what, and when')
    .command('list')
    .description('newest first')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print a JSON array')
    .action(async (opts: { limit: string; json?: boolean }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
        throw inputError(
          'OPTION_INVALID',
          '--limit',
          `${JSON.stringify(opts.limit)} is not a whole number 1-10000`,
        );
      const rows = await withVigil(io, (vigil) => vigil.auth.listAudit(limit));
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: ['id', 'at', 'actor', 'action', 'target', 'detail'],
      });
    });
};
