import { KubeConfig } from '@kubernetes/client-node';
import { InputError } from '../../core/input/index.js';

export interface KubeConnection {
  readonly config: KubeConfig;
  /** The current context's cluster name, made fit for a twin cluster name (`gke_p_z_n` → as is, `arn:…/x` → `arn-…-x`). */
  readonly clusterName: string;
}

/**
 * Loads the connection the way kubectl does: `--kubeconfig`, else `$KUBECONFIG` (merged), else
 * `~/.kube/config`, else the in-cluster service account; `--context` picks a context.
 * @throws InputError when no configuration is found, the file is unreadable, or the context is unknown.
 */
export function loadKubeConfig(opts: { kubeconfig?: string; context?: string }): KubeConnection {
  const config = new KubeConfig();
  try {
    if (opts.kubeconfig) config.loadFromFile(opts.kubeconfig);
    else config.loadFromDefault();
  } catch (error) {
    throw new InputError([
      {
        code: 'KUBECONFIG_INVALID',
        path: opts.kubeconfig ?? 'KUBECONFIG',
        message: `cannot load: ${(error as Error).message}`,
      },
    ]);
  }
  const fallback = config.getCurrentCluster();
  // loadFromDefault's last resort when it finds nothing: an unauthenticated localhost:8080
  if (!opts.kubeconfig && fallback?.name === 'cluster' && fallback.server === 'http://localhost:8080') {
    throw new InputError([
      {
        code: 'KUBECONFIG_MISSING',
        path: 'KUBECONFIG',
        message: 'no kubeconfig found; give --kubeconfig, set KUBECONFIG, or run inside a cluster',
      },
    ]);
  }
  if (opts.context) {
    const names = config.getContexts().map((c) => c.name);
    if (!names.includes(opts.context)) {
      throw new InputError([
        {
          code: 'CONTEXT_UNKNOWN',
          path: 'context',
          message: `"${opts.context}" is not a context of the kubeconfig; expected one of ${names.join(', ') || '(none)'}`,
        },
      ]);
    }
    config.setCurrentContext(opts.context);
  }
  const cluster = config.getCurrentCluster();
  if (!cluster) {
    throw new InputError([
      {
        code: 'CONTEXT_UNKNOWN',
        path: 'context',
        message: 'the current context names no cluster; give --context',
      },
    ]);
  }
  const clusterName =
    cluster.name
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-._]+|[-._]+$/g, '')
      .slice(-63) || 'default';
  return { config, clusterName };
}
