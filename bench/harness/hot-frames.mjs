// Reads `jfr print --events jdk.ExecutionSample` from stdin and prints where the CPU samples
// went: by stage of a request (a sample counts in every stage on its stack), the hottest frames
// (top of stack), and the hottest library and claimgraph frames counted inclusively.
// `--since HH:MM:SS` keeps only samples taken from then on (the recording starts with the JVM;
// starting JFR later deoptimises compiled code and would measure a cold server). Used by profile.sh.
import { createInterface } from 'node:readline';

const since = process.argv.includes('--since') ? process.argv[process.argv.indexOf('--since') + 1] : null;
const STAGES = {
  'graphql parse': /graphql\.parser\.Parser\./,
  'graphql validate': /graphql\.validation\.Validator/,
  'graphql execution (all fields)': /graphql\.execution\.ExecutionStrategy/,
  'SmallRye per-field context': /SmallRyeContextManager\.populateFromDataFetchingEnvironment/,
  'claimgraph resolvers': /org\.claimgraph\.[a-z]+\.\w+Api\./,
  'Hibernate queries (incl. JDBC)': /org\.hibernate\.query\.spi\.AbstractSelectionQuery\.list/,
  'HQL/SQL translation': /ConcreteSqmSelectQueryPlan\.buildInterpretation|ResultSetMappingImpl\.resolve/,
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
let samples = 0;
let stack = null;
let time = null;

const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

for await (const line of createInterface({ input: process.stdin })) {
  const trimmed = line.trim();
  if (trimmed.startsWith('startTime = ')) {
    time = trimmed.slice('startTime = '.length, 'startTime = '.length + 8);
  } else if (trimmed.startsWith('stackTrace = [')) {
    stack = [];
  } else if (stack && trimmed === ']') {
    if (!since || (time && time >= since)) {
      samples++;
      if (stack.length) bump(self, stack[0]);
      for (const frame of new Set(stack.filter((f) => INCLUSIVE.test(f)))) bump(inclusive, frame);
      const all = stack.join('\n');
      for (const [stage, pattern] of Object.entries(STAGES)) if (pattern.test(all)) bump(stages, stage);
    }
    stack = null;
  } else if (stack && trimmed && trimmed !== '...') {
    stack.push(trimmed.replace(/\s+line:.*$/, ''));
  }
}

const top = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([frame, count]) => `${(100 * count / samples).toFixed(1).padStart(5)}%  ${frame}`).join('\n');
console.log(`${samples} samples${since ? ` since ${since}` : ''}\n\nby stage (overlapping):\n${top(stages, 20)}`
  + `\n\nself (top of stack):\n${top(self, 25)}\n\ninclusive (library and claimgraph frames):\n${top(inclusive, 40)}`);
