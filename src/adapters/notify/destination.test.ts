import { describe, expect, it } from 'vitest';
import { addressAllowed, checkDestination, DestinationRefused, parseAllowlist } from './destination.js';

describe('notification destinations (checked after DNS)', () => {
  it('refuses every non-public address, in IPv4 and IPv6 forms, and allows public unicast', () => {
    const refused = [
      '127.0.0.1',
      '127.1.2.3',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254', // cloud metadata
      '100.64.0.1', // carrier-grade NAT
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '::ffff:10.0.0.1',
    ];
    for (const a of refused) expect(addressAllowed(a, []), a).toBe(false);
    for (const a of ['93.184.215.14', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect(addressAllowed(a, []), a).toBe(true);
  });

  it('lets an explicit allowlist through, and nothing next to it', () => {
    const allow = parseAllowlist('127.0.0.1, 10.1.0.0/16');
    expect(allow).toEqual(['127.0.0.1/32', '10.1.0.0/16']);
    expect(addressAllowed('127.0.0.1', allow)).toBe(true);
    expect(addressAllowed('::ffff:127.0.0.1', allow)).toBe(true);
    expect(addressAllowed('127.0.0.2', allow)).toBe(false);
    expect(addressAllowed('10.1.200.3', allow)).toBe(true);
    expect(addressAllowed('10.2.0.1', allow)).toBe(false);
    expect(() => parseAllowlist('localhost')).toThrow();
    expect(() => parseAllowlist('10.0.0.0/99')).toThrow();
  });

  it('checks every address a name resolves to, and connects to the one it checked', async () => {
    const resolver = (map: Record<string, string[]>) => async (host: string) =>
      (map[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    const dns = resolver({
      'hooks.example.com': ['93.184.215.14'],
      'metadata.example.com': ['169.254.169.254'],
      'mixed.example.com': ['93.184.215.14', '10.0.0.7'],
      'v6.example.com': ['::1'],
    });
    const ok = await checkDestination('https://hooks.example.com/x', [], dns);
    expect(ok).toMatchObject({ address: '93.184.215.14', family: 4 });
    for (const url of [
      'http://metadata.example.com/latest/meta-data/',
      'https://mixed.example.com/',
      'https://v6.example.com/',
      'http://127.0.0.1:8080/',
      'http://[::1]/',
      'http://[::ffff:7f00:1]/',
      'http://2130706433/', // 127.0.0.1 as one number
      'http://0x7f.0.0.1/',
      'ftp://hooks.example.com/',
      'https://nowhere.example.com/',
    ])
      await expect(checkDestination(url, [], dns), url).rejects.toBeInstanceOf(DestinationRefused);
    await expect(checkDestination('http://127.0.0.1:8080/', ['127.0.0.1/32'], dns)).resolves.toMatchObject({
      address: '127.0.0.1',
    });
  });
});
