import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Raised when another live process holds the embedded store's folder. */
export class StoreLockedError extends Error {
  readonly code = 'STORE_LOCKED';
}

export interface FolderLock {
  release(): void;
}

/**
 * Takes an exclusive lock on a folder with an O_EXCL lock file holding our pid.
 * PGlite does not lock its data folder and a second process corrupts it silently, so we must;
 * a lock left by a process that no longer runs (on this host) is taken over.
 */
export function lockFolder(folder: string): FolderLock {
  const path = join(folder, 'vigil.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder && holder.host === hostname() && !isAlive(holder.pid)) {
        try {
          unlinkSync(path);
        } catch {
          // another process took it over first; try again
        }
        continue;
      }
      const serve = holder ? readServe(join(folder, 'serve.json'), holder.pid) : undefined;
      if (serve)
        throw new StoreLockedError(
          `the embedded store in ${folder} is held by \`vigil serve\` at ${serve} (pid ${holder?.pid}); ` +
            `ask it over HTTP (${serve}/api/v1/exposures, ${serve}/api/v1/openapi.json), stop it, or use PostgreSQL (VIGIL_DATABASE_URL) to run both`,
        );
      throw new StoreLockedError(
        `the embedded store in ${folder} is in use by another Vigil process` +
          (holder ? ` (pid ${holder.pid} on ${holder.host} since ${holder.since})` : '') +
          '; stop it, or use PostgreSQL (VIGIL_DATABASE_URL) for several processes',
      );
    }
  }
  throw new StoreLockedError(`could not lock ${folder}`);
}

function readHolder(path: string): { pid: number; host: string; since: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as {
      pid?: unknown;
      host?: unknown;
      since?: unknown;
    };
    if (typeof parsed.pid !== 'number') return undefined;
    return { pid: parsed.pid, host: String(parsed.host ?? ''), since: String(parsed.since ?? '') };
  } catch {
    return undefined;
  }
}

/** The URL `vigil serve` announced in the folder, when that serve is the lock's holder. */
function readServe(path: string, pid: number): string | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { url?: unknown; pid?: unknown };
    return parsed.pid === pid && typeof parsed.url === 'string' ? parsed.url : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
