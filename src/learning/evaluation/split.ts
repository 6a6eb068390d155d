import { createHash } from "node:crypto";

/**
 * Stable share in [0, 1) of a prompt id (sha256), the basis of deterministic splits. Same
 * definition as the simulation's split, so `routellm train` and `routellm simulate` agree.
 */
export function idFraction(id: string): number {
  return createHash("sha256").update(id).digest().readUInt32BE(0) / 4294967296;
}
