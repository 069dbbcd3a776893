// Reads CPU samples from stdin and prints where they went: by stage of a request (a sample counts
// in every stage on its stack), the hottest frames (top of stack), and the hottest library and
// claimgraph frames counted inclusively. Two inputs: `jfr print --events jdk.ExecutionSample`
// (Java threads only; `--since HH:MM:SS` keeps the samples taken from then on, as the recording
// starts with the JVM), or with `--collapsed` async-profiler's collapsed stacks recorded with
// `threads` (every thread of the process, JIT compiler, GC and kernel frames included; then a table
// by thread comes first and the stage and frame tables count the request threads only, as shares
// of all samples). Used by profile.sh.
import { createInterface } from 'node:readline';

const since = process.argv.includes('--since') ? process.argv[process.argv.indexOf('--since') + 1] : null;
const collapsed = process.argv.includes('--collapsed');
// threads that serve requests: Vert.x event loops and Quarkus's worker pool
const REQUEST_THREAD = /vert\.x-eventloop|executor-thread|vert\.x-worker/;
const STAGES = {
  'graphql parse': /graphql\.parser\.Parser\./,
  'graphql validate': /graphql\.validation\.Validator/,
  'graphql execution (all fields)': /graphql\.execution\.ExecutionStrategy/,
  'SmallRye per-field context': /SmallRyeContextManager\.populateFromDataFetchingEnvironment/,
  'claimgraph resolvers': /org\.claimgraph\.[a-z]+\.\w+Api\./,
  'Hibernate queries (incl. JDBC)': /org\.hibernate\.query\.spi\.AbstractSelectionQuery\.list/,
  // (not ResultSetMappingImpl.resolve: a native statement is executed inside it, on first use of its metadata)
  'HQL/SQL translation': /ConcreteSqmSelectQueryPlan\.buildInterpretation/,
  'entity hydration': /EntityInitializerImpl/,
  'JDBC driver': /org\.postgresql\./,
  'response JSON': /ExecutionResponse\.|org\.eclipse\.parsson|ResponseJson\.|VertxExecutionResponseWriter/,
  'CDI events': /EventImpl\.|resolveObserverMethods/,
  'instrumentation chain': /ChainedInstrumentation/,
  'field visibility regex': /BlockedFields/,
};
const INCLUSIVE = /^(org\.claimgraph|org\.hibernate|graphql\.|io\.smallrye\.graphql|io\.vertx|io\.netty|org\.postgresql|com\.fasterxml|io\.agroal|io\.quarkus)/;
const self = new Map();
const inclusive = new Map();
const stages = new Map();
const threads = new Map();
let samples = 0;
let stack = null;
let time = null;

const bump = (map, key, weight = 1) => map.set(key, (map.get(key) ?? 0) + weight);

// stack: frames, top first
function count(stack, weight) {
  if (stack.length) bump(self, stack[0], weight);
  for (const frame of new Set(stack.filter((f) => INCLUSIVE.test(f)))) bump(inclusive, frame, weight);
  const all = stack.join('\n');
  for (const [stage, pattern] of Object.entries(STAGES)) if (pattern.test(all)) bump(stages, stage, weight);
}

for await (const line of createInterface({ input: process.stdin })) {
  if (collapsed) {
    // "[thread tid=N];root;…;top COUNT", class names with slashes
    const space = line.lastIndexOf(' ');
    if (space < 0) continue;
    const weight = Number(line.slice(space + 1));
    const [thread, ...frames] = line.slice(0, space).split(';');
    const threadKind = thread.replace(/ tid=\d+\]$/, ']').replace(/\d+/g, '#');
    bump(threads, threadKind, weight);
    samples += weight;
    if (REQUEST_THREAD.test(thread)) count(frames.reverse().map((f) => f.replaceAll('/', '.')), weight);
    continue;
  }
  const trimmed = line.trim();
  if (trimmed.startsWith('startTime = ')) {
    time = trimmed.slice('startTime = '.length, 'startTime = '.length + 8);
  } else if (trimmed.startsWith('stackTrace = [')) {
    stack = [];
  } else if (stack && trimmed === ']') {
    if (!since || (time && time >= since)) {
      samples++;
      count(stack, 1);
    }
    stack = null;
  } else if (stack && trimmed && trimmed !== '...') {
    stack.push(trimmed.replace(/\s+line:.*$/, ''));
  }
}

const top = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([frame, count]) => `${(100 * count / samples).toFixed(1).padStart(5)}%  ${frame}`).join('\n');
console.log(`${samples} samples${since ? ` since ${since}` : ''}`
  + (collapsed ? `\n\nby thread (all samples):\n${top(threads, 12)}\n\nrequest threads only, as shares of all samples:` : '')
  + `\n\nby stage (overlapping):\n${top(stages, 20)}`
  + `\n\nself (top of stack):\n${top(self, 25)}\n\ninclusive (library and claimgraph frames):\n${top(inclusive, 40)}`);
