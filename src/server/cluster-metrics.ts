import { createServer, type Server } from "node:http";
import { AggregatorRegistry } from "prom-client";

// The cluster primary's only metrics code: it imports prom-client and nothing of the router, so the
// primary stays light (server/metrics.ts, loaded by the workers, brings the whole public API).

/** In the cluster primary: serve `GET /metrics` summed over every worker. */
export async function serveClusterMetrics(port: number, host: string): Promise<Server> {
  const aggregator = new AggregatorRegistry();
  const server = createServer((request, response) => {
    if (request.method !== "GET" || request.url?.split("?")[0] !== "/metrics") {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    aggregator.clusterMetrics().then(
      (text) => response.writeHead(200, { "content-type": aggregator.contentType }).end(text),
      () => response.writeHead(503, { "content-type": "text/plain" }).end("workers did not answer\n"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
