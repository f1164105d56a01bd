/**
 * Debounces lint runs per document and drops stale ones: a run scheduled for a version is
 * skipped when a newer version arrives first, and its result is thrown away when a newer version
 * arrived while it ran, so only the latest version's diagnostics are ever published.
 */
export class LintScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latest = new Map<string, number>();

  constructor(private readonly delay: () => number) {}

  /** Notes that `uri` is now at `version`, and runs `lint` once the user pauses. */
  schedule(uri: string, version: number, lint: () => Promise<void> | void, delay = this.delay()): void {
    this.latest.set(uri, version);
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        if (this.isLatest(uri, version)) void lint();
      }, delay),
    );
  }

  /** Whether `version` is still the newest version of `uri` the scheduler has heard of. */
  isLatest(uri: string, version: number): boolean {
    return this.latest.get(uri) === version;
  }

  forget(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.latest.delete(uri);
  }
}
