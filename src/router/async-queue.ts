/** A tiny push/pull queue bridging callbacks to an async iterator. */
export function createAsyncQueue<T>() {
  const items: T[] = [];
  let waiting: ((value: IteratorResult<T>) => void) | undefined;
  let failure: unknown;
  let closed = false;
  return {
    push(item: T) {
      if (closed) return;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: item, done: false });
      } else items.push(item);
    },
    fail(error: unknown) {
      failure = error;
      this.close();
    },
    close() {
      closed = true;
      if (waiting && items.length === 0) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: undefined as T, done: true });
      }
    },
    async *[Symbol.asyncIterator](): AsyncGenerator<T> {
      for (;;) {
        if (items.length > 0) {
          yield items.shift()!;
          continue;
        }
        if (closed) {
          if (failure !== undefined) throw failure;
          return;
        }
        const next = await new Promise<IteratorResult<T>>((resolve) => (waiting = resolve));
        if (next.done) {
          if (failure !== undefined) throw failure;
          return;
        }
        yield next.value;
      }
    },
  };
}
