import { fileURLToPath } from "node:url";

// The real sample shipped in the package (built by scripts/build-sample.ts; see data/sample/README.md).
const SAMPLE_FOLDER = new URL(import.meta.url.includes("/dist/") ? "../../../data/sample/" : "../../data/sample/", import.meta.url);

/** The shipped sample of recorded outcomes (chat, maths and code prompts). */
export const SAMPLE_DATASET_PATH = fileURLToPath(new URL("sample.outcomes.jsonl", SAMPLE_FOLDER));
/** The config the sample is replayed with (the default models, with the sample's model mapping). */
export const SAMPLE_CONFIG_PATH = fileURLToPath(new URL("sample.config.yaml", SAMPLE_FOLDER));
