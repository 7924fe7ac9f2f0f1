import type { Subscription } from './events.js';
import type { NotifyRepository } from './ports.js';
import { checkSubscription, type SubscriptionRequest } from './subscriptions.js';

/**
 * A team managing its own subscriptions (a token with `notify:write` that is not admin). Absent: every
 * subscription (admin, the CLI).
 */
export interface SubscriptionOwner {
  readonly team: string;
  /** The environments the team owns: the only ones its subscriptions may name. */
  readonly environments: readonly string[];
  /** What the interface does with a subscription that is not the team's to make: throws (HTTP: 403). */
  readonly refuse: (why: string) => never;
}

type Deps = {
  readonly repo: Pick<NotifyRepository, 'subscriptions' | 'addSubscription' | 'removeSubscription'>;
  readonly now: () => Date;
};

/**
 * Checks and stores a subscription. A team's is its own team's (the team is filled in when not given) and names
 * only an environment of the team. @throws InputError on bad input; whatever `owner.refuse` throws otherwise.
 */
export async function subscribe(
  deps: Deps,
  request: SubscriptionRequest,
  who: { readonly actor: string; readonly owner?: SubscriptionOwner | undefined },
): Promise<Subscription> {
  const owner = who.owner;
  const checked = checkSubscription(owner ? { ...request, team: request.team ?? owner.team } : request, {
    actor: who.actor,
    now: deps.now().toISOString(),
  });
  if (owner && checked.team !== owner.team)
    owner.refuse(`a team subscribes for itself only (team ${owner.team}, not ${checked.team})`);
  if (owner && checked.environment !== undefined && !owner.environments.includes(checked.environment))
    owner.refuse(`the team ${owner.team} does not own the environment ${checked.environment}`);
  return deps.repo.addSubscription(checked);
}

/** The subscriptions (a team's own only), never their secrets. */
export async function listSubscriptions(
  deps: Pick<Deps, 'repo'>,
  owner?: Pick<SubscriptionOwner, 'team'>,
): Promise<Omit<Subscription, 'secret'>[]> {
  return (await deps.repo.subscriptions())
    .filter((s) => !owner || s.team === owner.team)
    .map(({ secret: _secret, ...s }) => s);
}

/** Deletes a subscription; false when none has the id — or, for a team, when it is another team's (no IDOR). */
export async function removeSubscription(
  deps: Pick<Deps, 'repo'>,
  id: number,
  owner?: Pick<SubscriptionOwner, 'team'>,
): Promise<boolean> {
  if (owner && !(await deps.repo.subscriptions()).some((s) => s.id === id && s.team === owner.team))
    return false;
  return deps.repo.removeSubscription(id);
}
