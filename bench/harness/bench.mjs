#!/usr/bin/env node
// The benchmark harness: prepares request bodies, checks that claimgraph and PostGraphile answer
// each question with the same data, captures the SQL each server issues per request, runs the load
// (wrk for both servers, pgbench for claimgraph's SQL), and writes the report. Driven by run.sh.
//
//   node harness/bench.mjs prepare --work DIR --db NAME [--name "Vagner Group"] [--search "…"] [--position 500000]
//   node harness/bench.mjs check   --work DIR --cg URL --pgl URL
//   node harness/bench.mjs trace   --work DIR --server claimgraph|postgraphile --url URL --db NAME --pglog FILE
//   node harness/bench.mjs load    --work DIR --cg URL --pgl URL --db NAME [--duration 20] [--warmup 10] [--concurrency 1,8,32]
//   node harness/bench.mjs report  --work DIR [--out FILE.md]
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUESTIONS = [
  { id: 'a', title: 'headline: claims about Wagner on payments grouped by source (20 groups × 20 claims)' },
  { id: 'b', title: 'article detail with 50 claims, sources, subjects, topics' },
  { id: 'c', title: 'actor by misspelt alias + first 10 claims about it' },
  { id: 'd', title: 'claims page deep in the list (cursor at ~500,000)' },
  { id: 'e', title: 'full-text search, ranked, with snippets' },
];
const SERVERS = ['claimgraph', 'postgraphile'];

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) { out[argv[i].slice(2)] = argv[i + 1]; i++; } else out._.push(argv[i]);
  }
  return out;
}
const readJson = (file, fallback) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : fallback);
const writeJson = (file, value) => { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n'); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error(new Date().toISOString().slice(11, 19), ...a);

async function withDb(db, fn) {
  const client = new pg.Client({ host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432), user: process.env.PGUSER || 'postgres', database: db });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

async function post(url, body) {
  const started = process.hrtime.bigint();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const text = await res.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let json = null;
  try { json = JSON.parse(text); } catch { /* reported below */ }
  return { status: res.status, text, json, ms, bytes: Buffer.byteLength(text) };
}

// ------------------------------------------------------------------ prepare
async function prepare(o) {
  const name = o.name ?? 'Vagner Group';
  const search = o.search ?? 'uranium concessions Gao';
  const wanted = Number(o.position ?? 500000);
  const vars = await withDb(o.db, async (c) => {
    const n = Number((await c.query("SELECT count(*) FROM claim WHERE rank <> 'DEPRECATED'")).rows[0].count);
    const position = Math.max(1, Math.min(wanted, Math.floor(n / 2)));
    const at = (await c.query("SELECT id FROM claim WHERE rank <> 'DEPRECATED' ORDER BY id OFFSET $1 LIMIT 1", [position - 1])).rows[0].id;
    // an article with more than 50 claims (so the page of 50 is full), lowest id first
    const article = (await c.query(`SELECT article_id, count(*) AS n FROM claim WHERE rank <> 'DEPRECATED' GROUP BY article_id
        ORDER BY (count(*) > 50) DESC, (CASE WHEN count(*) > 50 THEN article_id END), count(*) DESC, article_id LIMIT 1`)).rows[0];
    return { articleId: String(article.article_id), articleClaims: Number(article.n), name, search, position, claimAtPosition: String(at), claims: n };
  });
  vars.claimgraphCursor = Buffer.from(`cg2:claim.id:${vars.claimAtPosition}:${vars.claimAtPosition}`).toString('base64url');
  writeJson(path.join(o.work, 'variables.json'), vars);
  log('variables', JSON.stringify(vars));
}

function doc(q, server) {
  return fs.readFileSync(path.join(BENCH, 'queries', `${q}.${server}.graphql`), 'utf8');
}

/** Request bodies; PostGraphile's deep cursor (d) is asked from PostGraphile itself (offset once, at prepare). */
async function bodies(o) {
  const file = path.join(o.work, 'bodies.json');
  const vars = readJson(path.join(o.work, 'variables.json'));
  if (!vars) throw new Error('run prepare first');
  let pglCursor = vars.postgraphileCursor;
  if (!pglCursor && o.pgl) {
    const r = await post(o.pgl, JSON.stringify({ query: `query ($o: Int!) { allClaims(first: 1, offset: $o, orderBy: ID_ASC, filter: { rank: { notEqualTo: "DEPRECATED" } }) { edges { cursor node { id } } } }`, variables: { o: vars.position - 1 } }));
    const edge = r.json?.data?.allClaims?.edges?.[0];
    if (!edge || String(edge.node.id) !== vars.claimAtPosition) throw new Error(`PostGraphile cursor lookup failed: ${r.text.slice(0, 300)}`);
    pglCursor = vars.postgraphileCursor = edge.cursor;
    writeJson(path.join(o.work, 'variables.json'), vars);
  }
  const v = {
    a: { claimgraph: {}, postgraphile: {} },
    b: { claimgraph: { id: vars.articleId }, postgraphile: { id: vars.articleId } },
    c: { claimgraph: { name: vars.name }, postgraphile: { name: vars.name } },
    d: { claimgraph: { after: vars.claimgraphCursor }, postgraphile: { after: pglCursor } },
    e: { claimgraph: { q: vars.search }, postgraphile: { q: vars.search } },
  };
  const out = {};
  for (const { id } of QUESTIONS) {
    out[id] = {};
    for (const s of SERVERS) out[id][s] = JSON.stringify({ query: doc(id, s), variables: v[id][s] });
  }
  writeJson(file, out);
  for (const [q, byServer] of Object.entries(out)) for (const [s, body] of Object.entries(byServer)) fs.writeFileSync(path.join(o.work, `body.${q}.${s}.json`), body);
  return out;
}

// ------------------------------------------------------------------ normalisation: both answers to one shape
const str = (v) => (v === null || v === undefined ? null : String(v));
const num = (v) => (v === null || v === undefined ? null : Number(Number(v).toFixed(6)));
const NORMALISE = {
  a: {
    claimgraph: (d) => d.claimGroups.map((g) => ({
      count: g.count, source: { id: str(g.source.id), name: g.source.name, kind: g.source.kind },
      totalCount: g.claims.totalCount, hasNextPage: g.claims.pageInfo.hasNextPage,
      claims: g.claims.edges.map(({ node: n }) => ({
        id: str(n.id), statement: n.statement, quote: n.quote, stance: n.stance,
        quantity: n.quantity && { text: n.quantity.text, amount: num(n.quantity.amount), currency: n.quantity.currency, period: n.quantity.period,
          lowerBound: num(n.quantity.lowerBound), upperBound: num(n.quantity.upperBound), usdPerMonth: num(n.quantity.usdPerMonth) },
        article: { id: str(n.article.id), title: n.article.title, outlet: n.article.outlet?.name ?? null },
        sources: n.sources.map((s) => ({ name: s.name, kind: s.kind })),
      })),
    })),
    postgraphile: (d) => d.claimGroupsBySource.nodes.map((g) => ({
      count: g.count, source: { id: str(g.source.id), name: g.source.name, kind: g.source.kind },
      totalCount: g.claims.totalCount, hasNextPage: g.claims.pageInfo.hasNextPage,
      claims: g.claims.edges.map(({ node: n }) => {
        const q = n.quantitiesByClaimId.nodes[0];
        return {
          id: str(n.id), statement: n.statement, quote: n.quote, stance: n.stance,
          quantity: q ? { text: q.text, amount: num(q.amount), currency: q.kind === 'MONEY' ? q.unit : null, period: q.period,
            lowerBound: num(q.lowerBound), upperBound: num(q.upperBound), usdPerMonth: num(q.usdPerMonth) } : null,
          article: { id: str(n.articleByArticleId.id), title: n.articleByArticleId.title, outlet: n.articleByArticleId.actorByOutletId?.name ?? null },
          sources: n.claimSourcesByClaimId.nodes.map((s) => ({ name: s.sourceBySourceId.name, kind: s.sourceBySourceId.kind })),
        };
      }),
    })),
  },
  b: {
    claimgraph: (d) => d.article && ({
      title: d.article.title, published: d.article.publishedAt, outlet: d.article.outlet?.name ?? null, totalCount: d.article.claims.totalCount,
      claims: d.article.claims.edges.map(({ node: n }) => ({ quote: n.quote, stance: n.stance, sources: n.sources.map((s) => s.name),
        subjects: n.subjects.map((s) => s.name).sort(), topics: [...n.topics].sort() })),
    }),
    postgraphile: (d) => d.articleById && ({
      title: d.articleById.title, published: d.articleById.publishedOn, outlet: d.articleById.actorByOutletId?.name ?? null,
      totalCount: d.articleById.claimsByArticleId.totalCount,
      claims: d.articleById.claimsByArticleId.edges.map(({ node: n }) => ({ quote: n.quote, stance: n.stance,
        sources: n.claimSourcesByClaimId.nodes.map((s) => s.sourceBySourceId.name),
        subjects: n.claimSubjectsByClaimId.nodes.map((s) => s.actorByActorId.name).sort(),
        topics: n.claimTopicsByClaimId.nodes.map((t) => t.topicByTopicId.slug).sort() })),
    }),
  },
  c: {
    claimgraph: (d) => d.actors.edges.map(({ node: n }) => ({
      id: str(n.id), name: n.name, kind: n.kind, names: [...new Set(n.aliases)].sort(), totalCount: n.claimsAbout.totalCount,
      claims: n.claimsAbout.nodes.map((c) => ({ id: str(c.id), statement: c.statement, article: { id: str(c.article.id), title: c.article.title } })),
    })),
    postgraphile: (d) => d.actorsByName.edges.map(({ node: n }) => ({
      id: str(n.id), name: n.name, kind: n.kind, names: [...new Set([n.name, ...n.actorAliasesByActorId.nodes.map((a) => a.alias)])].sort(),
      totalCount: n.claimSubjectsByActorId.totalCount,
      claims: n.claimSubjectsByActorId.nodes.map(({ claimByClaimId: c }) => ({ id: str(c.id), statement: c.statement,
        article: { id: str(c.articleByArticleId.id), title: c.articleByArticleId.title } })),
    })),
  },
  d: {
    claimgraph: (d) => ({ ids: d.claims.edges.map((e) => [str(e.node.id), e.node.statement]), hasNextPage: d.claims.pageInfo.hasNextPage }),
    postgraphile: (d) => ({ ids: d.allClaims.edges.map((e) => [str(e.node.id), e.node.statement]), hasNextPage: d.allClaims.pageInfo.hasNextPage }),
  },
  e: {
    claimgraph: (d) => ({ totalCount: d.search.totalCount, hits: d.search.edges.map(({ node: n }) => ({ kind: n.kind, rank: num(n.rank), snippet: n.snippet,
      article: { id: str(n.article.id), title: n.article.title }, claim: n.claim && { id: str(n.claim.id), statement: n.claim.statement } })) }),
    postgraphile: (d) => ({ totalCount: d.search.totalCount, hits: d.search.edges.map(({ node: n }) => ({ kind: n.kind, rank: num(n.rank), snippet: n.snippet,
      article: { id: str(n.article.id), title: n.article.title }, claim: n.claim && { id: str(n.claim.id), statement: n.claim.statement } })) }),
  },
};

/** Where two normalised answers first differ (path and both values), or null when equal. */
function firstDifference(a, b, at = '') {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return { at: at || '/', claimgraph: a, postgraphile: b };
  if (Array.isArray(a) !== Array.isArray(b)) return { at, claimgraph: a, postgraphile: b };
  if (Array.isArray(a) && a.length !== b.length) return { at: `${at}.length`, claimgraph: a.length, postgraphile: b.length };
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[k], b[k], `${at}/${k}`);
    if (d) return d;
  }
  return null;
}

