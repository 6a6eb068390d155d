/**
 * Work a router does after a request has returned (the local calls of a local exploration, and
 * what online learning takes from them): tracked, bounded and cancellable, so that nothing leaks.
 * `close()` aborts every task's signal and waits for the tasks to settle. A failing task never
 * throws: its error goes to `onError` (the caller logs its code, never the prompt). Pure.
 */
export interface BackgroundTasks {
  /**
   * Starts `work` with a signal aborted by `close()` (and by `signal`, if given). Returns false,
   * without starting it, when `limit` tasks are already running or the tasks were closed.
   */
  run(work: (signal: AbortSignal) => Promise<void>, signal?: AbortSignal): boolean;
  /** Tasks running now. */
  pending(): number;
  /** True when one more task may start. */
  hasRoom(): boolean;
  /** Aborts the running tasks and waits until every one has settled; no task starts afterwards. */
  close(): Promise<void>;
}

export interface BackgroundTaskOptions {
  /** Tasks allowed at once: past it, `run` refuses (the work is optional). */
  limit: number;
  /** A task failed (its error, swallowed). */
  onError: (error: unknown) => void;
}

export function createBackgroundTasks(options: BackgroundTaskOptions): BackgroundTasks {
  const running = new Set<Promise<void>>();
  const closing = new AbortController();
  let closed = false;
  return {
    run(work, signal) {
      if (closed || running.size >= options.limit) return false;
      const controller = new AbortController();
      const abort = (reason: unknown) => controller.abort(reason);
      const onClose = () => abort(closing.signal.reason);
      const onAbort = () => abort(signal?.reason);
      closing.signal.addEventListener("abort", onClose, { once: true });
      if (signal?.aborted) abort(signal.reason);
      else signal?.addEventListener("abort", onAbort, { once: true });
      // Started at once (synchronously): the work's first calls begin in the caller's turn.
      let done = false;
      let task: Promise<void> | undefined = undefined;
      task = (async () => {
        try {
          await work(controller.signal);
        } catch (error) {
          try {
            options.onError(error);
          } catch {
            // A failing error report must not fail the task.
          }
        } finally {
          closing.signal.removeEventListener("abort", onClose);
          signal?.removeEventListener("abort", onAbort);
          done = true;
          // A task that failed before its first await ends before `task` is assigned: it is never added.
          if (task) running.delete(task);
        }
      })();
      if (!done) running.add(task);
      return true;
    },
    pending: () => running.size,
    hasRoom: () => !closed && running.size < options.limit,
    async close() {
      closed = true;
      closing.abort(new Error("router closed"));
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
