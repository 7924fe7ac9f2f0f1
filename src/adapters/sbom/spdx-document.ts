import { z } from 'zod';

/** The SPDX versions Vigil reads. */
export const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'] as const;

const SpdxChecksum = z.object({ algorithm: z.string(), checksumValue: z.string() });

const SpdxExternalRef = z.object({
  referenceCategory: z.string(),
  referenceType: z.string(),
  referenceLocator: z.string(),
});

export const SpdxPackage = z.object({
  SPDXID: z.string().min(1),
  name: z.string(),
  versionInfo: z.string().optional(),
  primaryPackagePurpose: z.string().optional(),
  licenseConcluded: z.string().optional(),
  licenseDeclared: z.string().optional(),
  checksums: z.array(SpdxChecksum).optional(),
  externalRefs: z.array(SpdxExternalRef).optional(),
});
export type SpdxPackage = z.infer<typeof SpdxPackage>;

export const SpdxRelationship = z.object({
  spdxElementId: z.string(),
  relationshipType: z.string(),
  relatedSpdxElement: z.string(),
});
export type SpdxRelationship = z.infer<typeof SpdxRelationship>;

/**
 * An SPDX 2.2 / 2.3 document, as far as Vigil reads it (JSON, or tag-value turned into the JSON shape).
 * Fields Vigil does not read are not checked (files, snippets, annotations…); those it reads are, and a
 * document the official SPDX 2.3 JSON schema accepts is accepted here (tested against it).
 */
export const SpdxDocument = z.object({
  spdxVersion: z.enum(SPDX_VERSIONS),
  SPDXID: z.string(),
  name: z.string(),
  documentNamespace: z.string().optional(),
  creationInfo: z
    .object({ created: z.string().optional(), creators: z.array(z.string()).optional() })
    .optional(),
  documentDescribes: z.array(z.string()).optional(),
  packages: z.array(SpdxPackage).optional(),
  relationships: z.array(SpdxRelationship).optional(),
});
export type SpdxDocument = z.infer<typeof SpdxDocument>;
