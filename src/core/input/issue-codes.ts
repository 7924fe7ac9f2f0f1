/**
 * Every code an input issue can carry, with what it means. The README's catalogue lists the same codes
 * (a test keeps the two equal); scripts may match on them, so a code is never renamed.
 */
export const ISSUE_CODES = {
  // options, settings and references
  OPTION_INVALID: 'an option or setting has a value outside what it accepts',
  FIELD_INVALID: 'a free-text field is too long or holds control characters',
  CONFIG_INVALID:
    'the risk config (VIGIL_RISK_CONFIG or config/risk.yaml) is unreadable or breaks its schema',
  FILE_UNREADABLE: 'a file given cannot be read',
  EVIDENCE_NOT_FOUND: 'a path given to scan does not exist',
  FEED_LOCATION: 'a feed mirror or file given does not exist or is not what it should be',
  PURL_INVALID: 'a package URL breaks the purl specification',
  PURL_VERSION: 'a package URL names no version where one is needed',
  PURL_ECOSYSTEM: 'a package URL of a type no OSV ecosystem covers',
  ADVISORY_UNKNOWN: 'no stored advisory has the id or alias',
  ECOSYSTEM_NONE: 'no OSV ecosystem to sync: the mirror holds none, or none is named',
  IMAGE_REF_INVALID: 'an image reference is not registry/repository[:tag][@sha256:…]',
  DIGEST_INVALID: 'a digest is not sha256:<64 hex>',
  DIGEST_MISSING: 'an image reference names no digest where one is needed',
  IMAGE_NOT_FOUND: 'the registry does not have the image',
  TAG_NOT_FOUND: 'the registry does not have the tag',
  TIME_INVALID: 'a time is not RFC 3339',
  NAME_INVALID: 'an environment or cluster name is not [A-Za-z0-9._-], 1–63 characters',
  WORKLOAD_INVALID: 'a workload is not namespace/name or name',
  COMMIT_INVALID: 'a commit is not 7–64 hex digits',
  ENVIRONMENT_UNKNOWN: 'the environment does not exist (and was not to be created)',
  CLUSTER_ENVIRONMENT: 'a cluster is already in another environment',
  SNAPSHOT_STALE: "a snapshot is older than the cluster's last one",
  VERSION_INVALID: "a version is not valid in its ecosystem's scheme",
  ECOSYSTEM_UNKNOWN: 'an ecosystem Vigil does not know',
  ECOSYSTEM_UNORDERED: 'an ecosystem whose versions have no order Vigil can compute',
  // triage
  TRIAGE_STATE: 'a triage state Vigil does not know',
  TRIAGE_JUSTIFICATION: 'a not_affected decision without a VEX justification, or one Vigil does not know',
  TRIAGE_REASON: 'a triage decision without a reason (the why the audit trail keeps)',
  TRIAGE_EXPIRY: 'an accepted risk without an expiry, or an expiry not in the future',
  TRIAGE_SCOPE: 'a triage scope that is not an exposure key or a vulnerability with valid parts',
  TRIAGE_NO_MATCH: 'a triage decision that covers no exposure (nothing would change)',
  TRIAGE_UNKNOWN: 'no triage decision in force has the id',
  // SBOMs
  SBOM_TOO_LARGE: 'an SBOM is larger than the cap (--max-bytes, VIGIL_MAX_SBOM_BYTES)',
  SBOM_TOO_DEEP: 'an SBOM nests deeper than the cap',
  SBOM_ENCODING: 'an SBOM is not UTF-8 (or UTF-16 with a byte order mark)',
  SBOM_FORMAT: 'a file is neither CycloneDX nor SPDX',
  SBOM_SPEC_VERSION: 'an SBOM of a spec version Vigil does not read',
  SBOM_JSON_MALFORMED: 'an SBOM is not well-formed JSON',
  SBOM_XML_MALFORMED: 'an SBOM is not well-formed XML',
  SBOM_XML_DOCTYPE: 'an XML SBOM declares a DOCTYPE or entities (refused: XXE)',
  SBOM_TAG_VALUE: 'an SPDX tag-value document is malformed',
  SBOM_SCHEMA: "an SBOM breaks its format's schema",
  SBOM_DUPLICATE_REF: 'two components of an SBOM share a bom-ref or SPDX id (a warning; the first is kept)',
  SBOM_DEPENDENCY_REF: 'a dependency names a component the SBOM does not have (a warning)',
  SBOM_LICENSE_EXPRESSION: 'a license expression is not valid SPDX (a warning; kept as text)',
  SBOM_MORE_WARNINGS: 'more warnings than are kept',
  // Kubernetes
  K8S_FILE_TOO_LARGE: 'a Kubernetes file is larger than the cap',
  K8S_JSON_INVALID: 'a Kubernetes file is not well-formed JSON',
  K8S_YAML_INVALID: 'a Kubernetes file is not well-formed YAML',
  K8S_LIST_INVALID: 'a Kubernetes List is malformed',
  K8S_OBJECT_INVALID: 'a Kubernetes object breaks the schema of its kind',
  K8S_EMPTY: 'Kubernetes files hold no object at all',
  KUBECONFIG_MISSING: 'no kubeconfig was found',
  KUBECONFIG_INVALID: 'the kubeconfig cannot be loaded',
  CONTEXT_UNKNOWN: 'the kubeconfig has no such context, or it names no cluster',
  // VEX
  VEX_NOT_JSON: 'a VEX file is not JSON (or a zip of JSON documents)',
  VEX_FORMAT_UNKNOWN: 'a JSON document is neither OpenVEX, CycloneDX VEX nor CSAF VEX',
  VEX_INVALID: 'a VEX document breaks its format',
  VEX_TOO_LARGE: 'a VEX document or zip is larger than the cap',
  ZIP_EMPTY: 'a zip holds no JSON document',
  ZIP_INVALID: 'a file named .zip is not a readable zip',
  ZIP_UNSAFE: 'a zip entry is absolute, climbs out with .., or is encrypted',
  // feeds (upstream records that are skipped, counted in `feeds status`)
  OSV_INVALID: 'an OSV record breaks the OSV schema',
  OSV_UNSTORABLE: 'an OSV record cannot be stored (too large, or ids the store cannot hold)',
  KEV_INVALID: 'the KEV catalog breaks its schema',
  EPSS_INVALID: 'an EPSS file is malformed',
} as const;

/** The code of an input issue: one of the catalogue's. */
export type IssueCode = keyof typeof ISSUE_CODES;
