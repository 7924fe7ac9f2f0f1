/**
 * A synthetic but realistic estate for the exposures benchmark, built from the real package names and
 * versions of the OSV mirror so that findings really occur:
 * - services (image repositories), each built `BUILDS` times: one artifact per build, 5,000 at scale 1;
 * - one CycloneDX 1.5 JSON SBOM per artifact: a container subject with its SHA-256 (the artifact digest),
 *   400 components (a distro base: Debian 12/11 or Alpine 3.18–3.20, then language packages: npm, PyPI,
 *   Maven, Go, crates.io), valid purls, and `dependencies`. Packages are drawn by Zipf popularity, so a
 *   few hundred popular packages are in most artifacts and a long tail in few; versions too (a few common
 *   versions per package). Each build changes some versions and packages of the previous one;
 * - a deployment plan: 20,000 workloads at scale 1 in production (2 clusters), staging and development,
 *   each running a build of one service, over `ROUNDS` Kubernetes snapshots in which workloads move to
 *   newer builds (production slowest, development fastest): new digests replacing old ones.
 * Everything is a pure function of the seed and the scale (sfc32 streams keyed by what they generate).
 */
import { createHash } from 'node:crypto';
import { formatPurl } from '../../src/core/purl/index.js';
import type { KubernetesDocument } from '../../src/core/twin/index.js';
import {
  type CatalogPackage,
  ESTATE_POOLS,
  type PackagePool,
  type PoolName,
  readOsvCatalog,
} from './osv-catalog.js';
import { type Rng, rngOf, sha256Hex, type Zipf, zipf } from './prng.js';

export const ARTIFACTS_AT_SCALE_1 = 5_000;
export const WORKLOADS_AT_SCALE_1 = 20_000;
export const COMPONENTS_PER_SBOM = 400;
/** Builds (artifacts) per service. */
export const BUILDS = 5;
/** Kubernetes snapshot rounds: the first deploys everything, the others churn. */
export const ROUNDS = 4;
/** SBOMs of new builds that arrive after the full evaluation (the incremental step). */
export const EXTRA_SBOMS = 10;
export const REGISTRY = 'registry.example.com';

const BASE_TIME = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;

export interface EstateOptions {
  /** 1: 5,000 artifacts and 20,000 workloads; 0.1: a tenth. SBOMs keep their size. */
  readonly scale: number;
  readonly osvFolder: string;
  readonly seed?: string;
  readonly componentsPerSbom?: number;
}

export interface ArtifactPlan {
  /** Position in the ingest order (build-major: every service's build 0, then build 1…). */
  readonly index: number;
  readonly service: number;
  readonly build: number;
  /** `registry.example.com/<team>/<service>` */
  readonly repository: string;
  readonly tag: string;
  /** `sha256:<64 hex>` */
  readonly digest: string;
}

export interface EnvironmentPlan {
  readonly name: 'production' | 'staging' | 'development';
  readonly clusters: readonly string[];
}

export interface WorkloadPlan {
  readonly environment: EnvironmentPlan['name'];
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly service: number;
  readonly replicas: number;
  readonly internetFacing: boolean;
  /** The build it runs in each round. */
  readonly builds: readonly number[];
}

export interface Estate {
  readonly seed: string;
  readonly scale: number;
  readonly services: number;
  readonly componentsPerSbom: number;
  /** Per pool: packages and distinct versions the catalog holds. */
  readonly catalog: Readonly<Record<string, { packages: number; versions: number }>>;
  /** The SBOMs to ingest before the full evaluation, in ingest order. */
  readonly artifacts: readonly ArtifactPlan[];
  /** New builds ingested after it, for the incremental evaluation. */
  readonly extra: readonly ArtifactPlan[];
  readonly environments: readonly EnvironmentPlan[];
  readonly workloads: readonly WorkloadPlan[];
  readonly rounds: number;
  /** The CycloneDX 1.5 JSON bytes of an artifact's SBOM. */
  sbom(artifact: ArtifactPlan): Uint8Array;
  /** The snapshot time of a round (ISO 8601). */
  roundTime(round: number): string;
  /** One cluster's objects in a round: one `List` of Pods (and LoadBalancer Services), as kubectl gives them. */
  snapshot(round: number, cluster: string): KubernetesDocument[];
  artifactOf(service: number, build: number): ArtifactPlan;
}

