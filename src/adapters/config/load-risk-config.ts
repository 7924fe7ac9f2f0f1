import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InputError } from '../../core/input/index.js';
import { RiskConfig } from '../../core/risk/index.js';
import { packagePath } from '../package-root.js';

/** `config/risk.yaml` at the package root. */
export const DEFAULT_RISK_CONFIG = packagePath('config', 'risk.yaml');

/**
 * Reads the risk model's config: `VIGIL_RISK_CONFIG` when set, else the shipped `config/risk.yaml`.
 * @throws InputError naming the file and each bad key.
 */
export function loadRiskConfig(env: Readonly<Record<string, string | undefined>> = {}): RiskConfig {
  const file = env.VIGIL_RISK_CONFIG || DEFAULT_RISK_CONFIG;
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
      parsed.error.issues.map((i) => ({
        code: 'CONFIG_INVALID',
        path: `${file}: ${i.path.join('.') || '(root)'}`,
        message: i.message,
      })),
    );
  }
  return parsed.data;
}
