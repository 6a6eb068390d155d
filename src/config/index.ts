// The config entry point (`routellm/config`): loading, validating and the embedded default, without
// the router, LangChain or the server. The root entry point re-exports all of it.
export { RouterError, isRouterError, type RouterErrorCode } from "../errors.js";
export {
  parseConfig,
  loadConfigFile,
  resolveConfig,
  toLoadedConfig,
  defineConfig,
  describeIssues,
  DEFAULT_CONFIG_FILE,
  type LoadedConfig,
  type ConfigIssue,
} from "./load-config.js";
export { DEFAULT_CONFIG } from "./default-config.js";
export type { RouterConfig, RouterConfigInput } from "./schema.js";
export type { PrivacyConfig } from "./sections/privacy.js";
export { batchSchema, type BatchConfig } from "./sections/batch.js";
export { effectiveLatency, type LatencyConfig, type LatencyProfile, type ScenarioConfig } from "./sections/simulation.js";
export { HARDWARE_PROFILE_NAMES, type HardwareProfileName } from "./sections/latency-profiles.js";
export { applyEnvironment, CONFIG_PATH_VARIABLE, describeOrigin, ENVIRONMENT_SETTINGS, type EnvironmentSetting } from "./environment.js";
