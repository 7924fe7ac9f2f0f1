/** How a sync reports progress; the CLI draws a bar (records/s, ETA), tests pass nothing. */
export interface SyncProgress {
  /** Starts a phase: `done` of `total` units are already done (a resumed sync). */
  begin(label: string, total: number, done: number): void;
  advance(done: number): void;
  /** A batch was committed (the cursor is durable from here on). */
  committed?(label: string, cursor: string): void;
  end(): void;
  note(message: string): void;
}

export const SILENT_PROGRESS: SyncProgress = {
  begin() {},
  advance() {},
  end() {},
  note() {},
};
