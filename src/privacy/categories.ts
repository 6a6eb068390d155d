/** Every built-in category, for config validation and reports (defined with the config schema). */
export { BUILTIN_CATEGORIES } from "../config/sections/privacy-categories.js";
