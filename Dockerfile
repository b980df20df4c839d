# Production image. Point it at PostgreSQL and Redis with DATABASE_URL, REDIS_URL and ENCRYPTION_KEY
# (see docker-compose.yml); without DATABASE_URL it runs the embedded database in /data.
# The web console is built in a stage of its own (it needs the dev dependencies); the image gets console/dist.
FROM node:20-bookworm-slim AS console
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY console ./console
COPY sdks/typescript/src ./sdks/typescript/src
COPY server/console ./server/console
RUN node --import tsx server/console/build.ts --force

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PARLEY_DATA_DIR=/data PORT=8080
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY server ./server
COPY openapi ./openapi
COPY migrations ./migrations
COPY webhooks ./webhooks
COPY --from=console /app/console/dist ./console/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:8080/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/main.ts"]
