# RouteLLM server and batch worker image (one image, the command picks the role).
#   docker build -t routellm .
#   docker run -p 8080:8080 -e ROUTELLM_REDIS_URL=redis://redis:6379 -e ROUTELLM_BANDIT_STORE=redis routellm
# Settings come from ROUTELLM_* variables (docs/deployment.md) over /app/deploy/routellm.config.yaml.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` (the build) runs below, once the sources are in.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY workers ./workers
# Production dependencies only; report charting (vega, vega-lite: optional) is left out of the server image.
RUN npm run build && npm prune --omit=dev --omit=optional --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    ROUTELLM_HOST=0.0.0.0 \
    ROUTELLM_PORT=8080 \
    ROUTELLM_CONFIG=/app/deploy/routellm.config.yaml
WORKDIR /app
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root package.json ./
COPY --chown=root:root bin ./bin
COPY --chown=root:root data ./data
COPY --chown=root:root deploy/routellm.config.yaml ./deploy/routellm.config.yaml
# The image's files belong to root and are read-only for the server, which runs as the unprivileged `node` user.
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.ROUTELLM_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/routellm.js"]
CMD ["serve"]
