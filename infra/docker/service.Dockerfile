# One image per service, built from the whole monorepo:
#   docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=partnerships -t scn/partnerships .
# Every service's image has the same layers except the last ENV, so building all five
# (and the migrate job) reuses one build.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    CI=true

COPY package.json package-lock.json ./
# The project allows no dependency install scripts (package.json "allowScripts"; npm 11
# blocks them, the npm 10 of this image would run them): Prisma's only try to download
# engines the JavaScript engines make unnecessary.
RUN npm ci --ignore-scripts --no-audit --no-fund

COPY . .
# build = prisma:generate + tsc -> dist/apps/<svc>/src/main.js, and the web console -> apps/web/dist
RUN npm run build
# prune deletes what the lock file does not list, so also the Prisma clients generated
# into node_modules/@scn-prisma/*: generate them again (the prisma CLI is kept, being a
# peer dependency of @prisma/client).
RUN npm prune --omit=dev --no-audit --no-fund \
 && npm run prisma:generate

# Only what a service (the gateway also serves apps/web/dist), or the migrate job (scripts/prisma.js: each app's prisma.config.ts,
# schema and migrations, and infra/prisma), needs at run time.
RUN set -eu; mkdir -p /out; \
    cp -a node_modules dist package.json scripts /out/; \
    for p in apps/*/prisma apps/*/prisma.config.ts infra/prisma tsconfig.base.json apps/web/dist; do \
      if [ -e "$p" ]; then mkdir -p "/out/$(dirname "$p")"; cp -a "$p" "/out/$p"; fi; \
    done

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
# Files stay owned by root: the service only reads them.
COPY --from=build /out/ ./
USER node

ARG SERVICE
ENV SERVICE=$SERVICE
# exec: node, not sh, receives SIGTERM and shuts down gracefully.
CMD exec node dist/apps/$SERVICE/src/main.js
