import { describe, expect, it } from 'vitest';
import { formatPurl } from './format-purl.js';
import { parsePurl } from './parse-purl.js';

const parsed = (text: string) => {
  const result = parsePurl(text);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
};

describe('parsePurl', () => {
  // [input, canonical string]: cases built from the rules of the purl specification (ECMA-427, PURL-TYPES).
  it.each([
    ['pkg:npm/lodash@4.17.21', 'pkg:npm/lodash@4.17.21'],
    [
      'pkg:alpine/busybox@1.35.0-r17?distro=alpine-3.16.2',
      'pkg:apk/alpine/busybox@1.35.0-r17?distro=alpine-3.16.2',
    ],
    ['pkg:NPM/%40Babel/Core@7.24.0', 'pkg:npm/%40babel/core@7.24.0'],
    ['pkg:npm/@types/node@20.11.5', 'pkg:npm/%40types/node@20.11.5'],
    ['pkg:pypi/Zope.Interface@6.1', 'pkg:pypi/zope-interface@6.1'],
    ['pkg:pypi/typing__Extensions@4.9.0', 'pkg:pypi/typing-extensions@4.9.0'],
    ['pkg:pypi/ruamel.yaml.clib@0.2.8', 'pkg:pypi/ruamel-yaml-clib@0.2.8'],
    [
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2',
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2',
    ],
    ['pkg:maven/javax.xml.bind/JAXB-API@2.3.1?Type=jar', 'pkg:maven/javax.xml.bind/JAXB-API@2.3.1?type=jar'],
    [
      'pkg:golang/github.com/Azure/go-autorest@v14.2.0+incompatible',
      'pkg:golang/github.com/Azure/go-autorest@v14.2.0+incompatible',
    ],
    [
      'pkg:golang/github.com/BurntSushi/toml@v1.3.2#cmd/tomlv',
      'pkg:golang/github.com/BurntSushi/toml@v1.3.2#cmd/tomlv',
    ],
    [
      'pkg:deb/Debian/openssl@3.0.11-1~deb12u2?distro=debian-12&arch=amd64',
      'pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12',
    ],
    [
      'pkg:deb/ubuntu/libc6@2.35-0ubuntu3.6?arch=amd64&distro=ubuntu-22.04',
      'pkg:deb/ubuntu/libc6@2.35-0ubuntu3.6?arch=amd64&distro=ubuntu-22.04',
    ],
    [
      'pkg:apk/Alpine/BusyBox@1.36.1-r5?arch=x86_64&distro=3.19.0',
      'pkg:apk/alpine/busybox@1.36.1-r5?arch=x86_64&distro=3.19.0',
    ],
    [
      'pkg:rpm/RedHat/NetworkManager@1.42.2-8.el9?arch=x86_64&epoch=1&distro=rhel-9.2',
      'pkg:rpm/redhat/NetworkManager@1.42.2-8.el9?arch=x86_64&distro=rhel-9.2&epoch=1',
    ],
    ['pkg:github/Kubernetes/Kubectl@v1.29.0', 'pkg:github/kubernetes/kubectl@v1.29.0'],
    ['pkg:bitbucket/Atlassian/Python-Bitbucket@0.1', 'pkg:bitbucket/atlassian/python-bitbucket@0.1'],
    ['pkg:nuget/Newtonsoft.Json@13.0.3', 'pkg:nuget/Newtonsoft.Json@13.0.3'],
    ['pkg:oci/debian@SHA256%3AABCDEF?tag=bookworm', 'pkg:oci/debian@sha256:abcdef?tag=bookworm'],
    ['pkg://gem/rails@7.1.2', 'pkg:gem/rails@7.1.2'],
    ['pkg:///cargo/serde@1.0.195', 'pkg:cargo/serde@1.0.195'],
    [
      'pkg:generic/openssl@3.2.0?download_url=https://www.openssl.org/source/openssl-3.2.0.tar.gz',
      'pkg:generic/openssl@3.2.0?download_url=https://www.openssl.org/source/openssl-3.2.0.tar.gz',
    ],
    [
      'pkg:npm/left-pad@1.3.0?vcs_url=git%2Bhttps://github.com/a/b.git%40abc',
      'pkg:npm/left-pad@1.3.0?vcs_url=git%2Bhttps://github.com/a/b.git%40abc',
    ],
    [
      'pkg:npm/left-pad@1.3.0?vcs_url=git+https://github.com/a/b.git',
      'pkg:npm/left-pad@1.3.0?vcs_url=git%2Bhttps://github.com/a/b.git',
    ],
    ['pkg:maven/g/a@1.0%20Final?note=two%20words', 'pkg:maven/g/a@1.0%20Final?note=two%20words'],
    ['pkg:npm/a@1.0.0?empty=&arch=x', 'pkg:npm/a@1.0.0?arch=x'],
    ['pkg:npm/a@1.0.0#/./dist/../lib//', 'pkg:npm/a@1.0.0#dist/lib'],
    ['pkg:cran/A3@0.9.1', 'pkg:cran/A3@0.9.1'],
    ['pkg:swift/github.com/Alamofire/Alamofire@5.8.1', 'pkg:swift/github.com/Alamofire/Alamofire@5.8.1'],
    ['pkg:conan/bincrafters/zlib@1.3?channel=stable', 'pkg:conan/bincrafters/zlib@1.3?channel=stable'],
    ['pkg:k8s/k8s.io%2Fkubernetes@1.27.0', 'pkg:k8s/k8s.io%2Fkubernetes@1.27.0'],
    ['pkg:githubactions/docker/login-action@2.%2A.%2A', 'pkg:githubactions/docker/login-action@2.%2A.%2A'],
  ])('%s → %s', (input, canonical) => {
    expect(formatPurl(parsed(input))).toBe(canonical);
  });

  it('splits the components', () => {
    expect(
      parsed('pkg:deb/debian/curl@7.88.1-10+deb12u5?arch=arm64&distro=debian-12&epoch=1#usr/bin'),
    ).toEqual({
      type: 'deb',
      namespace: 'debian',
      name: 'curl',
      version: '7.88.1-10+deb12u5',
      qualifiers: { arch: 'arm64', distro: 'debian-12', epoch: '1' },
      subpath: 'usr/bin',
    });
  });

  it.each([
    ['lodash@4.17.21', 'no pkg: scheme'],
    ['pkg:lodash@4.17.21', 'no name'],
    ['pkg:npm', 'no name'],
    ['pkg:npm/', 'no name'],
    ['pkg:maven/@1.3.4', 'no name'],
    ['pkg:3com/x@1', 'type "3com" is not valid'],
    ['pkg:n&g?inx/nginx@0.8.9', 'no name'],
    ['pkg:n%20x/nginx@0.8.9', 'type "n x" is not valid'],
    ['pkg:nginx:a/nginx@0.8.9', 'type "nginx:a" is not valid'],
    ['pkg:npm/foobar@', 'empty version'],
    ['pkg:npm/a@1.0.0?in%20production=true', 'qualifier key "in%20production" is not valid'],
    ['pkg:npm/a@1.0.0?arch=x&Arch=y', 'appears twice'],
    ['pkg:npm/a@1.0.0?q=%E0%A4%A', 'broken percent-encoding'],
    ['pkg:maven/commons-io@2.6', 'maven needs a namespace'],
    ['pkg:swift/Alamofire@5.4.3', 'swift needs'],
    ['pkg:cran/A3', 'cran needs a version'],
    ['pkg:conan/bincrafters/cctz@2.3', 'needs a channel'],
    ['pkg:conan/cctz@2.3?channel=stable', 'needs a namespace'],
  ])('refuses %s (%s)', (input, why) => {
    const result = parsePurl(input, 'components[3].purl');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'PURL_INVALID', path: 'components[3].purl' });
    expect(result.issues[0]?.message).toContain(why);
    expect(result.issues[0]?.message).toContain('expected pkg:<type>/');
  });
});
