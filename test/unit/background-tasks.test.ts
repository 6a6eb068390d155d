import { describe, expect, it } from "vitest";
import { createBackgroundTasks } from "../../src/policies/background-tasks.js";

/** Work that ends only when its signal aborts (and then one more turn later, as a cancelled call does). */
const untilAborted = (ended: string[], name: string) => (signal: AbortSignal) =>
  new Promise<void>((resolve) =>
    signal.addEventListener("abort", () =>
      setImmediate(() => {
        ended.push(name);
        resolve();
      }),
    ),
  );

describe("background tasks", () => {
  it("refuses past its limit, and close() aborts the running tasks and waits until they have ended", async () => {
    const tasks = createBackgroundTasks({ limit: 2, onError: () => undefined });
    const ended: string[] = [];
    expect(tasks.run(untilAborted(ended, "a"))).toBe(true);
    expect(tasks.run(untilAborted(ended, "b"))).toBe(true);
    expect(tasks.run(untilAborted(ended, "c"))).toBe(false);
    expect(tasks.pending()).toBe(2);
    await tasks.close();
    expect(ended.sort()).toEqual(["a", "b"]);
    expect(tasks.pending()).toBe(0);
    expect(tasks.hasRoom()).toBe(false);
    expect(tasks.run(async () => undefined)).toBe(false);
  });

  it("aborts a task with the request's signal, and swallows errors into onError (sync and async)", async () => {
    const errors: unknown[] = [];
    const tasks = createBackgroundTasks({ limit: 4, onError: (error) => errors.push(error) });
    const request = new AbortController();
    const ended: string[] = [];
    tasks.run(untilAborted(ended, "request"), request.signal);
    request.abort();
    tasks.run(() => {
      throw new Error("sync");
    });
    tasks.run(async () => {
      throw new Error("async");
    });
    for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(ended).toEqual(["request"]);
    expect(errors.map((error) => (error as Error).message).sort()).toEqual(["async", "sync"]);
    expect(tasks.pending()).toBe(0);
  });
});
