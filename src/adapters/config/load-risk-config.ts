import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InputError, issuesFromZod } from '../../core/input/index.js';
import { RiskConfig } from '../../core/risk/index.js';
import { packagePath } from '../package-root.js';

/** `config/risk.yaml` at the package root. */
export const DEFAULT_RISK_CONFIG = packagePath('config', 'risk.yaml');

/**
 * Reads the risk model's config: `file` (`VIGIL_RISK_CONFIG`) when given, else the shipped `config/risk.yaml`.
 * @throws InputError naming the file and each bad key.
 */
export function loadRiskConfig(given?: string): RiskConfig {
  const file = given || DEFAULT_RISK_CONFIG;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError([
      {
        code: 'CONFIG_INVALID',
        path: file,
        message: `cannot read the risk config: ${(error as Error).message}`,
      },
    ]);
  }
  const parsed = RiskConfig.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(
      issuesFromZod(parsed.error.issues, {
        code: 'CONFIG_INVALID',
        where: file,
        limit: Number.POSITIVE_INFINITY,
        message: (i) => i.message,
      }),
    );
  }
  return parsed.data;
}
