import { describe, expect, it } from 'vitest';
import { parseEpssCsv } from './epss-csv.js';

const head = '#model_version:v2025.03.14,score_date:2025-08-25T00:00:00+0000\ncve,epss,percentile\n';

describe('parseEpssCsv', () => {
  it('reads the header and the rows, keeping the values as written', () => {
    const result = parseEpssCsv(
      `${head}CVE-1999-0001,0.01225,0.78501\nCVE-2024-12345,1.0,1.00000\n`,
      'epss.csv',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        modelVersion: 'v2025.03.14',
        scoreDate: '2025-08-25',
        cves: ['CVE-1999-0001', 'CVE-2024-12345'],
        epss: ['0.01225', '1.0'],
        percentiles: ['0.78501', '1.00000'],
      },
    });
  });

  it.each([
    ['no model line', 'cve,epss,percentile\nCVE-1-1,0.1,0.2\n', 'epss.csv: line 1'],
    [
      'no column line',
      '#model_version:v1,score_date:2025-08-25T00:00:00+0000\nCVE-2024-1,0.1,0.2\n',
      'epss.csv: line 2',
    ],
    ['a bad row', `${head}CVE-2024-0001,0.1,0.2\nCVE-2024-0002,1.5,0.2\n`, 'epss.csv: line 4'],
    ['a cut row (truncated file)', `${head}CVE-2024-0001,0.1,0.2\nCVE-2024-0002,0.`, 'epss.csv: line 4'],
    ['no rows', head, 'epss.csv: line 3'],
  ])('fails the whole file on %s', (_what, text, path) => {
    const result = parseEpssCsv(text, 'epss.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'EPSS_INVALID', path });
  });
});