// ---- popularity: well-known packages first (when the mirror has them), then the rest in a seeded order

const POPULAR: Record<string, readonly string[]> = {
  Debian: [
    'glibc',
    'openssl',
    'zlib',
    'curl',
    'libxml2',
    'sqlite3',
    'expat',
    'pcre2',
    'pcre3',
    'gnutls28',
    'krb5',
    'systemd',
    'util-linux',
    'tar',
    'gzip',
    'bash',
    'coreutils',
    'ncurses',
    'libgcrypt20',
    'libtasn1-6',
    'p11-kit',
    'nghttp2',
    'libssh2',
    'perl',
    'python3.11',
    'python3.9',
    'git',
    'openldap',
    'cyrus-sasl2',
    'e2fsprogs',
    'shadow',
    'pam',
    'dpkg',
    'apt',
    'gnupg2',
    'libksba',
    'nettle',
    'libidn2',
    'libunistring',
    'xz-utils',
    'bzip2',
    'lz4',
    'libzstd',
    'libseccomp',
    'libcap2',
    'audit',
    'sed',
    'grep',
    'findutils',
    'readline',
    'icu',
    'freetype',
    'libpng1.6',
    'libjpeg-turbo',
    'tiff',
    'libwebp',
    'openssh',
    'ca-certificates',
    'tzdata',
    'libx11',
    'fontconfig',
    'giflib',
    'libssh',
    'jbigkit',
    'lcms2',
    'libde265',
    'libheif',
    'imagemagick',
    'libtirpc',
    'libgd2',
    'cups',
    'avahi',
    'dbus',
    'glib2.0',
    'gdk-pixbuf',
    'cairo',
    'pango1.0',
    'harfbuzz',
    'libxslt',
    'libyaml',
    'libffi',
    'gmp',
    'elfutils',
    'binutils',
    'gcc-12',
    'gcc-10',
    'libsepol',
    'libselinux',
    'libbsd',
    'procps',
    'wget',
    'unzip',
    'zip',
    'busybox',
    'less',
    'vim',
    'libevent',
    'libuv1',
    'nodejs',
    'openjdk-17',
    'openjdk-11',
    'postgresql-15',
    'postgresql-13',
    'mariadb',
    'redis',
    'nginx',
    'apache2',
    'sudo',
    'rsync',
    'libarchive',
    'jansson',
    'libpsl',
    'brotli',
    'libsodium',
    'json-c',
    'libedit',
    'keyutils',
    'libxcrypt',
    'libgpg-error',
  ],
  Alpine: [
    'musl',
    'busybox',
    'openssl',
    'zlib',
    'apk-tools',
    'ca-certificates',
    'libxml2',
    'curl',
    'expat',
    'pcre2',
    'sqlite',
    'ncurses',
    'readline',
    'bash',
    'libssh2',
    'nghttp2',
    'krb5',
    'libtasn1',
    'gnutls',
    'libidn2',
    'xz',
    'bzip2',
    'lz4',
    'zstd',
    'libcap',
    'git',
    'openssh',
    'python3',
    'perl',
    'libffi',
    'gmp',
    'icu',
    'freetype',
    'libpng',
    'libjpeg-turbo',
    'tiff',
    'libwebp',
    'fontconfig',
    'libx11',
    'tzdata',
    'nodejs',
    'openjdk17',
    'postgresql15',
    'redis',
    'nginx',
    'libxslt',
    'yaml',
    'libevent',
    'c-ares',
    'brotli',
    'libarchive',
    'libsodium',
    'json-c',
    'sudo',
    'tar',
    'gzip',
    'coreutils',
    'util-linux',
    'e2fsprogs',
    'libgcrypt',
    'libgpg-error',
    'gnupg',
    'binutils',
    'gcc',
    'elfutils',
    'giflib',
    'lcms2',
    'imagemagick',
    'glib',
    'dbus',
    'cairo',
    'pango',
    'harfbuzz',
  ],
  npm: [
    'lodash',
    'minimist',
    'qs',
    'ws',
    'axios',
    'express',
    'jsonwebtoken',
    'semver',
    'undici',
    'node-fetch',
    'tar',
    'follow-redirects',
    'json5',
    'path-to-regexp',
    'cookie',
    'body-parser',
    'moment',
    'marked',
    'jquery',
    'handlebars',
    'ansi-regex',
    'glob-parent',
    'minimatch',
    'debug',
    'underscore',
    'yargs-parser',
    'async',
    'ejs',
    'send',
    'serve-static',
    'decode-uri-component',
    'loader-utils',
    'postcss',
    'nth-check',
    'terser',
    'word-wrap',
    'tough-cookie',
    'xml2js',
    '@babel/traverse',
    'socket.io-parser',
    'engine.io',
    'micromatch',
    'braces',
    'cross-spawn',
    'ip',
    'tar-fs',
    'dompurify',
    'sanitize-html',
  ],
  PyPI: [
    'urllib3',
    'requests',
    'certifi',
    'idna',
    'setuptools',
    'pip',
    'cryptography',
    'jinja2',
    'pyyaml',
    'werkzeug',
    'flask',
    'django',
    'pillow',
    'numpy',
    'aiohttp',
    'sqlalchemy',
    'paramiko',
    'lxml',
    'protobuf',
    'grpcio',
    'starlette',
    'fastapi',
    'gunicorn',
    'uvicorn',
    'tornado',
    'twisted',
    'pygments',
    'markdown',
    'babel',
    'black',
    'jupyter-server',
    'notebook',
    'pyjwt',
    'python-multipart',
    'waitress',
    'mako',
    'httpx',
    'h11',
    'dnspython',
    'pycryptodome',
    'rsa',
    'ecdsa',
    'future',
    'py',
    'wheel',
    'tqdm',
    'joblib',
    'nltk',
    'mlflow',
    'gitpython',
    'bleach',
    'zipp',
    'redis',
    'celery',
    'pymongo',
    'psycopg2',
  ],
  Maven: [
    'com.fasterxml.jackson.core:jackson-databind',
    'org.apache.logging.log4j:log4j-core',
    'org.springframework:spring-web',
    'org.springframework:spring-core',
    'org.springframework:spring-webmvc',
    'org.springframework:spring-beans',
    'org.yaml:snakeyaml',
    'com.google.guava:guava',
    'commons-io:commons-io',
    'org.apache.commons:commons-text',
    'commons-collections:commons-collections',
    'io.netty:netty-codec-http',
    'io.netty:netty-handler',
    'org.apache.tomcat.embed:tomcat-embed-core',
    'ch.qos.logback:logback-classic',
    'com.google.protobuf:protobuf-java',
    'org.postgresql:postgresql',
    'mysql:mysql-connector-java',
    'org.apache.httpcomponents:httpclient',
    'org.bouncycastle:bcprov-jdk15on',
    'com.h2database:h2',
    'org.eclipse.jetty:jetty-server',
    'org.apache.shiro:shiro-core',
    'com.thoughtworks.xstream:xstream',
    'com.squareup.okhttp3:okhttp',
    'org.jsoup:jsoup',
    'com.nimbusds:nimbus-jose-jwt',
    'org.apache.kafka:kafka-clients',
    'io.undertow:undertow-core',
    'org.hibernate:hibernate-core',
    'net.minidev:json-smart',
    'org.apache.zookeeper:zookeeper',
  ],
  Go: [
    'golang.org/x/net',
    'golang.org/x/crypto',
    'golang.org/x/text',
    'golang.org/x/sys',
    'google.golang.org/grpc',
    'google.golang.org/protobuf',
    'github.com/gin-gonic/gin',
    'github.com/gorilla/websocket',
    'github.com/golang-jwt/jwt',
    'github.com/dgrijalva/jwt-go',
    'github.com/prometheus/client_golang',
    'github.com/docker/docker',
    'github.com/opencontainers/runc',
    'github.com/containerd/containerd',
    'k8s.io/kubernetes',
    'k8s.io/client-go',
    'k8s.io/apimachinery',
    'github.com/hashicorp/vault',
    'github.com/go-git/go-git/v5',
    'github.com/labstack/echo/v4',
    'github.com/gofiber/fiber/v2',
    'github.com/emicklei/go-restful',
    'github.com/miekg/dns',
    'github.com/valyala/fasthttp',
    'github.com/sirupsen/logrus',
    'gopkg.in/yaml.v2',
    'gopkg.in/yaml.v3',
    'github.com/tidwall/gjson',
    'github.com/go-jose/go-jose/v3',
    'github.com/cloudflare/circl',
    'github.com/quic-go/quic-go',
    'github.com/jackc/pgx/v4',
    'github.com/aws/aws-sdk-go',
    'helm.sh/helm/v3',
  ],
  'crates.io': [
    'tokio',
    'hyper',
    'openssl',
    'smallvec',
    'regex',
    'time',
    'chrono',
    'rustls',
    'h2',
    'serde_yaml',
    'libgit2-sys',
    'git2',
    'crossbeam-channel',
    'crossbeam-deque',
    'rand_core',
    'sqlx',
    'diesel',
    'tar',
    'zip',
    'url',
    'idna',
    'ring',
    'webpki',
    'mio',
    'tower-http',
    'actix-web',
    'actix-http',
    'axum-core',
    'bytes',
    'owning_ref',
    'lru',
    'atty',
    'ansi_term',
    'nix',
    'remove_dir_all',
    'tempfile',
    'thread_local',
    'openssl-src',
    'shlex',
    'rustix',
  ],
};