function summarise(q, n) {
  switch (q) {
    case 'a': return `${n.length} groups, ${n.reduce((s, g) => s + g.claims.length, 0)} claims shown, ${n.reduce((s, g) => s + g.count, 0)} claims in these groups`;
    case 'b': return n ? `${n.claims.length} of ${n.totalCount} claims` : 'no article';
    case 'c': return n.length ? `actor ${n[0].id} "${n[0].name}", ${n[0].claims.length} of ${n[0].totalCount} claims` : 'no actor';
    case 'd': return `${n.ids.length} claims, ids ${n.ids[0]?.[0]}…${n.ids.at(-1)?.[0]}`;
    case 'e': return `${n.hits.length} of ${n.totalCount} hits`;
    default: return '';
  }
}

/** A claimgraph answer that says the document asks for fields this build does not have (issue 4 not merged yet). */
function missingFields(r) {
  const errors = r.json?.errors ?? [];
  const validation = errors.filter((e) => /ValidationError|FieldUndefined|UnknownArgument|WrongType|not defined|Validation error/i.test(
    `${e.extensions?.classification ?? ''} ${e.message}`));
  return validation.length && !r.json?.data ? validation.map((e) => e.message).join('; ') : null;
}

async function check(o) {
  const b = await bodies(o);
  const results = {};
  let failures = 0;
  for (const { id, title } of QUESTIONS) {
    const cg = await post(o.cg, b[id].claimgraph);
    const pl = await post(o.pgl, b[id].postgraphile);
    const r = { title, bytes: { claimgraph: cg.bytes, postgraphile: pl.bytes } };
    const missing = missingFields(cg);
    if (missing) {
      r.status = 'skipped';
      r.reason = `claimgraph build lacks the fields of this document (issue 4 not merged?): ${missing.slice(0, 300)}`;
    } else if (cg.status !== 200 || !cg.json || cg.json.errors) {
      r.status = 'error'; r.reason = `claimgraph: HTTP ${cg.status} ${cg.text.slice(0, 400)}`;
    } else if (pl.status !== 200 || !pl.json || pl.json.errors) {
      r.status = 'error'; r.reason = `PostGraphile: HTTP ${pl.status} ${pl.text.slice(0, 400)}`;
    } else {
      const nc = NORMALISE[id].claimgraph(cg.json.data);
      const np = NORMALISE[id].postgraphile(pl.json.data);
      const diff = firstDifference(nc, np);
      r.status = diff ? 'mismatch' : 'match';
      r.answer = summarise(id, nc);
      if (diff) r.difference = diff;
      const empty = id === 'a' ? !nc.length : id === 'b' ? !nc?.claims.length : id === 'c' ? !nc.length : id === 'd' ? !nc.ids.length : !nc.hits.length;
      if (empty) { r.status = 'empty'; r.reason = 'both answers are empty: the question has no target in this data'; }
    }
    if (r.status !== 'match' && r.status !== 'skipped') failures++;
    results[id] = r;
    log(`(${id}) ${r.status}${r.answer ? ' — ' + r.answer : ''}${r.reason ? ' — ' + r.reason : ''}${r.difference ? ' — first difference at ' + JSON.stringify(r.difference).slice(0, 600) : ''}`);
  }
  writeJson(path.join(o.work, 'check.json'), results);
  if (failures && !o['keep-going']) process.exitCode = 2;
}

