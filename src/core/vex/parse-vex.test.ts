import { describe, expect, it } from 'vitest';
import { detectVexFormat, parseVex, parseVexText } from './parse-vex.js';

describe('detectVexFormat', () => {
  it.each([
    [{ '@context': 'https://openvex.dev/ns/v0.2.0', statements: [] }, 'openvex'],
    [{ '@context': '', '@id': 'x', statements: [] }, 'openvex'],
    [{ bomFormat: 'CycloneDX', specVersion: '1.6' }, 'cyclonedx'],
    [{ document: { csaf_version: '2.0', category: 'csaf_vex' } }, 'csaf'],
    [{ spdxVersion: 'SPDX-2.3' }, undefined],
    [{ statements: [] }, undefined],
    [{ bomFormat: 'cyclonedx' }, undefined],
    [{ document: { category: 'csaf_vex' } }, undefined],
    [[], undefined],
    ['{}', undefined],
    [null, undefined],
  ])('%j → %s', (json, format) => {
    expect(detectVexFormat(json)).toBe(format);
  });
});

describe('parseVexText', () => {
  it('reads JSON with a byte-order mark', () => {
    const r = parseVexText('\uFEFF{"@context":"https://openvex.dev/ns","@id":"d","statements":[]}');
    expect(r).toMatchObject({ ok: true, value: { format: 'openvex', id: 'd', statements: [] } });
  });

  it.each([
    ['not json at all', 'VEX_NOT_JSON', /^not JSON \(.*\); expected a VEX document in JSON$/],
    ['{"a":', 'VEX_NOT_JSON', /not JSON/],
    [
      '{"spdxVersion":"SPDX-2.3","name":"x"}',
      'VEX_FORMAT_UNKNOWN',
      /keys "spdxVersion, name" is not VEX; expected OpenVEX/,
    ],
    ['[1,2]', 'VEX_FORMAT_UNKNOWN', /^\[1,2\] is not VEX/],
    ['"text"', 'VEX_FORMAT_UNKNOWN', /^"text" is not VEX/],
  ])('refuses %j with %s', (text, code, message) => {
    const r = parseVexText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe(code);
    expect(r.issues[0]?.message).toMatch(message);
  });

  it('dispatches to the parser of the detected format', () => {
    const csaf = parseVex({ document: { csaf_version: '2.0' } });
    expect(csaf.ok).toBe(false);
    if (!csaf.ok) expect(csaf.issues[0]?.path).toMatch(/^document\./);
  });
});
