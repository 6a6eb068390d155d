import { Runnable, type RunnableConfig } from "@langchain/core/runnables";

/**
 * A graph node that calls its function directly. LangGraph wraps plain functions in a
 * RunnableCallable that enters an AsyncLocalStorage context and builds a LangSmith RunTree
 * (a uuid7 and timestamps) for every node of every request, even with tracing off; the router's
 * nodes pass their config explicitly and need neither, so this wrapper skips that per-node work.
 */
export class LightNode<Input, Output> extends Runnable<Input, Output> {
  lc_namespace = ["routellm", "nodes"];

  constructor(
    name: string,
    private readonly run: (input: Input, config?: RunnableConfig) => Promise<Output> | Output,
  ) {
    super();
    this.name = name;
  }

  override async invoke(input: Input, config?: RunnableConfig): Promise<Output> {
    return this.run(input, config);
  }
}