// ------------------------------------------------------------------ statement capture from the server log
/** Log entries (multi-line) appended to FILE since byte offset START. */
function readLogEntries(file, start) {
  const fd = fs.openSync(file, 'r');
  const size = fs.fstatSync(fd).size;
  const buf = Buffer.alloc(Math.max(0, size - start));
  fs.readSync(fd, buf, 0, buf.length, start);
  fs.closeSync(fd);
  const entries = [];
  for (const line of buf.toString('utf8').split('\n')) {
    if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \S+ \[\d+\]/.test(line)) entries.push(line);
    else if (entries.length) entries[entries.length - 1] += '\n' + line;
  }
  return entries;
}

/** Statements of database DB in log entries: [{ kind, sql, params }] in log order (extended-protocol executes and simple statements). */
function statementsOf(entries, db) {
  const out = [];
  for (const e of entries) {
    const m = e.match(/^\S+ \S+ \S+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL):\s+([\s\S]*)$/);
    if (!m || m[3] !== db) continue;
    const [, pid, , , level, rest] = m;
    if (level === 'LOG') {
      const s = rest.match(/^duration: ([\d.]+) ms\s+(execute [^:]*|statement): ([\s\S]*)$/);
      if (s) out.push({ pid, ms: Number(s[1]), kind: s[2].startsWith('execute') ? 'execute' : 'simple', sql: s[3].trim(), params: null });
    } else if (level === 'DETAIL' && out.length && /^parameters: /.test(rest) && out[out.length - 1].pid === pid && !out[out.length - 1].params) {
      const params = {};
      for (const p of rest.slice('parameters: '.length).matchAll(/\$(\d+) = ('(?:[^']|'')*'|NULL)/g)) params[p[1]] = p[2];
      out[out.length - 1].params = params;
    }
  }
  return out;
}

