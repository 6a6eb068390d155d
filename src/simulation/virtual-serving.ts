import { RouterError, type VirtualClock } from "../index.js";

interface ServingCall {
  modelId: string;
  local: boolean;
  /** Work left, in ms at full speed. */
  remainingMs: number;
  resolve: () => void;
  reject: (error: unknown) => void;
  detach: () => void;
}

export interface VirtualServingOptions {
  /** Local calls share one accelerator: k local calls in progress each run at 1/k speed. */
  sharedLocalDevice: boolean;
  /** Calls a model serves at once (`models[].maxConcurrency`); the rest wait in order. */
  maxConcurrency: ReadonlyMap<string, number | undefined>;
}

/**
 * The simulator's serving on its virtual clock: calls that overlap in virtual time progress
 * together (a request waits for the slower of two concurrent calls, not their sum), local calls
 * on a shared device split its speed, a model with `maxConcurrency` queues calls past its slots,
 * and a cancelled call stops where it is (the clock moves only to the next call that finishes).
 * Time advances once every call started in the same instant has registered (two event-loop turns).
 */
export class VirtualServing {
  private readonly active: ServingCall[] = [];
  private readonly waiting: ServingCall[] = [];
  private lastMs: number;
  private pumping = false;

  constructor(
    private readonly clock: VirtualClock,
    private readonly options: VirtualServingOptions,
  ) {
    this.lastMs = clock.now();
  }

  /** Resolves when `workMs` of full-speed work for `modelId` is done in virtual time; rejects when `signal` aborts first. */
  run(modelId: string, local: boolean, workMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(cancelled(modelId, signal));
      this.sync();
      const onAbort = () => {
        this.sync();
        this.remove(call);
        reject(cancelled(modelId, signal!));
        this.promote();
        this.schedule();
      };
      const call: ServingCall = {
        modelId,
        local,
        remainingMs: Math.max(0, workMs),
        resolve,
        reject,
        detach: () => signal?.removeEventListener("abort", onAbort),
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (this.hasSlot(modelId)) this.active.push(call);
      else this.waiting.push(call);
      this.schedule();
    });
  }

  private hasSlot(modelId: string): boolean {
    const limit = this.options.maxConcurrency.get(modelId);
    return limit === undefined || this.active.filter((call) => call.modelId === modelId).length < limit;
  }

  private rate(call: ServingCall): number {
    if (!call.local || !this.options.sharedLocalDevice) return 1;
    return 1 / Math.max(1, this.active.filter((other) => other.local).length);
  }

  /** Applies the progress made since the last event (the clock may have been moved by others). */
  private sync(): void {
    const now = this.clock.now();
    const elapsed = now - this.lastMs;
    if (elapsed > 0) for (const call of this.active) call.remainingMs -= elapsed * this.rate(call);
    this.lastMs = now;
  }

  private remove(call: ServingCall): void {
    for (const list of [this.active, this.waiting]) {
      const index = list.indexOf(call);
      if (index >= 0) list.splice(index, 1);
    }
  }

  private promote(): void {
    for (let index = 0; index < this.waiting.length;) {
      const call = this.waiting[index]!;
      if (this.hasSlot(call.modelId)) {
        this.waiting.splice(index, 1);
        this.active.push(call);
      } else index += 1;
    }
  }

  private schedule(): void {
    if (this.pumping || this.active.length === 0) return;
    this.pumping = true;
    setImmediate(() =>
      setImmediate(() => {
        this.pumping = false;
        this.step();
      }),
    );
  }

  /** Moves the clock to the next call that finishes and completes it (and any finishing together). */
  private step(): void {
    this.sync();
    if (this.active.length === 0) return;
    let next = Number.POSITIVE_INFINITY;
    for (const call of this.active) next = Math.min(next, Math.max(0, call.remainingMs) / this.rate(call));
    this.clock.set(this.clock.now() + next);
    this.sync();
    const done = this.active.filter((call) => call.remainingMs <= 1e-6);
    for (const call of done) {
      this.remove(call);
      call.detach();
    }
    this.promote();
    for (const call of done) call.resolve();
    this.schedule();
  }
}

function cancelled(modelId: string, signal: AbortSignal): RouterError {
  return new RouterError("CANCELLED", `simulated call of ${modelId} cancelled`, { cause: signal.reason, details: { modelId } });
}
