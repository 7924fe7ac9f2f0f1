import type { InputIssue } from '../../core/input/index.js';

/** Collects warnings while mapping a document; past `limit`, only counts them. */
export class SbomWarnings {
  readonly #limit: number;
  readonly #issues: InputIssue[] = [];
  #dropped = 0;

  constructor(limit = 100) {
    this.#limit = limit;
  }

  add(issue: InputIssue): void {
    if (this.#issues.length < this.#limit) this.#issues.push(issue);
    else this.#dropped += 1;
  }

  /** The warnings as a spreadable `{ warnings }`, or `{}` when there are none. */
  toFields(): { warnings?: readonly InputIssue[] } {
    if (this.#issues.length === 0) return {};
    const more: InputIssue[] = this.#dropped
      ? [{ code: 'SBOM_MORE_WARNINGS', path: '', message: `${this.#dropped} more warnings were not kept` }]
      : [];
    return { warnings: [...this.#issues, ...more] };
  }
}