const CONTROL = /^(BEGIN|COMMIT|ROLLBACK|SET |SHOW |RESET |DISCARD |SAVEPOINT|RELEASE|select set_config|SELECT 1$|$)/i;

/** The statement with its logged parameters written in as literals (for pgbench). */
function inline(st) {
  let sql = st.sql;
  if (st.params) {
    for (const n of Object.keys(st.params).map(Number).sort((x, y) => y - x)) sql = sql.split(`$${n}`).join(st.params[n]);
  }
  return sql;
}

async function trace(o) {
  const b = await bodies(o);
  const server = o.server;
  const results = readJson(path.join(o.work, 'trace.json'), {});
  const check = readJson(path.join(o.work, 'check.json'), {});
  for (const { id } of QUESTIONS) {
    if (check[id]?.status === 'skipped') continue;
    let last = null;
    for (let i = 0; i < 3; i++) {
      await sleep(300);
      const start = fs.statSync(o.pglog).size;
      const r = await post(o.url, b[id][server]);
      await sleep(400);
      const statements = statementsOf(readLogEntries(o.pglog, start), o.db);
      last = { status: r.status, statements };
    }
    const data = last.statements.filter((s) => !CONTROL.test(s.sql));
    // the same document with smaller pages (first: 20 → 2, 50 → 5, 10 → 1): the statement count must not change
    const small = JSON.parse(b[id][server]);
    small.query = small.query.replace(/first: (\d+)/g, (m, n) => `first: ${Math.max(1, Math.floor(Number(n) / 10))}`);
    await post(o.url, JSON.stringify(small));
    await sleep(300);
    const startSmall = fs.statSync(o.pglog).size;
    await post(o.url, JSON.stringify(small));
    await sleep(400);
    const smallCount = statementsOf(readLogEntries(o.pglog, startSmall), o.db).length;
    const entry = results[id] ?? {};
    entry[server] = { statements: last.statements.length, dataStatements: data.length, statementsWithSmallPages: smallCount,
      sqlMs: +last.statements.reduce((s, x) => s + x.ms, 0).toFixed(2) };
    results[id] = entry;
    if (server === 'claimgraph') {
      // the pgbench script: every statement of one request (transaction control included, as issued), parameters inlined
      const pgbenchScript = (statements) => statements.filter((s) => s.sql !== '').map((s) => inline(s).replace(/;?\s*$/, ';')).join('\n') + '\n';
      fs.mkdirSync(path.join(o.work, 'pgbench'), { recursive: true });
      fs.writeFileSync(path.join(o.work, 'pgbench', `${id}.sql`), pgbenchScript(last.statements));
      // the same without transaction control, only when the server issued some (claimgraph did while it opened a
      // transaction per resolver call): what a server issuing one transaction per request would replay
      const dataScript = path.join(o.work, 'pgbench', `${id}.data.sql`);
      if (data.length !== last.statements.length) {
        fs.writeFileSync(dataScript, pgbenchScript(data));
      } else fs.rmSync(dataScript, { force: true });
    }
    fs.mkdirSync(path.join(o.work, 'sql'), { recursive: true });
    writeJson(path.join(o.work, 'sql', `${id}.${server}.json`), last.statements.map((s) => ({ ms: s.ms, sql: inline(s) })));
    fs.writeFileSync(path.join(o.work, 'sql', `${id}.${server}.sql`), last.statements.map((s) => `-- ${s.ms} ms\n${inline(s)};\n`).join('\n'));
    log(`(${id}) ${server}: ${entry[server].statements} statements per request (${entry[server].dataStatements} excluding transaction control; ${smallCount} with pages a tenth the size), ${entry[server].sqlMs} ms in PostgreSQL`);
  }
  writeJson(path.join(o.work, 'trace.json'), results);
}

