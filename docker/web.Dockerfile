# syntax=docker/dockerfile:1
# OPTIONAL. The API already serves the web app itself (same origin, SPA fallback, its security headers),
# so a deployment needs only the api image. This nginx image is for those who want static files served
# by a separate tier in front of several API processes: it serves dist/frontend/web/browser with SPA
# fallback and proxies /api/ to the `api` service (docker/nginx.conf). It terminates no TLS.
# Build from the repository root:  docker build -f docker/web.Dockerfile -t preau/web .
ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.28-alpine

# ---- build: what `npm start` builds. Identical in api/worker/web.Dockerfile so that BuildKit builds it once.
FROM ${NODE_IMAGE} AS build
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false SCARF_ANALYTICS=false
WORKDIR /app
COPY package.json package-lock.json .npmrc* ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api worker web --outputStyle=static

# ---- runtime: unprivileged nginx on port 8080 (pid and temporary files under /tmp)
FROM ${NGINX_IMAGE} AS runtime
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/frontend/web/browser /usr/share/nginx/html
USER nginx
EXPOSE 8080
# Through the proxy: this tier is healthy when it can reach a healthy API.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/api/v1/health || exit 1
