# The Grounded API/CLI image. Sources run through tsx (no build step), as in development.
FROM node:24-bookworm-slim

# better-sqlite3 compiles from source (no prebuilt binary is fetched).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json .npmrc turbo.json tsconfig.base.json ./
COPY packages/shared/package.json packages/shared/
COPY packages/ingestion/package.json packages/ingestion/
COPY packages/retrieval/package.json packages/retrieval/
COPY packages/models/package.json packages/models/
COPY packages/guardrails/package.json packages/guardrails/
COPY apps/api/package.json apps/api/
RUN npm ci --omit=dev --no-audit --no-fund

COPY packages packages
COPY apps/api apps/api

ENV NODE_ENV=production \
    DATA_DIR=/var/lib/grounded
VOLUME /var/lib/grounded
EXPOSE 3000
CMD ["node", "apps/api/bin/grounded.js", "start"]