// ------------------------------------------------------------------ EXPLAIN ANALYZE of claimgraph's slow statements
async function explain(o) {
  const threshold = Number(o.threshold ?? 20);
  const out = {};
  await withDb(o.db, async (c) => {
    for (const { id } of QUESTIONS) {
      const file = path.join(o.work, 'sql', `${id}.claimgraph.json`);
      if (!fs.existsSync(file)) continue;
      const statements = readJson(file);
      for (let i = 0; i < statements.length; i++) {
        const st = statements[i];
        if (st.ms < threshold || !/^\s*(select|with)/i.test(st.sql)) continue;
        const plan = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
        (out[id] = out[id] ?? []).push({ statement: i + 1, of: statements.length, ms: st.ms, sql: st.sql, plan });
        log(`(${id}) claimgraph statement ${i + 1}/${statements.length}: ${st.ms} ms in the log run — EXPLAIN ANALYZE taken`);
      }
    }
  });
  writeJson(path.join(o.work, 'explain.json'), out);
}

// ------------------------------------------------------------------ load
// CPU milliseconds used so far by a JVM's JIT compiler threads (C1 and C2); 0 for other processes.
function compilerMs(pid) {
  if (!pid) return 0;
  let ticks = 0;
  let tasks = [];
  try { tasks = fs.readdirSync(`/proc/${pid}/task`); } catch { return 0; }
  for (const task of tasks) {
    try {
      const comm = fs.readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8');
      if (!/^C[12] CompilerThre/.test(comm)) continue;
      const fields = fs.readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch { /* the thread ended */ }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

function rssTree(pid) {
  // RSS (MiB) of pid and its descendants
  try {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
    const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
    const keep = new Set([Number(pid)]);
    let grew = true;
    while (grew) { grew = false; for (const [p, pp] of rows) if (keep.has(pp) && !keep.has(p)) { keep.add(p); grew = true; } }
    return Math.round(rows.filter(([p]) => keep.has(p)).reduce((s, r) => s + r[2], 0) / 1024);
  } catch { return 0; }
}

function run(cmd, args, { sampleRss } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', peak = 0;
    const timer = sampleRss ? setInterval(() => { peak = Math.max(peak, rssTree(sampleRss)); }, 500) : null;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => { if (timer) clearInterval(timer); resolve({ code, stdout, stderr, peakRss: peak }); });
  });
}

async function wrk(url, bodyFile, c, seconds, pid) {
  const threads = Math.min(c, 2);
  const r = await run('wrk', ['-t', String(threads), '-c', String(c), '-d', `${seconds}s`, '--timeout', '10s', '-s', path.join(BENCH, 'load', 'post.lua'), url, '--', bodyFile], { sampleRss: pid });
  const line = r.stdout.split('\n').find((l) => l.startsWith('JSON '));
  if (!line) return { error: `wrk failed (${r.code}): ${r.stderr.slice(0, 300)} ${r.stdout.slice(0, 300)}` };
  const j = JSON.parse(line.slice(5));
  return { rps: j.requests / (j.duration_us / 1e6), p50: j.p50 / 1000, p99: j.p99 / 1000, errors: j.errors, requests: j.requests, peakRss: r.peakRss };
}

