import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../core/input/index.js';
import { feedSyncRequest } from './feed-sources.js';
import { maxSbomBytes } from './open-vigil.js';
import { readVigilConfig } from './vigil-config.js';

describe('readVigilConfig: the environment, read once', () => {
  it('defaults to the embedded store in ~/.vigil and the shipped risk config', () => {
    const c = readVigilConfig({}, '/work');
    expect(c.store).toEqual({ kind: 'embedded', home: join(homedir(), '.vigil') });
    expect(c.riskConfigFile).toBeUndefined();
    expect(c).toMatchObject({ cwd: '/work', debug: false, syncLogBatches: false, feeds: {}, registry: {} });
  });

  it('takes PostgreSQL from VIGIL_DATABASE_URL over VIGIL_HOME, and treats empty values as unset', () => {
    expect(
      readVigilConfig({ VIGIL_DATABASE_URL: 'postgres://127.0.0.1/test', VIGIL_HOME: '/h' }, '/').store,
    ).toEqual({ kind: 'postgres', url: 'postgres://127.0.0.1/test', poolMax: 4 });
    expect(readVigilConfig({ VIGIL_DATABASE_URL: '', VIGIL_HOME: '/h' }, '/').store).toEqual({
      kind: 'embedded',
      home: '/h',
    });
  });

  it('keeps the name a setting came from, so a bad value is refused naming it, only when used', () => {
    const c = readVigilConfig({ VIGIL_MAX_SBOM_BYTES: 'lots', VIGIL_SYNC_BATCH_SIZE: '0' }, '/');
    const refusal = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return isInputError(error) ? error.issues.map((i) => `${i.path}: ${i.message}`) : error;
      }
      return 'accepted';
    };
    expect(refusal(() => maxSbomBytes(c))).toEqual([
      'VIGIL_MAX_SBOM_BYTES: "lots" is not a positive whole number of bytes',
    ]);
    expect(maxSbomBytes(c, '1024')).toBe(1024);
    expect(refusal(() => maxSbomBytes(c, '-1'))).toEqual([
      'maxBytes: "-1" is not a positive whole number of bytes',
    ]);
    expect(refusal(() => feedSyncRequest(c, {}))).toEqual([
      'VIGIL_SYNC_BATCH_SIZE: "0" is not a positive whole number',
    ]);
    // a KEV-only sync needs no OSV batch size: the bad setting does not get in its way
    expect(Object.keys(feedSyncRequest(c, { kev: 'https://example.org/kev.json' }))).toEqual(['kev']);
    const badKev = readVigilConfig({ VIGIL_KEV: '/nonexistent/kev.json' }, '/');
    expect(refusal(() => feedSyncRequest(badKev, {}))).toEqual([
      'VIGIL_KEV: "/nonexistent/kev.json" does not exist; expected a file, a mirror folder or an https URL',
    ]);
    expect(refusal(() => feedSyncRequest(badKev, { kev: 'nope.json' }))).toEqual([
      'kev: "nope.json" does not exist; expected a file, a mirror folder or an https URL',
    ]);
  });

  it('names a missing OSV mirror by the field or by the setting it came from', () => {
    const fromSetting = readVigilConfig({ VIGIL_OSV_MIRROR: '/nonexistent/mirror' }, '/');
    expect(() => feedSyncRequest(fromSetting, {})).toThrow(/"\/nonexistent\/mirror" is not a folder/);
    try {
      feedSyncRequest(fromSetting, { osvMirror: '/also/missing' });
    } catch (error) {
      expect(isInputError(error) && error.issues[0]?.path).toBe('osvMirror');
    }
  });
});