// Distro packages no container image carries (kernels, browsers, desktop suites): hundreds of advisories each.
const DISTRO_ADVISORY_CAP = 120;
const LICENSES = ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC', 'GPL-2.0-only', 'LGPL-2.1-or-later', 'MPL-2.0'];

interface RankedPool {
  readonly name: PoolName;
  readonly packages: readonly CatalogPackage[];
  readonly popularity: Zipf;
  /** Per package, its versions newest first: the rank a version is drawn by (newer versions are more common). */
  readonly versionOrder: readonly (readonly string[])[];
}

const VERSION_SKEW = 1.1;
const versionZipfs = new Map<number, Zipf>();
const versionZipf = (n: number): Zipf => {
  let z = versionZipfs.get(n);
  if (!z) {
    z = zipf(n, VERSION_SKEW);
    versionZipfs.set(n, z);
  }
  return z;
};

function rankPool(pool: PackagePool, name: PoolName, seed: string): RankedPool {
  const base = name.split(':')[0] as string;
  const distro = base === 'Debian' || base === 'Alpine';
  const usable = pool.packages.filter(
    (p) => !(distro && p.advisories > DISTRO_ADVISORY_CAP) && !(base === 'Go' && p.name === 'stdlib'),
  );
  const byName = new Map(usable.map((p) => [p.name, p]));
  const head = (POPULAR[base] ?? []).map((n) => byName.get(n)).filter((p) => p !== undefined);
  const inHead = new Set(head.map((p) => p.name));
  const tail = rngOf(`${seed}/pool/${name}`).shuffle(usable.filter((p) => !inHead.has(p.name)));
  const packages = [...head, ...tail];
  return {
    name,
    packages,
    popularity: zipf(packages.length, 1.0),
    versionOrder: packages.map((p) => p.versions),
  };
}

