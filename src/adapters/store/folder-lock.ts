import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Raised when another live process holds the embedded store's folder. */
export class StoreLockedError extends Error {
  readonly code = 'STORE_LOCKED';
}

export interface FolderLock {
  release(): void;
}

/** The holder renews the lock file's modification time this often. */
const HEARTBEAT_MS = 30_000;
/**
 * A lock of another host (a container sharing the folder) whose holder has not renewed it for this long is taken
 * for one whose process died: its pid cannot be asked from here.
 */
export const FOREIGN_LOCK_STALE_MS = 4 * HEARTBEAT_MS;
/** A lock file without a readable holder is being written for at most this long (O_EXCL create, then write). */
const UNREADABLE_GRACE_MS = 10_000;

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  /** The kernel's start time of the holding process (Linux), so that a reused pid is not taken for it. */
  readonly started?: string;
}

/**
 * Takes an exclusive lock on a folder with an O_EXCL lock file holding our pid, host and process start time.
 * PGlite does not lock its data folder and a second process corrupts it silently, so we must. A lock is taken
 * over when its holder is gone: on this host, a pid that does not run or runs another process (a reused pid, e.g.
 * pid 1 of a restarted container); from another host, a lock not renewed for `FOREIGN_LOCK_STALE_MS`; a lock
 * file nobody can read, once it is older than a write takes.
 */
export function lockFolder(folder: string, now: () => number = Date.now): FolderLock {
  const path = join(folder, 'vigil.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      const started = processStart(process.pid);
      writeSync(
        fd,
        JSON.stringify({
          pid: process.pid,
          host: hostname(),
          since: new Date().toISOString(),
          ...(started ? { started } : {}),
        }),
      );
      closeSync(fd);
      const beat = setInterval(() => {
        try {
          const t = new Date();
          utimesSync(path, t, t);
        } catch {
          // the folder went away: the next write fails and says so
        }
      }, HEARTBEAT_MS);
      beat.unref();
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        clearInterval(beat);
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
      if (isStale(path, holder, now())) {
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
          (holder
            ? ` (pid ${holder.pid} on ${holder.host} since ${holder.since})`
            : ' (its lock file is being written)') +
          '; stop it, or use PostgreSQL (VIGIL_DATABASE_URL) for several processes. ' +
          `If no Vigil process uses this folder any more, remove ${path}` +
          (holder && holder.host !== hostname()
            ? ` (a lock of another host is taken over by itself once it has not been renewed for ${FOREIGN_LOCK_STALE_MS / 60_000} minutes)`
            : ''),
      );
    }
  }
  throw new StoreLockedError(`could not lock ${folder}; if no Vigil process uses it, remove ${path}`);
}

function isStale(path: string, holder: Holder | undefined, at: number): boolean {
  let age: number;
  try {
    age = at - statSync(path).mtimeMs;
  } catch {
    return true; // gone meanwhile: try again
  }
  if (!holder) return age > UNREADABLE_GRACE_MS;
  if (holder.host !== hostname()) return age > FOREIGN_LOCK_STALE_MS;
  if (!isAlive(holder.pid)) return true;
  // alive: the holder, unless the pid now runs another process
  const started = processStart(holder.pid);
  return holder.started !== undefined && started !== undefined && started !== holder.started;
}

function readHolder(path: string): Holder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return undefined;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ''),
      since: String(parsed.since ?? ''),
      ...(typeof parsed.started === 'string' ? { started: parsed.started } : {}),
    };
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

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/PID/stat, after the parenthesised command
 * name, which may itself hold spaces and parentheses); undefined where there is no /proc.
 */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
