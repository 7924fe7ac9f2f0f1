// Libraries without type declarations, used only by tests as reference implementations.
declare module 'mvncmp' {
  /** Maven 3 ComparableVersion order: negative, 0 or positive. */
  export function compare(a: string, b: string): number;
}

declare module 'deb-version-compare' {
  /** dpkg order: -1, 0 or 1. */
  export default function compare(a: string, b: string): number;
}
