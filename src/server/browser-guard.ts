import { isIP } from "node:net";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ServerSettings } from "./settings.js";
import { HttpError } from "./http-errors.js";

/**
 * Checks that keep web pages out: a browser request from an origin not listed in `server.cors`
 * gets 403 (allowed origins get CORS headers and preflight answers), and a `Host` the server does
 * not answer to gets 421, which defeats DNS rebinding (a page whose name resolves to 127.0.0.1
 * still sends its own name as Host).
 */
export interface BrowserGuard {
  /** Throws 403/421; answers a CORS preflight of an allowed origin itself (returns true then). */
  check(request: FastifyRequest, reply: FastifyReply): boolean;
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const PREFLIGHT_HEADERS = "authorization, content-type, x-api-key, x-request-id";
const PREFLIGHT_METHODS = "GET, POST, DELETE, OPTIONS";

export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, "").toLowerCase();
  return name === "localhost" || name.endsWith(".localhost") || name === "::1" || (isIP(name) === 4 && name.startsWith("127."));
}

/** The host name of a Host header value, lower-cased, port dropped (IPv6 keeps its brackets). */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    return end === -1 ? value : value.slice(0, end + 1);
  }
  const colon = value.lastIndexOf(":");
  return colon === -1 ? value : value.slice(0, colon);
}

/**
 * `boundAddress()` is the address the server listens on (undefined before listen, as under
 * inject): with no `allowedHosts`, the Host check applies only when it is a loopback address.
 */
export function createBrowserGuard(settings: Pick<ServerSettings, "cors" | "allowedHosts" | "host">, boundAddress: () => string | undefined): BrowserGuard {
  const origins = new Set(settings.cors.origins.map((origin) => origin.toLowerCase()));
  const configuredHosts = new Set(settings.allowedHosts.map((host) => host.toLowerCase()));
  const hostAllowed = (header: string | undefined): boolean => {
    if (configuredHosts.size === 0 && !isLoopbackHost(boundAddress() ?? settings.host)) return true;
    if (header === undefined) return false;
    const name = hostName(header);
    // A rebinding page sends its own name as Host, never a loopback name: those stay allowed.
    return LOOPBACK_NAMES.has(name) || isLoopbackHost(name) || configuredHosts.has(name) || configuredHosts.has(name.replace(/^\[|\]$/g, ""));
  };
  return {
    check(request, reply) {
      if (!hostAllowed(request.headers.host))
        throw new HttpError(421, "this server does not answer to that Host; list it in server.allowedHosts", { code: "host_not_allowed" });
      const origin = request.headers.origin;
      if (origin === undefined) return false;
      if (!origins.has(origin.toLowerCase()))
        throw new HttpError(403, "cross-origin browser requests are refused; list the origin in server.cors.origins to allow it", {
          code: "origin_not_allowed",
        });
      reply.header("access-control-allow-origin", origin);
      reply.header("vary", "Origin");
      if (request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined) {
        reply
          .status(204)
          .header("access-control-allow-methods", PREFLIGHT_METHODS)
          .header("access-control-allow-headers", PREFLIGHT_HEADERS)
          .header("access-control-max-age", "600")
          .send();
        return true;
      }
      reply.header("access-control-expose-headers", "x-routellm-request-id, x-routellm-model, x-routellm-tier, x-routellm-escalations, retry-after");
      return false;
    },
  };
}