// ---- components

interface Pick {
  readonly pool: RankedPool;
  readonly pkg: number;
  version: string;
}

const DISTROS = [
  { pool: 'Debian:12', distro: 'debian-12', share: 0.45, os: [130, 190] },
  { pool: 'Debian:11', distro: 'debian-11', share: 0.2, os: [130, 190] },
  { pool: 'Alpine:v3.18', distro: 'alpine-3.18.6', share: 0.12, os: [40, 90] },
  { pool: 'Alpine:v3.19', distro: 'alpine-3.19.1', share: 0.12, os: [40, 90] },
  { pool: 'Alpine:v3.20', distro: 'alpine-3.20.3', share: 0.11, os: [40, 90] },
] as const;
const LANGUAGES = [
  { pool: 'npm', share: 0.25 },
  { pool: 'PyPI', share: 0.25 },
  { pool: 'Maven', share: 0.2 },
  { pool: 'Go', share: 0.2 },
  { pool: 'crates.io', share: 0.1 },
] as const;

function byShare<T extends { share: number }>(rng: Rng, items: readonly T[]): T {
  let x = rng.next();
  for (const item of items) {
    x -= item.share;
    if (x < 0) return item;
  }
  return items[items.length - 1] as T;
}

interface ServiceShape {
  readonly distro: (typeof DISTROS)[number];
  /** Pools and how many distinct packages to draw from each. */
  readonly quota: readonly { pool: RankedPool; count: number }[];
}

