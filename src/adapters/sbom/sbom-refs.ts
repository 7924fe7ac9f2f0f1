import { quoteValue } from '../../core/input/index.js';
import type { SbomDependency } from '../../core/sbom/sbom-document.js';
import type { SbomWarnings } from './sbom-warnings.js';

/**
 * Gives every component a ref unique in its document and keeps the dependency graph to known refs: the store
 * keys components by ref, and an edge to nothing cannot be stored. Both repairs leave a warning.
 */
export class SbomRefs {
  readonly #known = new Set<string>();
  readonly #subject = new Set<string>();
  readonly #warnings: SbomWarnings;

  constructor(warnings: SbomWarnings) {
    this.#warnings = warnings;
  }

  /**
   * The subject's ref: dependencies may name it without it being a component. Some tools also list the
   * subject among the components; that one component keeps the ref.
   */
  reserve(ref: string): void {
    this.#known.add(ref);
    this.#subject.add(ref);
  }

  /** The component's ref: as written; `#<index>` when absent; `<ref>#<index>` when already taken. */
  claim(written: string | undefined, index: number, path: string): string {
    let ref = written?.trim() || `#${index}`;
    if (this.#subject.delete(ref)) return ref;
    if (this.#known.has(ref)) {
      this.#warnings.add({
        code: 'SBOM_DUPLICATE_REF',
        path,
        message: `${quoteValue(ref)} is already the ref of another component; expected refs unique in the document (renamed ${quoteValue(`${ref}#${index}`)})`,
      });
      ref = `${ref}#${index}`;
    }
    this.#known.add(ref);
    return ref;
  }

  /** Merges entries of the same ref, removes repeated and unknown refs (with a warning per unknown ref). */
  dependencies(entries: readonly (SbomDependency & { readonly path: string })[]): SbomDependency[] {
    const merged = new Map<string, Set<string>>();
    entries.forEach(({ ref, dependsOn, path }) => {
      if (!this.#isKnown(ref, `${path}.ref`)) return;
      const targets = merged.get(ref) ?? new Set<string>();
      merged.set(ref, targets);
      dependsOn.forEach((target, j) => {
        if (this.#isKnown(target, `${path}.dependsOn[${j}]`)) targets.add(target);
      });
    });
    return [...merged].map(([ref, targets]) => ({ ref, dependsOn: [...targets] }));
  }

  #isKnown(ref: string, path: string): boolean {
    if (this.#known.has(ref)) return true;
    this.#warnings.add({
      code: 'SBOM_DEPENDENCY_REF',
      path,
      message: `${quoteValue(ref)} names no component of the document (edge dropped); expected a component's ref`,
    });
    return false;
  }
}
