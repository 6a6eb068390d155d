import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { CallbackManager, type Callbacks } from "@langchain/core/callbacks/manager";
import { AsyncLocalStorageProviderSingleton } from "@langchain/core/singletons";

/** Which runtime runs `router.invoke` and `router.explain`: "auto" (default) or always the compiled StateGraph. */
export type RouterExecutorChoice = "auto" | "stategraph";

/** What is fixed when the router is built: the choice, the injected models, whether every node returns plain updates. */
export interface ExecutorEligibility {
  choice: RouterExecutorChoice;
  /** Every node of the definition is declared `pure` or `plainUpdate` (returns plain state updates). */
  plainUpdates: boolean;
  /** Chat models given to createRouter (a model with its own callbacks would see no parent run). */
  injectedModels: readonly BaseChatModel[];
  /** A custom `createChatModel` may build models with their own callbacks. */
  customModelFactory: boolean;
}

/** Whether the router may use the definition executor at all (checked once, when it is built). */
export function executorMayApply(eligibility: ExecutorEligibility): boolean {
  return (
    eligibility.choice === "auto" &&
    eligibility.plainUpdates &&
    !eligibility.customModelFactory &&
    eligibility.injectedModels.every((model) => !hasHandlers(model.callbacks) && !model.verbose)
  );
}

/**
 * Whether this request may run on the definition executor instead of the compiled StateGraph:
 * only when nothing could observe the difference. No callback handler (the request's, or
 * tracing switched on by the environment, as CallbackManager.configure sees it) and no parent
 * runnable (the router called inside a LangChain runnable or a LangGraph node, whose config
 * LangChain carries in async local storage).
 */
export function executorAppliesTo(callbacks: Callbacks | undefined): boolean {
  if (AsyncLocalStorageProviderSingleton.getRunnableConfig() !== undefined) return false;
  return !hasHandlers(callbacks);
}

function hasHandlers(callbacks: Callbacks | undefined): boolean {
  const manager = CallbackManager.configure(callbacks);
  return manager !== undefined && manager.handlers.length > 0;
}
