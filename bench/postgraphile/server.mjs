#!/usr/bin/env node
// PostGraphile 4.14 over the bench database, configured as a PostGraphile user would for a
// read-only research API: default mutations off, dynamic JSON, no watch mode, no GraphiQL,
// @graphile/pg-aggregates (aggregates, groupedAggregates) and the connection-filter plugin
// (filters such as rank <> DEPRECATED and filters across relations), the `public` schema plus
// `bench_pg` (the SQL functions of bench/sql/postgraphile.sql). GET /health answers 200.
//
// usage: node postgraphile/server.mjs --db postgres://user@host:port/db [--port 5050] [--pool 20] [--workers 1]
import http from 'node:http';
import cluster from 'node:cluster';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import PgAggregatesPlugin from '@graphile/pg-aggregates';
import ConnectionFilterPlugin from 'postgraphile-plugin-connection-filter';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const db = args.db ?? 'postgres://postgres@127.0.0.1:5432/claimgraph_bench';
const port = Number(args.port ?? 5050);
const poolSize = Number(args.pool ?? 20);
const workers = Number(args.workers ?? 1);
// --log-statements: every statement of this server is written to the PostgreSQL log (statement capture run)
const logStatements = args["log-statements"] === "true";

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => { console.error(`worker ${worker.process.pid} exited (${code})`); process.exit(1); });
} else {
  // the same pool size as claimgraph's (quarkus.datasource.jdbc.max-size=20), split over workers
  const pool = new pg.Pool({ connectionString: db, max: Math.max(1, Math.ceil(poolSize / workers)),
    ...(logStatements ? { options: "-c log_min_duration_statement=0" } : {}) });
  const middleware = postgraphile(pool, ['public', 'bench_pg'], {
    appendPlugins: [PgAggregatesPlugin.default ?? PgAggregatesPlugin, ConnectionFilterPlugin],
    graphileBuildOptions: { connectionFilterRelations: true, connectionFilterComputedColumns: false, connectionFilterSetofFunctions: false },
    disableDefaultMutations: true,
    dynamicJson: true,
    watchPg: false,
    graphiql: false,
    enhanceGraphiql: false,
    ignoreRBAC: true,
    setofFunctionsContainNulls: false,
    disableQueryLog: true,
    retryOnInitFail: false,
    extendedErrors: ['hint', 'detail', 'errcode'],
  });
  const server = http.createServer((req, res) => {
    if (req.url === '/health') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok\n'); return; }
    middleware(req, res);
  });
  server.keepAliveTimeout = 65000;
  // build the schema (introspection) before listening, so /health means ready
  await middleware.getGraphQLSchema();
  server.listen(port, "127.0.0.1", () => console.log(`PostGraphile on http://127.0.0.1:${port}/graphql (pid ${process.pid}, pool ${pool.options.max})`));
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
