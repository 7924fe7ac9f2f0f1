/**
 * Distro releases as OSV ecosystem suffixes name them, and how a component's release (from an SBOM's
 * `distro` qualifier, /etc/os-release, or given by hand) is brought to the same form.
 */

// distro-info-data debian.csv: codename → OSV release (a number since 7, "x.y" before).
const DEBIAN_CODENAMES: Record<string, string> = {
  buzz: '1.1',
  rex: '1.2',
  bo: '1.3',
  hamm: '2.0',
  slink: '2.1',
  potato: '2.2',
  woody: '3.0',
  sarge: '3.1',
  etch: '4.0',
  lenny: '5.0',
  squeeze: '6.0',
  wheezy: '7',
  jessie: '8',
  stretch: '9',
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14',
  duke: '15',
  sid: 'sid',
  unstable: 'sid',
};

// distro-info-data ubuntu.csv: codename → YY.MM.
const UBUNTU_CODENAMES: Record<string, string> = {
  precise: '12.04',
  trusty: '14.04',
  xenial: '16.04',
  bionic: '18.04',
  cosmic: '18.10',
  disco: '19.04',
  eoan: '19.10',
  focal: '20.04',
  groovy: '20.10',
  hirsute: '21.04',
  impish: '21.10',
  jammy: '22.04',
  kinetic: '22.10',
  lunar: '23.04',
  mantic: '23.10',
  noble: '24.04',
  oracular: '24.10',
  plucky: '25.04',
  questing: '25.10',
};

/** Drops a `<distro>-` prefix such as `debian-`, `ubuntu-`, `alpine-`, `rhel-`, `almalinux-`. */
function stripDistroPrefix(text: string): string {
  return text.replace(
    /^(?:debian|ubuntu|alpine|rhel|redhat|almalinux|alma|rocky|rockylinux|mageia|sles|sled|suse|opensuse)[-_ ]?/,
    '',
  );
}

/**
 * The release in the form OSV uses for this base ecosystem, or undefined when the text is not a release
 * of it: Debian `12` (also `12.4`, `bookworm`, `debian-12`), Ubuntu `22.04` (also `jammy`), Alpine `v3.18`
 * (also `3.18.4`, `alpine-3.18`), RPM distros their major version (`9.3` → `9`) unless a minor is what
 * the advisory names (Red Hat EUS streams), SUSE/openSUSE a `product version` pair.
 * @example normalizeRelease('Debian', 'bookworm') // '12'
 */
export function normalizeRelease(base: string, release: string): string | undefined {
  const text = stripDistroPrefix(release.trim().toLowerCase());
  if (text === '') return undefined;
  switch (base) {
    case 'Debian': {
      const named = DEBIAN_CODENAMES[text];
      if (named) return named;
      const m = /^(\d+)(?:\.(\d+))?/.exec(text);
      if (!m) return undefined;
      const major = Number(m[1]);
      // Debian numbers releases by their major version since 7; before, "3.1" and "6.0" name the release.
      return major >= 7 ? String(major) : `${major}.${m[2] ?? '0'}`;
    }
    case 'Ubuntu': {
      const named = UBUNTU_CODENAMES[text.split(/[\s:]/)[0] ?? ''];
      if (named) return named;
      const m = /(\d{2}\.\d{2})/.exec(text);
      return m?.[1];
    }
    case 'Alpine': {
      if (text === 'edge') return 'edge';
      const m = /^v?(\d+)\.(\d+)/.exec(text);
      return m ? `v${Number(m[1])}.${Number(m[2])}` : undefined;
    }
    case 'SUSE':
    case 'openSUSE':
      return suseRelease(text);
    default: {
      // RPM distros (Red Hat CPE suffixes such as `enterprise_linux:9::appstream` or `rhel_eus:9.2::baseos`).
      const m = /(?:^|[:_-])(\d+(?:\.\d+)?)(?=$|[:_.-])/.exec(text);
      return m?.[1];
    }
  }
}

// "SUSE Linux Enterprise Server 15 SP5" → "15.5"; "openSUSE Leap 15.5" → "leap 15.5"; "Tumbleweed".
function suseRelease(text: string): string | undefined {
  if (text.includes('tumbleweed')) return 'tumbleweed';
  const m = /(\d+)(?:[\s.-]*sp(\d+)|\.(\d+))?/.exec(text);
  if (!m) return undefined;
  const version = `${Number(m[1])}.${Number(m[2] ?? m[3] ?? 0)}`;
  const flavour = ['leap-micro', 'leap micro', 'leap', 'micro'].find((f) => text.includes(f));
  return flavour ? `${flavour.replace(' ', '-')} ${version}` : version;
}

/**
 * Whether an advisory scoped to `advisoryRelease` applies to a component of `componentRelease`, both in
 * any spelling `normalizeRelease` reads. A major-only advisory release (`AlmaLinux:9`, `Red Hat:…:9::…`)
 * covers every minor release of it.
 */
export function releaseMatches(base: string, advisoryRelease: string, componentRelease: string): boolean {
  // Matching asks the same few (release, release) pairs for every entry of every distro advisory: remember them.
  const key = `${base}\u0000${advisoryRelease}\u0000${componentRelease}`;
  let answer = RELEASE_MATCHES.get(key);
  if (answer === undefined) {
    answer = computeReleaseMatch(base, advisoryRelease, componentRelease);
    if (RELEASE_MATCHES.size >= RELEASE_MATCHES_MAX) RELEASE_MATCHES.clear();
    RELEASE_MATCHES.set(key, answer);
  }
  return answer;
}

const RELEASE_MATCHES = new Map<string, boolean>();
// Distinct pairs are few (releases × releases); the cap only guards against adversarial input.
const RELEASE_MATCHES_MAX = 100_000;

function computeReleaseMatch(base: string, advisoryRelease: string, componentRelease: string): boolean {
  const a = normalizeRelease(base, advisoryRelease);
  const c = normalizeRelease(base, componentRelease);
  if (a === undefined || c === undefined)
    return advisoryRelease.trim().toLowerCase() === componentRelease.trim().toLowerCase();
  if (a === c) return true;
  return /^\d+$/.test(a) && c.startsWith(`${a}.`) && !['Debian', 'Ubuntu', 'Alpine'].includes(base);
}
