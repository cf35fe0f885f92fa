# syntax=docker/dockerfile:1
# The API process: HTTP API under /api/v1, and the built web app on the same origin.
# Build from the repository root:  docker build -f docker/api.Dockerfile -t preau/api .
# It applies the migrations at start (see docs/operations.md). The image also holds the worker bundle,
# so that `node dist/backend/api/main.js --with-worker` runs the whole of Préau in one container.
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
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PREAU_DATA_DIR=/var/lib/preau
WORKDIR /app
# Only used in embedded mode (no DATABASE_URL): the embedded PostgreSQL's files. Mount a volume there.
RUN mkdir -p /var/lib/preau && chown node:node /var/lib/preau
# Code and dependencies stay owned by root: the process cannot rewrite them.
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/backend/api ./dist/backend/api
COPY --from=build /app/dist/backend/worker ./dist/backend/worker
COPY --from=build /app/dist/frontend/web/browser ./dist/frontend/web/browser
USER node
EXPOSE 3000
# The image has no curl: Node's fetch asks the health endpoint (200 when database, Redis and queue answer).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/backend/api/main.js"]
