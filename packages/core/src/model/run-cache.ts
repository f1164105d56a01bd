/**
 * Values by key, kept from one run to the next only while a run uses them. An editor re-reading
 * a resume after each keystroke reuses what did not change, and what the edit replaced is
 * forgotten at the end of the run, so memory stays the size of one resume however long one types.
 */
export class RunCache<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  /** A run that never ends (a caller that forgot to end it) still cannot grow past this. */
  constructor(private readonly limit = 20_000) {}

  get(key: string, make: () => V): V {
    const known = this.current.get(key);
    if (known !== undefined) return known;
    const value = this.previous.get(key) ?? make();
    this.current.set(key, value);
    if (this.current.size > this.limit) this.endRun();
    return value;
  }

  /** Ends a run: what it used is kept for the next, the rest is dropped. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}
