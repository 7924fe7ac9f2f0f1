import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FOREIGN_LOCK_STALE_MS, lockFolder, StoreLockedError } from './folder-lock.js';

const folders: string[] = [];
const folderWithLock = (content: string, ageMs = 0): string => {
  const folder = mkdtempSync(join(tmpdir(), 'vigil-lock-'));
  folders.push(folder);
  const path = join(folder, 'vigil.lock');
  writeFileSync(path, content);
  const t = new Date(Date.now() - ageMs);
  utimesSync(path, t, t);
  return folder;
};
const holder = (fields: Record<string, unknown>) =>
  JSON.stringify({ host: hostname(), since: '2026-12-01T00:00:00Z', ...fields });
const startOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};

afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe('the embedded store folder lock', () => {
  it('refuses while a live process on this host holds it, and says how to recover', () => {
    const folder = folderWithLock(holder({ pid: process.ppid, started: startOf(process.ppid) }));
    expect(() => lockFolder(folder)).toThrow(StoreLockedError);
    expect(() => lockFolder(folder)).toThrow(
      new RegExp(
        `in use by another Vigil process \\(pid ${process.ppid} .*If no Vigil process uses this folder any more, remove ${folder}/vigil\\.lock`,
      ),
    );
  });

  it('takes over a lock whose pid now runs another process (a reused pid, e.g. pid 1 of a restarted container)', async () => {
    const child = spawn('sleep', ['30']);
    try {
      await new Promise((r) => child.once('spawn', r));
      const pid = child.pid as number;
      // the pid is alive, but the process that wrote the lock started at another time
      const folder = folderWithLock(holder({ pid, started: String(Number(startOf(pid)) - 1) }));
      lockFolder(folder).release();
      // the same pid with its real start is the holder: refused
      const held = folderWithLock(holder({ pid, started: startOf(pid) }));
      expect(() => lockFolder(held)).toThrow(StoreLockedError);
    } finally {
      child.kill();
    }
  });

  it('takes over a lock file nobody can read once it is older than a write takes', () => {
    expect(() => lockFolder(folderWithLock('{"pi'))).toThrow(/its lock file is being written.*remove/);
    lockFolder(folderWithLock('garbage \u0000', 60_000)).release();
    lockFolder(folderWithLock('{"pid": -5}', 60_000)).release();
  });

  it("takes another host's lock only when it has not been renewed for a while", () => {
    const foreign = holder({ pid: 1, host: 'container-4f2a' });
    expect(() => lockFolder(folderWithLock(foreign))).toThrow(
      /pid 1 on container-4f2a .*taken over by itself once/,
    );
    lockFolder(folderWithLock(foreign, FOREIGN_LOCK_STALE_MS + 10_000)).release();
  });

  it('writes its pid and start time, and this very process counts as a live holder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vigil-lock-'));
    folders.push(folder);
    const lock = lockFolder(folder);
    try {
      const written = JSON.parse(readFileSync(join(folder, 'vigil.lock'), 'utf8')) as {
        pid: number;
        started: string;
      };
      expect(written).toMatchObject({ pid: process.pid, started: startOf(process.pid) });
      expect(() => lockFolder(folder)).toThrow(StoreLockedError); // this very process: in use
    } finally {
      lock.release();
    }
    lockFolder(folder).release(); // released: free again
  });
});