function shapeOf(pools: Map<PoolName, RankedPool>, rng: Rng, total: number): ServiceShape {
  const distro = byShare(rng, DISTROS);
  const os = pools.get(distro.pool)!;
  const primary = byShare(rng, LANGUAGES);
  const cap = (p: RankedPool) => Math.floor(p.packages.length * 0.5);
  const quota = new Map<RankedPool, number>();
  const add = (p: RankedPool, n: number): number => {
    const room = cap(p) - (quota.get(p) ?? 0);
    const take = Math.max(0, Math.min(n, room));
    if (take > 0) quota.set(p, (quota.get(p) ?? 0) + take);
    return take;
  };
  let left = total;
  left -= add(os, distro.os[0] + rng.int(distro.os[1] - distro.os[0]));
  left -= add(pools.get(primary.pool)!, Math.round(left * 0.85));
  // a second language (build tools, sidecar scripts), then the distro fills what the small pools cannot
  const others = rng.shuffle(LANGUAGES.filter((l) => l.pool !== primary.pool));
  for (const l of others) if (left > 0) left -= add(pools.get(l.pool)!, Math.min(left, 20 + rng.int(40)));
  if (left > 0) left -= add(os, left);
  for (const l of others) if (left > 0) left -= add(pools.get(l.pool)!, left);
  if (left > 0) throw new Error(`the catalog is too small for ${total} components per SBOM`);
  return { distro, quota: [...quota].map(([pool, count]) => ({ pool, count })) };
}

function drawPackages(rng: Rng, pool: RankedPool, count: number, taken: Set<number>): number[] {
  const out: number[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const k = pool.popularity.draw(rng);
    if (taken.has(k)) continue;
    taken.add(k);
    out.push(k);
  }
  for (let k = 0; out.length < count && k < pool.packages.length; k++) {
    if (taken.has(k)) continue;
    taken.add(k);
    out.push(k);
  }
  return out;
}

const drawVersion = (rng: Rng, pool: RankedPool, pkg: number): string => {
  const order = pool.versionOrder[pkg] as readonly string[];
  return order[versionZipf(order.length).draw(rng)] as string;
};