async function pgbench(db, script, c, seconds, work, tag) {
  const dir = path.join(work, 'pgbench-logs');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const prefix = path.join(dir, tag);
  const r = await run('pgbench', ['-n', '-M', 'prepared', '-c', String(c), '-j', String(Math.min(c, 2)), '-T', String(seconds), '-f', script,
    '-l', '--log-prefix', prefix, '-h', process.env.PGHOST || '127.0.0.1', '-p', process.env.PGPORT || '5432', '-U', process.env.PGUSER || 'postgres', db]);
  if (r.code !== 0 && !/tps = /.test(r.stdout)) return { error: `pgbench failed (${r.code}): ${r.stderr.slice(-400)}` };
  const latencies = [];
  let failed = 0;
  for (const f of fs.readdirSync(dir)) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const cols = line.split(' ');
      if (cols.length < 6) continue;
      if (cols[2] === 'failed' || cols[2] === 'serialization' || cols[2] === 'deadlock') { failed++; continue; }
      latencies.push(Number(cols[2]));
    }
  }
  latencies.sort((x, y) => x - y);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] / 1000 : null);
  const tps = Number((r.stdout.match(/tps = ([\d.]+) \(without initial connection time\)/) || r.stdout.match(/tps = ([\d.]+)/) || [])[1]);
  const failedOut = Number((r.stdout.match(/number of failed transactions: (\d+)/) || [0, 0])[1]);
  fs.rmSync(dir, { recursive: true, force: true });
  return { rps: tps, p50: pct(50), p99: pct(99), errors: Math.max(failed, failedOut), requests: latencies.length };
}

