import { openVigil, type Vigil } from '../wiring/index.js';
import type { Cli } from './cli-context.js';

/** Opens Vigil on the configured store (embedded by default), runs `work`, and always closes it. */
export async function withVigil<T>(cli: Cli, work: (vigil: Vigil) => Promise<T>): Promise<T> {
  const vigil = await openVigil(cli.config);
  try {
    return await work(vigil);
  } finally {
    await vigil.close();
  }
}