function purlOf(pick: Pick, distro: string): { purl: string; group?: string; name: string } {
  const name = pick.pool.packages[pick.pkg]!.name;
  const version = pick.version;
  const base = pick.pool.name.split(':')[0];
  const make = (
    type: string,
    namespace: string,
    n: string,
    v: string,
    qualifiers: Record<string, string> = {},
  ) => formatPurl({ type, namespace, name: n, version: v, qualifiers, subpath: '' });
  switch (base) {
    case 'npm': {
      const slash = name.startsWith('@') ? name.indexOf('/') : -1;
      const scope = slash > 0 ? name.slice(0, slash) : '';
      const n = slash > 0 ? name.slice(slash + 1) : name;
      return { purl: make('npm', scope, n, version), ...(scope ? { group: scope } : {}), name: n };
    }
    case 'PyPI':
      return { purl: make('pypi', '', name, version), name };
    case 'Maven': {
      const [group = '', artifact = name] = name.split(':');
      return { purl: make('maven', group, artifact, version, { type: 'jar' }), group, name: artifact };
    }
    case 'Go': {
      const slash = name.lastIndexOf('/');
      const v = version.startsWith('v') ? version : `v${version}`;
      return { purl: make('golang', name.slice(0, Math.max(slash, 0)), name.slice(slash + 1), v), name };
    }
    case 'crates.io':
      return { purl: make('cargo', '', name, version), name };
    case 'Debian':
      return {
        purl: make('deb', 'debian', name, version, { arch: 'amd64', distro, upstream: name }),
        name,
      };
    default:
      return { purl: make('apk', 'alpine', name, version, { arch: 'x86_64', distro }), name };
  }
}

// ---- names

const DOMAINS = [
  'payments',
  'orders',
  'catalog',
  'checkout',
  'search',
  'identity',
  'billing',
  'shipping',
  'inventory',
  'pricing',
  'notify',
  'reports',
  'ledger',
  'gateway',
  'media',
  'profile',
  'reviews',
  'ads',
  'fraud',
  'ml',
];
const ROLES = ['api', 'worker', 'web', 'consumer', 'scheduler', 'sync', 'proxy', 'batch', 'admin', 'stream'];

const serviceName = (s: number): string =>
  `${DOMAINS[s % DOMAINS.length]}-${ROLES[Math.floor(s / DOMAINS.length) % ROLES.length]}-${s}`;
const teamOf = (s: number): string => `team-${DOMAINS[s % DOMAINS.length]}`;

const ENVIRONMENTS: readonly (EnvironmentPlan & {
  share: number;
  start: readonly number[];
  upgrade: number;
})[] = [
  { name: 'production', clusters: ['prod-eu-1', 'prod-us-1'], share: 0.4, start: [0, 1], upgrade: 0.3 },
  { name: 'staging', clusters: ['staging-1'], share: 0.3, start: [1, 2], upgrade: 0.5 },
  { name: 'development', clusters: ['dev-1'], share: 0.3, start: [2], upgrade: 0.7 },
];

