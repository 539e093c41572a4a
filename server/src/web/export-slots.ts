/**
 * A few evidence exports at a time: each holds up to 50,000 rows and their workbook in memory, so
 * ten at once would take gigabytes. Beyond the running ones a short queue waits; beyond the queue
 * the answer is "busy, try again" at once rather than a pile of requests that all time out.
 */
export interface SlotLimits {
  running: number;
  waiting: number;
}

export class ExportSlots {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(readonly limits: SlotLimits) {}

  /** A release function once a slot is free; null at once when the queue is full too. */
  acquire(): Promise<() => void> | null {
    if (this.running < this.limits.running) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.limits.waiting) return null;
    return new Promise((resolve) => this.queue.push(() => resolve(this.releaser())));
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next();
      else this.running -= 1;
    };
  }
}
