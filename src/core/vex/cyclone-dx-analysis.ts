import type { VexJustification, VexStatus } from './vex-statement.js';

/**
 * CycloneDX `analysis.state` → VEX status (CycloneDX 1.4+ "Impact Analysis State"). A false positive is
 * "not affected" with no justification label: the original value is kept as the justification.
 */
export const CYCLONEDX_STATES: Readonly<Record<string, VexStatus>> = {
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  exploitable: 'affected',
  in_triage: 'under_investigation',
  false_positive: 'not_affected',
  not_affected: 'not_affected',
};

/**
 * CycloneDX `analysis.justification` → OpenVEX justification. The CISA labels are coarser than CycloneDX's:
 * - code missing or never run: code_not_present → vulnerable_code_not_present; code_not_reachable and
 *   requires_configuration (the code runs only with a setting that is not set) → vulnerable_code_not_in_execute_path;
 * - requires_dependency: what the exploit needs is not there → component_not_present;
 * - requires_environment and protected_at_perimeter: an attacker cannot reach or steer it →
 *   vulnerable_code_cannot_be_controlled_by_adversary;
 * - protected_by_compiler, protected_at_runtime, protected_by_mitigating_control → inline_mitigations_already_exist.
 */
export const CYCLONEDX_JUSTIFICATIONS: Readonly<Record<string, VexJustification>> = {
  code_not_present: 'vulnerable_code_not_present',
  code_not_reachable: 'vulnerable_code_not_in_execute_path',
  requires_configuration: 'vulnerable_code_not_in_execute_path',
  requires_dependency: 'component_not_present',
  requires_environment: 'vulnerable_code_cannot_be_controlled_by_adversary',
  protected_by_compiler: 'inline_mitigations_already_exist',
  protected_at_runtime: 'inline_mitigations_already_exist',
  protected_at_perimeter: 'vulnerable_code_cannot_be_controlled_by_adversary',
  protected_by_mitigating_control: 'inline_mitigations_already_exist',
};