/** Reads the OSV mirror and lays out the estate; SBOM bytes and snapshots are made on demand. */
export async function generateEstate(opts: EstateOptions): Promise<Estate> {
  const seed = opts.seed ?? 'vigil-estate-1';
  const perSbom = opts.componentsPerSbom ?? COMPONENTS_PER_SBOM;
  const raw = await readOsvCatalog(opts.osvFolder);
  const pools = new Map<PoolName, RankedPool>();
  for (const name of ESTATE_POOLS) pools.set(name, rankPool(raw.get(name)!, name, seed));
  const catalog: Record<string, { packages: number; versions: number }> = {};
  for (const [name, p] of pools)
    catalog[name] = {
      packages: p.packages.length,
      versions: p.packages.reduce((n, x) => n + x.versions.length, 0),
    };

  const artifactCount = Math.max(BUILDS, Math.round(ARTIFACTS_AT_SCALE_1 * opts.scale));
  const services = Math.max(1, Math.floor(artifactCount / BUILDS));
  const digestOf = (service: number, build: number) =>
    `sha256:${sha256Hex(`${seed}/artifact/${service}/${build}`)}`;
  const plan = (service: number, build: number, index: number): ArtifactPlan => ({
    index,
    service,
    build,
    repository: `${REGISTRY}/${teamOf(service)}/${serviceName(service)}`,
    tag: `1.${build}.${service % 7}`,
    digest: digestOf(service, build),
  });
  const artifacts: ArtifactPlan[] = [];
  for (let b = 0; b < BUILDS; b++)
    for (let s = 0; s < services; s++) artifacts.push(plan(s, b, artifacts.length));
  const extra = Array.from({ length: Math.min(EXTRA_SBOMS, services) }, (_, i) =>
    plan(i, BUILDS, artifacts.length + i),
  );
  const artifactOf = (service: number, build: number): ArtifactPlan =>
    build < BUILDS ? artifacts[build * services + service]! : plan(service, build, -1);

  // A service's packages: its shape and build 0 from its own stream, then each build mutates the previous.
  const shapes = new Map<number, ServiceShape>();
  const shapeFor = (service: number): ServiceShape => {
    let shape = shapes.get(service);
    if (!shape) {
      shape = shapeOf(pools, rngOf(`${seed}/shape/${service}`), perSbom);
      shapes.set(service, shape);
    }
    return shape;
  };
  const picksOf = (service: number, build: number): Pick[] => {
    const shape = shapeFor(service);
    const rng = rngOf(`${seed}/service/${service}/build/0`);
    const taken = new Map<RankedPool, Set<number>>();
    const picks: Pick[] = [];
    for (const { pool, count } of shape.quota) {
      const set = new Set<number>();
      taken.set(pool, set);
      for (const pkg of drawPackages(rng, pool, count, set))
        picks.push({ pool, pkg, version: drawVersion(rng, pool, pkg) });
    }
    for (let b = 1; b <= build; b++) {
      const step = rngOf(`${seed}/service/${service}/build/${b}`);
      for (let i = 0; i < picks.length; i++) {
        const p = picks[i]!;
        if (step.chance(0.03)) {
          // a dependency replaced by another of the same ecosystem
          const set = taken.get(p.pool)!;
          const [pkg] = drawPackages(step, p.pool, 1, set);
          if (pkg === undefined) continue;
          set.delete(p.pkg);
          picks[i] = { pool: p.pool, pkg, version: drawVersion(step, p.pool, pkg) };
        } else if (step.chance(0.15)) {
          p.version = drawVersion(step, p.pool, p.pkg);
        }
      }
    }
    return picks;
  };

  const sbom = (a: ArtifactPlan): Uint8Array => {
    const shape = shapeFor(a.service);
    const picks = picksOf(a.service, a.build);
    const rng = rngOf(`${seed}/sbom/${a.service}/${a.build}`);
    const components = picks.map((p) => {
      const { purl, group, name } = purlOf(p, shape.distro.distro);
      const maven = p.pool.name === 'Maven';
      return {
        type: 'library',
        'bom-ref': purl,
        ...(group ? { group } : {}),
        name,
        version: p.version,
        ...(rng.chance(0.6) ? { licenses: [{ license: { id: rng.pick(LICENSES) } }] } : {}),
        ...(maven
          ? { hashes: [{ alg: 'SHA-1', content: createHash('sha1').update(purl).digest('hex') }] }
          : {}),
        purl,
      };
    });
    // A dependency tree: a tenth of the components are direct, every other one hangs below an earlier one.
    const order = rng.shuffle(components.map((_, i) => i));
    const direct = Math.max(1, Math.ceil(order.length / 10));
    const children = components.map(() => new Set<number>());
    for (let k = direct; k < order.length; k++) {
      children[order[rng.int(k)]!]!.add(order[k]!);
      if (rng.chance(0.2)) children[order[rng.int(k)]!]!.add(order[k]!);
    }
    const at = new Date(BASE_TIME + a.build * 7 * DAY + a.service * 1000).toISOString();
    const hex = a.digest.slice('sha256:'.length);
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      serialNumber: `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
      version: 1,
      metadata: {
        timestamp: at,
        tools: { components: [{ type: 'application', name: 'estate-generator', version: '1' }] },
        component: {
          type: 'container',
          'bom-ref': 'root',
          name: a.repository,
          version: a.tag,
          hashes: [{ alg: 'SHA-256', content: hex }],
        },
      },
      components,
      dependencies: [
        { ref: 'root', dependsOn: order.slice(0, direct).map((i) => components[i]!['bom-ref']) },
        ...components.map((c, i) => ({
          ref: c['bom-ref'],
          dependsOn: [...children[i]!].map((j) => components[j]!['bom-ref']),
        })),
      ],
    };
    return Buffer.from(JSON.stringify(bom));
  };

  // ---- workloads and rounds
  const workloadCount = Math.max(3, Math.round(WORKLOADS_AT_SCALE_1 * opts.scale));
  const serviceDemand = zipf(services, 0.8);
  const workloads: WorkloadPlan[] = [];
  const rng = rngOf(`${seed}/workloads`);
  let w = 0;
  for (const env of ENVIRONMENTS) {
    const n =
      env === ENVIRONMENTS[ENVIRONMENTS.length - 1]
        ? workloadCount - w
        : Math.round(workloadCount * env.share);
    for (let i = 0; i < n; i++, w++) {
      const service = serviceDemand.draw(rng);
      const builds: number[] = [rng.pick(env.start)];
      for (let r = 1; r < ROUNDS; r++) {
        const last = builds[r - 1]!;
        builds.push(last < BUILDS - 1 && rng.chance(env.upgrade) ? last + 1 : last);
      }
      workloads.push({
        environment: env.name,
        cluster: env.clusters[i % env.clusters.length]!,
        namespace: teamOf(service),
        name: `${serviceName(service)}-${w.toString(36)}`,
        service,
        replicas: rng.chance(0.15) ? 2 : 1,
        internetFacing: rng.chance(0.05),
        builds,
      });
    }
  }
  const byCluster = new Map<string, WorkloadPlan[]>();
  for (const wl of workloads) {
    const list = byCluster.get(wl.cluster);
    if (list) list.push(wl);
    else byCluster.set(wl.cluster, [wl]);
  }
  const roundTime = (round: number) => new Date(BASE_TIME + (BUILDS * 7 + round) * DAY).toISOString();

  const snapshot = (round: number, cluster: string): KubernetesDocument[] => {
    const items: unknown[] = [];
    const at = roundTime(round);
    for (const wl of byCluster.get(cluster) ?? []) {
      const art = artifactOf(wl.service, wl.builds[round]!);
      const hash = sha256Hex(`${wl.name}/${art.digest}`).slice(0, 10);
      const labels = { app: wl.name, 'pod-template-hash': hash };
      for (let r = 0; r < wl.replicas; r++) {
        const pod = `${wl.name}-${hash}-${sha256Hex(`${hash}/${r}`).slice(0, 5)}`;
        items.push({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: pod,
            namespace: wl.namespace,
            uid: sha256Hex(`uid/${cluster}/${pod}`).slice(0, 32),
            labels,
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${wl.name}-${hash}`, controller: true },
            ],
          },
          spec: {
            serviceAccountName: 'default',
            containers: [{ name: 'app', image: `${art.repository}:${art.tag}` }],
          },
          status: {
            phase: 'Running',
            startTime: at,
            containerStatuses: [
              {
                name: 'app',
                image: `${art.repository}:${art.tag}`,
                imageID: `${art.repository}@${art.digest}`,
                ready: true,
              },
            ],
          },
        });
      }
      if (wl.internetFacing) {
        items.push({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: {
            name: `${wl.name}-lb`,
            namespace: wl.namespace,
            uid: sha256Hex(`svc/${wl.name}`).slice(0, 32),
          },
          spec: { type: 'LoadBalancer', selector: { app: wl.name }, ports: [{ port: 443, protocol: 'TCP' }] },
        });
      }
    }
    return [{ value: { apiVersion: 'v1', kind: 'List', items }, where: `${cluster}-round-${round}.json` }];
  };

  return {
    seed,
    scale: opts.scale,
    services,
    componentsPerSbom: perSbom,
    catalog,
    artifacts,
    extra,
    environments: ENVIRONMENTS.map(({ name, clusters }) => ({ name, clusters })),
    workloads,
    rounds: ROUNDS,
    sbom,
    roundTime,
    snapshot,
    artifactOf,
  };
}
