// Generated from GET /api/v1/openapi.json by web/scripts/api-types.ts (npm run api-types): do not edit.
// test/browser/api-types.test.ts fails when the API and this file disagree.

export interface paths {
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** end the session the cookie names */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** who is calling: a token or a person, the team, the permissions, and a session’s CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description an API token, a person logged in through OIDC, or open loopback
                             * @enum {string}
                             */
                            kind: "token" | "user" | "local";
                            name: string;
                            team: string;
                            permissions: ("exposures:read" | "twin:read" | "feeds:read" | "sbom:write" | "deploy:write" | "k8s:write" | "vex:write" | "feeds:write" | "triage:write" | "notify:write" | "admin")[];
                            /** @description the team's environments, all the caller sees; absent: every one (admin) */
                            environments?: string[];
                            tokenId?: number;
                            /** @description a person's sub at the IdP */
                            subject?: string;
                            /** @description for a session: send it as x-csrf-token with every write */
                            csrfToken?: string;
                            /** @description when the session ends */
                            expiresAt?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** exposures per day, environment and decision, as serve recorded them (at start and daily) */
        get: {
            parameters: {
                query?: {
                    /** @description days back from today, today included (1–366, default 30) */
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: number;
                            /** @description oldest first; a day serve did not run is absent */
                            counts: {
                                /** @description YYYY-MM-DD (UTC) */
                                day: string;
                                environment: string;
                                /** @enum {string} */
                                decision: "Act" | "Attend" | "Track*" | "Track" | "suppressed";
                                count: number;
                            }[];
                            /** @description new versus remediated per day, from the recorded lifecycle (ADR 079); oldest first */
                            flow: {
                                /** @description YYYY-MM-DD (UTC) */
                                day: string;
                                environment: string;
                                /** @description exposures detected (or back after a remediation) that day */
                                opened: number;
                                /** @description exposures whose fix was seen running (or workload gone) that day */
                                remediated: number;
                            }[];
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: `impact` when a feed change hits running workloads (data: vulnerability, ids, advisories, exposures); `Last-Event-ID` resumes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exposures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the ranked exposures, filtered and paged by keyset; `Accept: application/x-ndjson` streams them all, `application/sarif+json` gives them all as one SARIF 2.1.0 log */
        get: {
            parameters: {
                query?: {
                    environment?: string;
                    /** @description one of Act, Attend, Track*, Track (any case) */
                    decision?: string;
                    /** @description namespace/name or name */
                    workload?: string;
                    /** @description a purl, with or without version: pkg:npm/lodash */
                    package?: string;
                    /** @description any id of the vulnerability: CVE, GHSA, PYSEC… */
                    advisory?: string;
                    /** @description only exposures whose vulnerability is in CISA KEV */
                    kev?: "true" | "false";
                    /** @description only internet-facing workloads */
                    internetFacing?: "true" | "false";
                    /** @description only this triage state in force, or untriaged: untriaged, in_triage, affected, not_affected, false_positive, accepted_risk, will_fix */
                    triage?: string;
                    /** @description time travel: what ran then, for advisories published by then (RFC 3339 or a date) */
                    at?: string;
                    /** @description include exposures VEX suppresses */
                    all?: "true" | "false";
                    /** @description act or attend: `gate.tripped` counts the exposures at or above it */
                    failOn?: string;
                    /** @description page size, 1–1000 (default 100); NDJSON exports ignore it */
                    limit?: string;
                    /** @description the `next` cursor of the previous page */
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            readonly exposures: {
                                /** @description natural key: vulnerability|purl|artifact digest|environment/workload (ADR 072) */
                                key: string;
                                vulnerability: string;
                                readonly ids: string[];
                                readonly advisories: string[];
                                summary: string;
                                /**
                                 * @description SSVC-style decision, most urgent first: Act, Attend, Track*, Track
                                 * @enum {string}
                                 */
                                decision: "Act" | "Attend" | "Track*" | "Track";
                                score: number;
                                /** @description triage says not_affected, false_positive or accepted_risk; or, untriaged, a VEX not_affected or fixed statement applies */
                                suppressed: boolean;
                                readonly reasons: {
                                    /** @enum {string} */
                                    question: "reachable" | "exploitable" | "relevant" | "vex" | "triage";
                                    text: string;
                                    points: number;
                                }[];
                                environment: string;
                                tier: string;
                                workload: string;
                                kind: string;
                                artifact: string;
                                artifactName: string;
                                component: {
                                    purl: string;
                                    name: string;
                                    version: string;
                                };
                                fixedVersion: string | null;
                                matched: string;
                                running: boolean;
                                /** @description its vulnerability is in CISA KEV */
                                kev: boolean;
                                /** @description the workload is reachable from the internet */
                                internetFacing: boolean;
                                readonly sources: string[];
                                /** @description when it could first be known: the later of the first deployment and the publication (ADR 079) */
                                detectedAt: string;
                                /** @description the SLA due date (risk config `sla`, or the KEV due date when earlier) */
                                dueAt: string | null;
                                /** @description the triage decision in force (ADR 081); null: untriaged */
                                triage: {
                                    /** @description the decision (GET /api/v1/triage) */
                                    rule: number;
                                    /** @enum {string} */
                                    state: "in_triage" | "affected" | "not_affected" | "false_positive" | "accepted_risk" | "will_fix";
                                    /** @enum {string} */
                                    justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                                    reason: string;
                                    by: string;
                                    at: string;
                                    expiresAt?: string;
                                    /** @description an acceptance that ran out: the exposure is back on the list */
                                    expired: boolean;
                                    /** @description decided for this exposure alone (its key), not by a portfolio rule */
                                    own: boolean;
                                } | null;
                                /** @description the VEX statement that applies; null: none */
                                vex: {
                                    /** @enum {string} */
                                    status: "not_affected" | "affected" | "fixed" | "under_investigation";
                                    /** @enum {string} */
                                    justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                                    impactStatement?: string;
                                    actionStatement?: string;
                                    timestamp?: string;
                                    /** @description where the document was read from */
                                    source: string;
                                    /** @description the document's own id ('' when none) */
                                    document: string;
                                } | null;
                            }[];
                            /** @description the cursor of the next page (`after=`); absent on the last page */
                            next?: string;
                            /** @description exposures in the whole ranking, before filters */
                            total: number;
                            suppressed: number;
                            gate?: {
                                /** @enum {string} */
                                level: "act" | "attend";
                                readonly decisions: ("Act" | "Attend" | "Track*" | "Track")[];
                                tripped: number;
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** every workload and environment running a component the vulnerability affects, by any id */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description any id of the vulnerability: CVE, GHSA, PYSEC, GO, distro ids */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vulnerability: string;
                            readonly ids: string[];
                            summary: string;
                            readonly exposures: {
                                /** @description natural key: vulnerability|purl|artifact digest|environment/workload (ADR 072) */
                                key: string;
                                vulnerability: string;
                                readonly ids: string[];
                                readonly advisories: string[];
                                summary: string;
                                /**
                                 * @description SSVC-style decision, most urgent first: Act, Attend, Track*, Track
                                 * @enum {string}
                                 */
                                decision: "Act" | "Attend" | "Track*" | "Track";
                                score: number;
                                /** @description triage says not_affected, false_positive or accepted_risk; or, untriaged, a VEX not_affected or fixed statement applies */
                                suppressed: boolean;
                                readonly reasons: {
                                    /** @enum {string} */
                                    question: "reachable" | "exploitable" | "relevant" | "vex" | "triage";
                                    text: string;
                                    points: number;
                                }[];
                                environment: string;
                                tier: string;
                                workload: string;
                                kind: string;
                                artifact: string;
                                artifactName: string;
                                component: {
                                    purl: string;
                                    name: string;
                                    version: string;
                                };
                                fixedVersion: string | null;
                                matched: string;
                                running: boolean;
                                /** @description its vulnerability is in CISA KEV */
                                kev: boolean;
                                /** @description the workload is reachable from the internet */
                                internetFacing: boolean;
                                readonly sources: string[];
                                /** @description when it could first be known: the later of the first deployment and the publication (ADR 079) */
                                detectedAt: string;
                                /** @description the SLA due date (risk config `sla`, or the KEV due date when earlier) */
                                dueAt: string | null;
                                /** @description the triage decision in force (ADR 081); null: untriaged */
                                triage: {
                                    /** @description the decision (GET /api/v1/triage) */
                                    rule: number;
                                    /** @enum {string} */
                                    state: "in_triage" | "affected" | "not_affected" | "false_positive" | "accepted_risk" | "will_fix";
                                    /** @enum {string} */
                                    justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                                    reason: string;
                                    by: string;
                                    at: string;
                                    expiresAt?: string;
                                    /** @description an acceptance that ran out: the exposure is back on the list */
                                    expired: boolean;
                                    /** @description decided for this exposure alone (its key), not by a portfolio rule */
                                    own: boolean;
                                } | null;
                                /** @description the VEX statement that applies; null: none */
                                vex: {
                                    /** @enum {string} */
                                    status: "not_affected" | "affected" | "fixed" | "under_investigation";
                                    /** @enum {string} */
                                    justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                                    impactStatement?: string;
                                    actionStatement?: string;
                                    timestamp?: string;
                                    /** @description where the document was read from */
                                    source: string;
                                    /** @description the document's own id ('' when none) */
                                    document: string;
                                } | null;
                                readonly path: string[];
                            }[];
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** exposures by decision and environment, SBOM coverage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            readonly byEnvironment: {
                                environment: string;
                                counts: {
                                    Act: number;
                                    Attend: number;
                                    "Track*": number;
                                    Track: number;
                                };
                                suppressed: number;
                                /** @description not suppressed and past the SLA due date */
                                overdue: number;
                            }[];
                            totals: {
                                Act: number;
                                Attend: number;
                                "Track*": number;
                                Track: number;
                                suppressed: number;
                                overdue: number;
                            };
                            readonly coverage: {
                                environment: string;
                                runningArtifacts: number;
                                withSbom: number;
                                percent: number;
                            }[];
                            unknownFindings: number;
                            notDeployed: {
                                artifacts: number;
                                packageVersions: number;
                            };
                            evaluation: {
                                advisoriesThrough: string | null;
                                lastFullAt: string | null;
                                lastIncrementalAt: string | null;
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exposures/history/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** was each workload exposed to the vulnerability, from when to when, and from when could it be known; with its recorded lifecycle */
        get: {
            parameters: {
                query?: {
                    environment?: string;
                };
                header?: never;
                path: {
                    /** @description any id of the vulnerability: CVE, GHSA, PYSEC, GO, distro ids */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vulnerability: string;
                            readonly ids: string[];
                            published: string | null;
                            readonly workloads: {
                                environment: string;
                                workload: string;
                                readonly exposed: {
                                    /** @description RFC 3339 */
                                    from: string;
                                    /** @description null: it still does */
                                    to: string | null;
                                    /** @description from when it could be known; null: ended before publication */
                                    knownFrom: string | null;
                                    readonly artifacts: string[];
                                    readonly components: string[];
                                }[];
                                lifecycle: {
                                    /** @enum {string} */
                                    state: "open" | "remediated";
                                    /** @description RFC 3339 */
                                    firstSeen: string;
                                    closedAt: string | null;
                                    closedBy: ("fixed_deployed" | "workload_gone" | "finding_withdrawn") | null;
                                    reopened: number;
                                    dueAt: string | null;
                                    readonly events: {
                                        key: string;
                                        /** @enum {string} */
                                        kind: "opened" | "reopened" | "remediated" | "decision_raised" | "kev_added" | "sla_breached";
                                        /** @description RFC 3339 */
                                        at: string;
                                        environment: string;
                                        /**
                                         * @description SSVC-style decision, most urgent first: Act, Attend, Track*, Track
                                         * @enum {string}
                                         */
                                        decision: "Act" | "Attend" | "Track*" | "Track";
                                        /** @description RFC 3339 */
                                        openedAt: string;
                                        closedBy: ("fixed_deployed" | "workload_gone" | "finding_withdrawn") | null;
                                    }[];
                                } | null;
                                /** @description decisions on this vulnerability naming this workload, its environment, or neither */
                                readonly triage: {
                                    at: string;
                                    /** @enum {string} */
                                    action: "set" | "replaced" | "revoked" | "expired";
                                    rule: number;
                                    by: string;
                                    reason: string;
                                    /** @enum {string} */
                                    state: "in_triage" | "affected" | "not_affected" | "false_positive" | "accepted_risk" | "will_fix";
                                    /** @enum {string} */
                                    justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                                    /** @description the decision's expiry */
                                    expiresAt?: string;
                                    scope: {
                                        vulnerability: string;
                                        /** @description canonical purl; without a version: every version */
                                        package?: string;
                                        artifact?: string;
                                        environment?: string;
                                        /** @description namespace/name */
                                        workload?: string;
                                        /** @description workload labels, all must match */
                                        labels?: {
                                            [key: string]: string;
                                        };
                                    };
                                }[];
                            }[];
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** what to fix first: the smallest upgrade of each vulnerable component, ranked by the risk it removes */
        get: {
            parameters: {
                query?: {
                    environment?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            readonly actions: {
                                /**
                                 * @description one package, or an image rebuilt on an updated base
                                 * @enum {string}
                                 */
                                kind: "upgrade" | "base-image";
                                artifact: string;
                                artifactName: string;
                                readonly upgrades: {
                                    purl: string;
                                    name: string;
                                    from: string;
                                    /** @description the smallest version no stored advisory affects; null: none */
                                    to: string | null;
                                    why?: string;
                                }[];
                                text: string;
                                exposures: number;
                                act: number;
                                risk: number;
                                workloads: number;
                                readonly environments: string[];
                                readonly vulnerabilities: string[];
                            }[];
                            readonly withoutFix: {
                                /**
                                 * @description one package, or an image rebuilt on an updated base
                                 * @enum {string}
                                 */
                                kind: "upgrade" | "base-image";
                                artifact: string;
                                artifactName: string;
                                readonly upgrades: {
                                    purl: string;
                                    name: string;
                                    from: string;
                                    /** @description the smallest version no stored advisory affects; null: none */
                                    to: string | null;
                                    why?: string;
                                }[];
                                text: string;
                                exposures: number;
                                act: number;
                                risk: number;
                                workloads: number;
                                readonly environments: string[];
                                readonly vulnerabilities: string[];
                            }[];
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vex/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** one environment's exposures as an OpenVEX or CycloneDX VEX document: triage, else the VEX that applies, else under_investigation */
        get: {
            parameters: {
                query?: {
                    environment?: string;
                    /** @description openvex (default) or cyclonedx */
                    format?: string;
                    /** @description who speaks (default: the caller) */
                    author?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the triage decisions in force, newest first; `all=true`: every one, with how it ended */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            scope: {
                                vulnerability: string;
                                /** @description canonical purl; without a version: every version */
                                package?: string;
                                artifact?: string;
                                environment?: string;
                                /** @description namespace/name */
                                workload?: string;
                                /** @description workload labels, all must match */
                                labels?: {
                                    [key: string]: string;
                                };
                            };
                            /** @enum {string} */
                            state: "in_triage" | "affected" | "not_affected" | "false_positive" | "accepted_risk" | "will_fix";
                            /** @enum {string} */
                            justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                            reason: string;
                            expiresAt?: string;
                            by: string;
                            at: string;
                            revokedAt?: string;
                            revokedBy?: string;
                            revokeReason?: string;
                            replacedBy?: number;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** record a decision on one exposure or a portfolio rule; one on the same scope is replaced; a scope covering no exposure is refused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description a decision on one exposure (its key) or a portfolio rule (ADR 081) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description one exposure's key; excludes the scope fields */
                        exposure?: string;
                        /** @description a rule: any id of the vulnerability */
                        vulnerability?: string;
                        /** @description a rule: a purl, with or without version */
                        package?: string;
                        artifact?: string;
                        environment?: string;
                        workload?: string;
                        /** @description key=value each */
                        labels?: string[];
                        /** @description in_triage | affected | not_affected | false_positive | accepted_risk | will_fix */
                        state: string;
                        /** @description with not_affected: component_not_present | vulnerable_code_not_present | vulnerable_code_not_in_execute_path | vulnerable_code_cannot_be_controlled_by_adversary | inline_mitigations_already_exist */
                        justification?: string;
                        /** @description why (required) */
                        reason?: string;
                        /** @description RFC 3339 or a date; required for accepted_risk */
                        expires?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rule: {
                                id: number;
                                scope: {
                                    vulnerability: string;
                                    /** @description canonical purl; without a version: every version */
                                    package?: string;
                                    artifact?: string;
                                    environment?: string;
                                    /** @description namespace/name */
                                    workload?: string;
                                    /** @description workload labels, all must match */
                                    labels?: {
                                        [key: string]: string;
                                    };
                                };
                                /** @enum {string} */
                                state: "in_triage" | "affected" | "not_affected" | "false_positive" | "accepted_risk" | "will_fix";
                                /** @enum {string} */
                                justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                                reason: string;
                                expiresAt?: string;
                                by: string;
                                at: string;
                                revokedAt?: string;
                                revokedBy?: string;
                                revokeReason?: string;
                                replacedBy?: number;
                            };
                            /** @description the decision on the same scope it replaced */
                            replaced?: number;
                            /** @description current exposures it covers */
                            covers: number;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the triage audit trail, newest first: who decided what, when and why */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            /** @enum {string} */
                            action: "set" | "replaced" | "revoked" | "expired";
                            rule: number;
                            by: string;
                            reason: string;
                            /** @enum {string} */
                            state: "in_triage" | "affected" | "not_affected" | "false_positive" | "accepted_risk" | "will_fix";
                            /** @enum {string} */
                            justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                            /** @description the decision's expiry */
                            expiresAt?: string;
                            scope: {
                                vulnerability: string;
                                /** @description canonical purl; without a version: every version */
                                package?: string;
                                artifact?: string;
                                environment?: string;
                                /** @description namespace/name */
                                workload?: string;
                                /** @description workload labels, all must match */
                                labels?: {
                                    [key: string]: string;
                                };
                            };
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** revoke a decision in force, with why */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why (required) */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            scope: {
                                vulnerability: string;
                                /** @description canonical purl; without a version: every version */
                                package?: string;
                                artifact?: string;
                                environment?: string;
                                /** @description namespace/name */
                                workload?: string;
                                /** @description workload labels, all must match */
                                labels?: {
                                    [key: string]: string;
                                };
                            };
                            /** @enum {string} */
                            state: "in_triage" | "affected" | "not_affected" | "false_positive" | "accepted_risk" | "will_fix";
                            /** @enum {string} */
                            justification?: "component_not_present" | "vulnerable_code_not_present" | "vulnerable_code_not_in_execute_path" | "vulnerable_code_cannot_be_controlled_by_adversary" | "inline_mitigations_already_exist";
                            reason: string;
                            expiresAt?: string;
                            by: string;
                            at: string;
                            revokedAt?: string;
                            revokedBy?: string;
                            revokeReason?: string;
                            replacedBy?: number;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mttr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** mean time to remediate per period, environment and team (remediations seen in deployment evidence) */
        get: {
            parameters: {
                query?: {
                    /** @description RFC 3339 or a date; default 90 days ago */
                    since?: string;
                    /** @description default week */
                    period?: "week" | "month";
                    environment?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the period's first day, YYYY-MM-DD */
                            period: string;
                            environment: string;
                            team: string | null;
                            remediated: number;
                            meanHours: number;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sboms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description include exposures VEX suppresses */
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** ingest one SBOM (CycloneDX 1.2–1.6 JSON/XML, SPDX 2.2–2.3 JSON/tag-value) as the raw body */
        post: {
            parameters: {
                query?: {
                    /** @description registry/repository[:tag]@sha256:<64 hex>: the artifact it describes */
                    artifact?: string;
                    /** @description a file name for messages and the stored source (default: upload) */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** ingest one VEX document (OpenVEX, CycloneDX VEX, CSAF VEX) as the raw JSON body */
        post: {
            parameters: {
                query?: {
                    /** @description a file name for messages and the stored source (default: upload) */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kubernetes/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** replace a cluster's state with a snapshot: kubectl JSON (objects, Lists) or YAML manifests */
        post: {
            parameters: {
                query?: {
                    /** @description default: the environment name, else "default" */
                    cluster?: string;
                    environment?: string;
                    /** @description namespace of objects that name none; default "default" */
                    namespace?: string;
                    /** @description the snapshot time, RFC 3339; default now */
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** a pipeline deploy event (the same event twice is one deployment) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        environment: string;
                        /** @description namespace/name or name */
                        workload: string;
                        /** @description registry/repository@sha256:<64 hex>, or a tag the registry resolves */
                        image: string;
                        commit?: string;
                        pipelineRun?: string;
                        actor?: string;
                        /** @description RFC 3339; default now */
                        at?: string;
                        createEnvironment?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/artifacts/{digest}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description sha256:<64 hex>, or a vigil-derived id */
                    digest: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/artifacts/{digest}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the findings of an artifact's current SBOM (affected and unknown), deployed or not */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    digest: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vulnerability: string;
                            advisory: string;
                            summary: string;
                            /** @enum {string} */
                            status: "affected" | "unknown";
                            reason: string;
                            fixedVersion: string | null;
                            /** @description canonical purl of the package version */
                            purl: string;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/twin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    environment?: string;
                    /** @description the snapshot time, RFC 3339; default now */
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/twin/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /** @description namespace/name or name */
                    workload: string;
                    environment?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/twin/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/environments/{name}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** give an environment to a team (null: to admins only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        team: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** what was synced, from where and when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * queue a sync of the feeds named (none: all three from the configured locations) and, by default, wait for it
         * @description The sync is a job of the queue (ADR 084): whichever serve process is free runs it, one feed sync at a time across the processes; the same request while one is queued or running joins it.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: answer with the result once the sync job is over (202 with the job if it takes longer than 10 minutes); false: 202 with the queued job at once */
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        osvMirror?: string;
                        osvUrl?: string;
                        ecosystems?: string[];
                        kev?: string;
                        epss?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description what it does: feeds.sync */
                            kind: string;
                            payload: unknown;
                            /** @description requests with this key join the job while it is queued or running */
                            dedupeKey: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description tries so far, the running one included */
                            attempts: number;
                            maxAttempts: number;
                            /** @description queued: due then (a retry waits out its backoff) */
                            runAt: string;
                            /** @description running: past it, another process takes the job over (its worker died) */
                            leaseUntil: string | null;
                            /** @description the process that runs, or last ran, it: host:pid:random */
                            worker: string | null;
                            /** @description done: what it did (a feed sync: what each feed imported) */
                            result: unknown;
                            /** @description the last failed try */
                            error: string | null;
                            requestedBy: string;
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the job queue, newest first */
        get: {
            parameters: {
                query?: {
                    state?: "queued" | "running" | "done" | "failed";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description what it does: feeds.sync */
                            kind: string;
                            payload: unknown;
                            /** @description requests with this key join the job while it is queued or running */
                            dedupeKey: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description tries so far, the running one included */
                            attempts: number;
                            maxAttempts: number;
                            /** @description queued: due then (a retry waits out its backoff) */
                            runAt: string;
                            /** @description running: past it, another process takes the job over (its worker died) */
                            leaseUntil: string | null;
                            /** @description the process that runs, or last ran, it: host:pid:random */
                            worker: string | null;
                            /** @description done: what it did (a feed sync: what each feed imported) */
                            result: unknown;
                            /** @description the last failed try */
                            error: string | null;
                            requestedBy: string;
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** one job: queued, running (by which process), done with its result, or failed with its error */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description what it does: feeds.sync */
                            kind: string;
                            payload: unknown;
                            /** @description requests with this key join the job while it is queued or running */
                            dedupeKey: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description tries so far, the running one included */
                            attempts: number;
                            maxAttempts: number;
                            /** @description queued: due then (a retry waits out its backoff) */
                            runAt: string;
                            /** @description running: past it, another process takes the job over (its worker died) */
                            leaseUntil: string | null;
                            /** @description the process that runs, or last ran, it: host:pid:random */
                            worker: string | null;
                            /** @description done: what it did (a feed sync: what each feed imported) */
                            result: unknown;
                            /** @description the last failed try */
                            error: string | null;
                            requestedBy: string;
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description any id of the vulnerability: CVE, GHSA, PYSEC, GO, distro ids */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the advisories that affect exactly this package version */
        get: {
            parameters: {
                query: {
                    /** @description a purl with a version: pkg:pypi/jinja2@3.1.2 */
                    purl: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the API tokens (never their secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** create a token; its secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        team: string;
                        scopes: ("exposures:read" | "twin:read" | "feeds:read" | "sbom:write" | "deploy:write" | "k8s:write" | "vex:write" | "feeds:write" | "triage:write" | "notify:write" | "admin")[];
                        /** @description RFC 3339, or 30d, 12h, 90m from now */
                        expires?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** revoke a token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** who changed what, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the notification subscriptions (never their secrets); a team's caller sees its team's only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** subscribe a webhook (Standard Webhooks, signed), Slack or Alertmanager endpoint; a webhook secret is in this answer only; a team's caller subscribes for its team and its environments only (403) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description webhook (default), slack or alertmanager */
                        channel?: string;
                        url: string;
                        /** @description webhook: whsec_…; made when not given */
                        secret?: string;
                        team?: string;
                        environment?: string;
                        minDecision?: string;
                        kevOnly?: boolean;
                        package?: string;
                        advisory?: string;
                        kinds?: string[];
                        digestMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** delete a subscription and its pending deliveries (404 for another team's) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the latest deliveries, newest first: pending, delivered, dead */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** queue dead deliveries again (`all`: every one), optionally only events since a time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        since?: string;
                        all?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queued: number;
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description every error: a code, words, the request id to find it in the logs, and for bad input the issues */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description INPUT_INVALID (with issues), NOT_FOUND, CONFLICT, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL */
                                code: string;
                                message: string;
                                requestId: string;
                                issues?: {
                                    /** @enum {string} */
                                    code: "OPTION_INVALID" | "FIELD_INVALID" | "CONFIG_INVALID" | "FILE_UNREADABLE" | "EVIDENCE_NOT_FOUND" | "FEED_LOCATION" | "PURL_INVALID" | "PURL_VERSION" | "PURL_ECOSYSTEM" | "ADVISORY_UNKNOWN" | "ECOSYSTEM_NONE" | "IMAGE_REF_INVALID" | "DIGEST_INVALID" | "DIGEST_MISSING" | "IMAGE_NOT_FOUND" | "TAG_NOT_FOUND" | "TIME_INVALID" | "NAME_INVALID" | "WORKLOAD_INVALID" | "COMMIT_INVALID" | "ENVIRONMENT_UNKNOWN" | "CLUSTER_ENVIRONMENT" | "SNAPSHOT_STALE" | "VERSION_INVALID" | "ECOSYSTEM_UNKNOWN" | "ECOSYSTEM_UNORDERED" | "TRIAGE_STATE" | "TRIAGE_JUSTIFICATION" | "TRIAGE_REASON" | "TRIAGE_EXPIRY" | "TRIAGE_SCOPE" | "TRIAGE_NO_MATCH" | "TRIAGE_UNKNOWN" | "SBOM_TOO_LARGE" | "SBOM_TOO_DEEP" | "SBOM_ENCODING" | "SBOM_FORMAT" | "SBOM_SPEC_VERSION" | "SBOM_JSON_MALFORMED" | "SBOM_XML_MALFORMED" | "SBOM_XML_DOCTYPE" | "SBOM_TAG_VALUE" | "SBOM_SCHEMA" | "SBOM_DUPLICATE_REF" | "SBOM_DEPENDENCY_REF" | "SBOM_LICENSE_EXPRESSION" | "SBOM_MORE_WARNINGS" | "K8S_FILE_TOO_LARGE" | "K8S_JSON_INVALID" | "K8S_YAML_INVALID" | "K8S_LIST_INVALID" | "K8S_OBJECT_INVALID" | "K8S_EMPTY" | "KUBECONFIG_MISSING" | "KUBECONFIG_INVALID" | "CONTEXT_UNKNOWN" | "VEX_NOT_JSON" | "VEX_FORMAT_UNKNOWN" | "VEX_INVALID" | "VEX_TOO_LARGE" | "ZIP_EMPTY" | "ZIP_INVALID" | "ZIP_UNSAFE" | "OSV_INVALID" | "OSV_UNSTORABLE" | "KEV_INVALID" | "EPSS_INVALID";
                                    /** @description the field (`limit`, `components[3].purl`), prefixed by the document when known */
                                    path: string;
                                    /** @description what was wrong and what was expected */
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
