# syntax=docker/dockerfile:1
# The worker process: relays the outbox to BullMQ and runs the consumers (audit log). It needs
# DATABASE_URL (and REDIS_URL for queues on Redis), applies no migration itself and listens on no port:
# start it after the API has migrated the database. Several workers may run at once.
# Build from the repository root:  docker build -f docker/worker.Dockerfile -t preau/worker .
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: what `npm start` builds. Identical in api/worker/web.Dockerfile so that BuildKit builds it once.
FROM ${NODE_IMAGE} AS build
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false SCARF_ANALYTICS=false
WORKDIR /app
COPY package.json package-lock.json .npmrc* ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api worker web --outputStyle=static

# ---- production dependencies: the webpack bundles keep node_modules external.
FROM ${NODE_IMAGE} AS prod-deps
ENV SCARF_ANALYTICS=false
WORKDIR /app
COPY package.json package-lock.json .npmrc* ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/backend/worker ./dist/backend/worker
USER node
# No HTTP port, hence no HEALTHCHECK: the process exits when it cannot start and the orchestrator restarts
# it; relay and consumer failures are logged (JSON on stdout) and retried.
CMD ["node", "dist/backend/worker/main.js"]