/** Waits until no other session runs a statement in the bench database (work left over from the previous run). */
async function drain(db, maxSeconds = 180) {
  const started = Date.now();
  await withDb(db, async (c) => {
    for (;;) {
      const n = Number((await c.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'")).rows[0].count);
      if (n === 0) break;
      if (Date.now() - started > maxSeconds * 1000) { log(`still ${n} active statements after ${maxSeconds}s; going on`); break; }
      await sleep(250);
    }
  });
  const waited = (Date.now() - started) / 1000;
  if (waited > 1) log(`waited ${waited.toFixed(1)}s for the previous run's statements to finish`);
}

async function load(o) {
  const b = await bodies(o);
  const check = readJson(path.join(o.work, 'check.json'), {});
  const duration = Number(o.duration ?? 20);
  const warmup = Number(o.warmup ?? 10);
  const levels = String(o.concurrency ?? '1,8,32').split(',').map(Number);
  const only = o.questions ? o.questions.split(',') : QUESTIONS.map((q) => q.id);
  const results = readJson(path.join(o.work, 'load.json'), { runs: {}, rss: {} });
  const pids = { claimgraph: o['cg-pid'], postgraphile: o['pgl-pid'] };
  for (const s of SERVERS) if (pids[s]) results.rss[s] = { ...(results.rss[s] ?? {}), rest: rssTree(pids[s]), underLoad: results.rss[s]?.underLoad ?? 0 };
  const targets = { claimgraph: o.cg, postgraphile: o.pgl };
  // Both servers compile their hot code while serving (HotSpot's JIT, V8's). On two cores claimgraph's
  // C2 compiler threads were still taking a quarter of its CPU after two minutes of load and settled
  // only after four (docs/BENCHMARKS.md, "The JVM was still compiling when it was measured"): measured
  // earlier, a run measures the JIT. So claimgraph serves all timed questions in turn, round after
  // round, for at least --jit-warmup seconds and until its compiler threads used under 5 % of a core
  // in a round (at most --jit-max seconds); PostGraphile then gets the same warm-up time.
  const jitWarmup = Number(o['jit-warmup'] ?? 120);
  const jitMax = Math.max(jitWarmup, Number(o['jit-max'] ?? 600));
  const timed = only.filter((q) => !check[q] || check[q].status === 'match');
  let jitSpent = 0;
  let compilerShare = null;
  if (jitWarmup > 0 && timed.length) {
    const slice = Math.max(5, Math.round(jitWarmup / (2 * timed.length)));
    for (const s of SERVERS) {
      const fixed = s === 'claimgraph' ? null : jitSpent;
      log(`${s}: JIT warm-up ${fixed ?? `${jitWarmup}-${jitMax}`}s over questions ${timed.join(',')} at 8 connections`);
      for (let spent = 0; ;) {
        const compiler0 = compilerMs(pids[s]);
        let round = 0;
        for (const q of timed) {
          await wrk(targets[s], path.join(o.work, `body.${q}.${s}.json`), 8, slice, null);
          round += slice;
        }
        spent += round;
        if (fixed !== null) {
          if (spent >= fixed) break;
          continue;
        }
        compilerShare = (compilerMs(pids[s]) - compiler0) / (round * 1000);
        log(`${s}: ${spent}s warm-up, JIT compiler threads ${(100 * compilerShare).toFixed(1)} % of a core in the last ${round}s`);
        if ((spent >= jitWarmup && compilerShare < 0.05) || spent >= jitMax) {
          jitSpent = spent;
          break;
        }
      }
      await drain(o.db);
    }
  }
  for (const q of only) {
    if (check[q] && check[q].status !== 'match') { log(`(${q}) not timed: answers ${check[q].status}${check[q].reason ? ' — ' + check[q].reason : ''}`); continue; }
    results.runs[q] = results.runs[q] ?? {};
    for (const s of SERVERS) {
      const bodyFile = path.join(o.work, `body.${q}.${s}.json`);
      await drain(o.db);
      if (warmup > 0) { log(`(${q}) ${s}: warm-up ${warmup}s at 8`); await wrk(targets[s], bodyFile, 8, warmup, null); }
      for (const c of levels) {
        await drain(o.db);
        const r = await wrk(targets[s], bodyFile, c, duration, pids[s]);
        results.runs[q][s] = { ...(results.runs[q][s] ?? {}), [c]: r };
        if (r.peakRss) results.rss[s].underLoad = Math.max(results.rss[s].underLoad ?? 0, r.peakRss);
        log(`(${q}) ${s} c=${c}: ${r.error ?? `${r.rps.toFixed(1)} rps, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.errors} errors`}`);
        writeJson(path.join(o.work, 'load.json'), results);
      }
    }
    const script = path.join(o.work, 'pgbench', `${q}.sql`);
    if (fs.existsSync(script)) {
      for (const c of levels) {
        await drain(o.db);
        const r = await pgbench(o.db, script, c, duration, o.work, `${q}-${c}`);
        results.runs[q].sql = { ...(results.runs[q].sql ?? {}), [c]: r };
        log(`(${q}) raw SQL c=${c}: ${r.error ?? `${r.rps.toFixed(1)} tps, p50 ${r.p50?.toFixed(2)} ms, p99 ${r.p99?.toFixed(2)} ms, ${r.errors} errors`}`);
        writeJson(path.join(o.work, 'load.json'), results);
      }
      const dataScript = path.join(o.work, 'pgbench', `${q}.data.sql`);
      for (const c of fs.existsSync(dataScript) ? levels : []) {
        await drain(o.db);
        const r = await pgbench(o.db, dataScript, c, duration, o.work, `${q}-data-${c}`);
        results.runs[q].sqlData = { ...(results.runs[q].sqlData ?? {}), [c]: r };
        log(`(${q}) raw SQL, data statements only, c=${c}: ${r.error ?? `${r.rps.toFixed(1)} tps, p50 ${r.p50?.toFixed(2)} ms, p99 ${r.p99?.toFixed(2)} ms, ${r.errors} errors`}`);
        writeJson(path.join(o.work, 'load.json'), results);
      }
    } else log(`(${q}) no pgbench script (statement capture did not run): raw SQL skipped`);
  }
  results.settings = { duration, warmup, levels, jitWarmup: jitSpent, compilerShare };
  writeJson(path.join(o.work, 'load.json'), results);
}

// ------------------------------------------------------------------ report
function report(o) {
  const meta = readJson(path.join(o.work, 'meta.json'), {});
  const check = readJson(path.join(o.work, 'check.json'), {});
  const traceR = readJson(path.join(o.work, 'trace.json'), {});
  const loadR = readJson(path.join(o.work, 'load.json'), { runs: {}, rss: {} });
  const vars = readJson(path.join(o.work, 'variables.json'), {});
  const levels = loadR.settings?.levels ?? [1, 8, 32];
  const f = (v, d = 1) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(d));
  const rate = (v) => (v >= 10 ? f(v, 0) : f(v, 1));
  const done = (r) => r && !r.error && r.requests > 0 && r.p99 > 0;
  const cell = (r) => (!r ? '–' : r.error ? 'failed' : !r.requests ? `none completed in ${loadR.settings?.duration ?? '?'} s / – / – / ${r.errors}`
    : !r.p99 ? `${rate(r.rps)} (all timed out) / – / – / ${r.errors}` : `${rate(r.rps)} / ${f(r.p50)} / ${f(r.p99)} / ${r.errors}`);
  const ratio = (a, b) => (done(a) && done(b) ? `${(a.rps / b.rps).toFixed(2)}×` : '–');
  const lines = [];
  lines.push(`# claimgraph benchmark — ${meta.date ?? new Date().toISOString()}`, '');
  const loadEnd = fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
  lines.push(`Machine: ${meta.machine ?? '?'}; at the end ${loadEnd}. The servers, PostgreSQL and the load generator share these cores: anything else running skews the numbers.`, '');
  lines.push(`Data: ${meta.data ?? '?'}`, '');
  lines.push(`Command: \`${meta.command ?? 'bench/run.sh'}\``, '');
  lines.push(`claimgraph ${meta.claimgraphCommit ?? '?'}${meta.jvm ? ` on ${meta.jvm}` : ''}; PostGraphile ${meta.postgraphile ?? '4.14.1'}; PostgreSQL ${meta.postgres ?? '?'}. Load: wrk ${loadR.settings ? `${loadR.settings.jitWarmup ? `${loadR.settings.jitWarmup}s JIT warm-up per server (all timed questions in turn, 8 connections${loadR.settings.compilerShare != null ? `; claimgraph's JIT compiler threads at ${(100 * loadR.settings.compilerShare).toFixed(1)} % of a core at its end` : ''}), then ` : ''}${loadR.settings.warmup}s warm-up at 8 connections per question and server, then ${loadR.settings.duration}s per concurrency` : ''}; raw SQL: pgbench -M prepared, same concurrency and duration.`, '');
  lines.push('Cells: rps / p50 ms / p99 ms / errors (completed requests only; a request still running when the run ends is not counted, one over 10 s is an error). Ratios are rps ratios: claimgraph ÷ PostGraphile, claimgraph ÷ raw SQL. The raw SQL replays every statement claimgraph issued for one request, as issued; when those include transaction control, "data only" replays them without BEGIN/COMMIT, as a server with one transaction per request would issue them (otherwise that column is empty).', '');
  lines.push('| question | conc. | claimgraph | PostGraphile | raw SQL (claimgraph\'s statements) | raw SQL, data only | cg/PostGraphile | cg/raw SQL | cg/raw SQL, data only |');
  lines.push('|---|---:|---|---|---|---|---:|---:|---:|');
  for (const { id, title } of QUESTIONS) {
    const runs = loadR.runs[id];
    if (!runs) { lines.push(`| (${id}) ${title} | – | not timed: ${check[id] ? `answers ${check[id].status}${check[id].reason ? ' — ' + check[id].reason.slice(0, 140) : ''}` : 'not run'} | | | | | | |`); continue; }
    for (const c of levels) {
      lines.push(`| ${c === levels[0] ? `(${id}) ${title}` : ''} | ${c} | ${cell(runs.claimgraph?.[c])} | ${cell(runs.postgraphile?.[c])} | ${cell(runs.sql?.[c])} | ${cell(runs.sqlData?.[c])} | ${ratio(runs.claimgraph?.[c], runs.postgraphile?.[c])} | ${ratio(runs.claimgraph?.[c], runs.sql?.[c])} | ${ratio(runs.claimgraph?.[c], runs.sqlData?.[c])} |`);
    }
  }
  lines.push('', '## Answers and SQL per request', '');
  lines.push('SQL statements per request come from the statement-capture run (PostgreSQL log); [n with 1/10 pages] appears only when the count changes with the page sizes.', '');
  lines.push('| question | answers match | answer (claimgraph) | response bytes cg / PostGraphile | SQL statements per request cg / PostGraphile | time in PostgreSQL per request cg / PostGraphile (ms, log run) |');
  lines.push('|---|---|---|---|---|---|');
  for (const { id } of QUESTIONS) {
    const c = check[id] ?? {};
    const t = traceR[id] ?? {};
    const st = (x) => (x ? `${x.statements}${x.dataStatements !== x.statements ? ` (${x.dataStatements} excl. transaction control)` : ''}${x.statementsWithSmallPages !== undefined && x.statementsWithSmallPages !== x.statements ? ` [${x.statementsWithSmallPages} with 1/10 pages]` : ''}` : '–');
    lines.push(`| (${id}) | ${c.status ?? '–'}${c.difference ? ` (first difference at ${c.difference.at})` : ''} | ${c.answer ?? c.reason ?? ''} | ${c.bytes ? `${c.bytes.claimgraph} / ${c.bytes.postgraphile}` : '–'} | ${st(t.claimgraph)} / ${st(t.postgraphile)} | ${t.claimgraph ? t.claimgraph.sqlMs : '–'} / ${t.postgraphile ? t.postgraphile.sqlMs : '–'} |`);
  }
  lines.push('', '## Servers', '');
  lines.push(`- claimgraph start-up to /q/health/ready: ${meta.startup ?? '?'} s (JVM, packaged jar)`);
  for (const s of SERVERS) lines.push(`- ${s} RSS: ${loadR.rss?.[s]?.rest ?? '?'} MiB at rest (after start-up, before load), ${loadR.rss?.[s]?.underLoad ?? '?'} MiB peak under load`);
  const ex = readJson(path.join(o.work, 'explain.json'), {});
  if (Object.keys(ex).length) {
    lines.push('', '## claimgraph statements slower than 20 ms (EXPLAIN ANALYZE, after the run)', '');
    for (const [q, list] of Object.entries(ex)) {
      for (const e of list) {
        lines.push(`<details><summary>(${q}) statement ${e.statement} of ${e.of}: ${e.ms} ms in the log run — ${e.sql.slice(0, 110).replace(/[<>|]/g, ' ')}…</summary>`, '', '```sql', e.sql, '```', '', '```', e.plan, '```', '</details>', '');
      }
    }
  }
  lines.push('', `Variables: article ${vars.articleId} (${vars.articleClaims} claims), name "${vars.name}", search "${vars.search}", deep page after claim ${vars.claimAtPosition} (position ${vars.position} of ${vars.claims}).`);
  const md = lines.join('\n') + '\n';
  if (o.out) { fs.mkdirSync(path.dirname(o.out), { recursive: true }); fs.writeFileSync(o.out, md); }
  process.stdout.write(md);
}

const o = parseArgs(process.argv.slice(2));
const commands = { prepare, check, trace, explain, load, report, bodies };
const cmd = commands[o._[0]];
if (!cmd) { console.error(`usage: bench.mjs ${Object.keys(commands).join('|')} …`); process.exit(1); }
await cmd(o);
