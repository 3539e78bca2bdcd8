/**
 * A fixed set of slots (context sequences) handed out in FIFO order, with a bounded wait queue.
 * Past the queue limit callers get `ModelBusyError` immediately, so an overloaded server sheds
 * load with a Retry-After instead of piling up requests until they time out.
 */
import { ModelBusyError } from '@grounded/shared';

interface Waiter<T> {
  resolve(slot: T): void;
  reject(error: unknown): void;
}

export interface QueueStats {
  slots: number;
  busy: number;
  waiting: number;
  queueLimit: number;
}

export class RequestQueue<T> {
  private readonly free: T[];
  private readonly waiters: Waiter<T>[] = [];
  private readonly total: number;
  /** Moving average of how long a slot is held, for Retry-After estimates. */
  private avgHoldMs = 1000;

  constructor(
    slots: T[],
    private readonly queueLimit: number,
  ) {
    this.free = [...slots];
    this.total = slots.length;
  }

  stats(): QueueStats {
    return { slots: this.total, busy: this.total - this.free.length, waiting: this.waiters.length, queueLimit: this.queueLimit };
  }

  /** Waits for a free slot; rejects with `ModelBusyError` when the queue is full, or with the signal's reason. */
  acquire(signal?: AbortSignal): Promise<{ slot: T; release(): void }> {
    signal?.throwIfAborted();
    const started = performance.now();
    const lease = (slot: T) => {
      let released = false;
      return {
        slot,
        release: () => {
          if (released) return;
          released = true;
          this.avgHoldMs = this.avgHoldMs * 0.8 + (performance.now() - started) * 0.2;
          this.handOver(slot);
        },
      };
    };
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(lease(slot));
    if (this.waiters.length >= this.queueLimit) {
      const retryAfterMs = Math.max(100, Math.round((this.avgHoldMs * (this.waiters.length + 1)) / this.total));
      return Promise.reject(
        new ModelBusyError(`All ${this.total} model slots are busy and ${this.waiters.length} requests are waiting`, {
          hint: 'Retry after the suggested delay, or raise MODEL_SEQUENCES / MODEL_QUEUE_LIMIT.',
          retryAfterMs,
          details: { slots: this.total, queueLimit: this.queueLimit },
        }),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter<T> = {
        resolve: (s) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(lease(s));
        },
        reject,
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private handOver(slot: T): void {
    const next = this.waiters.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }
}
