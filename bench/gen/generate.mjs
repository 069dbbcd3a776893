#!/usr/bin/env node
// Deterministic, seeded scale data for claimgraph's schema (V2__claim_graph.sql), written as CSV
// files (one per table, in COPY column order) into --out. Same flags + same seed = same bytes.
//
// Shape (see bench/README.md): articles made of sentences; every claim's quote is one sentence of
// its article's cleaned text at its offsets (the anchor trigger holds); Zipf-skewed popularity of
// actors, sources, outlets and topics; a few well-known names (Wagner Group & co.) pinned at
// popular ranks so the benchmark questions have stable targets.
//
// usage: node gen/generate.mjs --out DIR [--articles 100000] [--claims 1000000] [--actors 20000]
//                              [--sources 5000] [--seed 42]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

// ------------------------------------------------------------------ flags
function parseArgs(argv) {
  const opts = { articles: 100000, claims: 1000000, actors: 20000, sources: 5000, seed: 42, out: null };
  for (let i = 0; i < argv.length; i++) {
    const m = argv[i].match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    const value = m[2] !== undefined ? m[2] : argv[++i];
    if (!(m[1] in opts)) throw new Error(`unknown flag --${m[1]}`);
    opts[m[1]] = m[1] === 'out' ? value : Number(value);
  }
  if (!opts.out) throw new Error('--out DIR is required');
  for (const k of ['articles', 'claims', 'actors', 'sources']) {
    if (!Number.isInteger(opts[k]) || opts[k] < 1) throw new Error(`--${k} must be a positive integer`);
  }
  if (opts.actors < 200) throw new Error('--actors must be at least 200');
  if (opts.sources < 50) throw new Error('--sources must be at least 50');
  return opts;
}

// ------------------------------------------------------------------ seeded randomness
function sfc32(a, b, c, d) {
  return function () {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
let rnd;
const int = (n) => Math.floor(rnd() * n);            // 0..n-1
const pick = (arr) => arr[int(arr.length)];
const chance = (p) => rnd() < p;

/** Sampler of ranks 0..n-1 with P(r) ∝ 1/(r+1)^s. */
function zipf(n, s) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) { sum += 1 / Math.pow(r + 1, s); cdf[r] = sum; }
  return () => {
    const u = rnd() * sum;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cdf[mid] < u) lo = mid + 1; else hi = mid; }
    return lo;
  };
}
/** k distinct values from sampler (falls back to fewer if the sampler keeps repeating). */
function distinct(sampler, k) {
  const out = [];
  for (let tries = 0; out.length < k && tries < k * 8; tries++) {
    const v = sampler();
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) { const j = int(i + 1); [arr[i], arr[j]] = [arr[j], arr[i]]; }
  return arr;
}

// ------------------------------------------------------------------ CSV output
class Csv {
  constructor(dir, table, columns) {
    this.table = table; this.columns = columns; this.rows = 0;
    this.file = path.join(dir, `${table}.csv`);
    this.fd = fs.openSync(this.file, "w");
    fs.writeFileSync(path.join(dir, `${table}.columns`), columns.join(","));
    this.buf = [];
    this.size = 0;
  }
  static cell(v) {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return String(v);
    return '"' + String(v).replace(/"/g, '""') + '"';   // quoted: "" is an empty string, not NULL
  }
  row(values) {
    const line = values.map(Csv.cell).join(',') + '\n';
    this.buf.push(line); this.size += line.length; this.rows++;
    if (this.size > 1 << 20) this.flush();
  }
  flush() { if (this.buf.length) { fs.writeSync(this.fd, this.buf.join('')); this.buf = []; this.size = 0; } }
  close() { this.flush(); fs.closeSync(this.fd); }
}

// ------------------------------------------------------------------ vocabulary
const TOPICS = [
  // slug, name, description — the corpus vocabulary (src/main/resources/corpus/annotations.yaml), in popularity order
  ['diplomacy', 'Diplomacy', 'Official contacts, visits, statements between governments.'],
  ['deployment', 'Deployment', 'Sending, stationing or withdrawing troops, mercenaries or contractors.'],
  ['security-assistance', 'Security assistance', 'Military cooperation, defence pacts, protection of leaders.'],
  ['influence', 'Geopolitical influence', 'Competition for spheres of influence, narratives, interference.'],
  ['counter-terrorism', 'Counter-terrorism', 'Operations and strategy against jihadist and insurgent groups.'],
  ['political-transition', 'Political transition', 'Coups, military-led transitions and promised elections.'],
  ['payments', 'Payments', 'Money paid or promised for services, contracts, fees; who finances whom.'],
  ['human-rights', 'Human rights', 'Abuses, atrocities, executions, torture alleged against armed actors.'],
  ['mining', 'Mining and natural resources', 'Access to mines, uranium and other natural resources.'],
  ['sovereignty', 'Sovereignty', 'A state\'s claim to choose its partners and act independently.'],
  ['training', 'Military training', 'Training of armed forces or officers.'],
  ['public-opinion', 'Public opinion', 'What a population thinks or demonstrates for.'],
  ['arms-trade', 'Arms trade', 'Purchases, gifts and deliveries of weapons and military equipment.'],
  ['history', 'History', 'Background events before 2020.'],
  ['peace-process', 'Peace process', 'Peace agreements and negotiations with armed groups.'],
  ['non-response', 'No comment / no response', 'A party that could not be reached or refused to comment.'],
  ['nuclear-energy', 'Nuclear energy', 'Uranium supply and nuclear programmes.'],
];

// Well-known actors: fixed ids 1..n, pinned popularity ranks (0 = most popular).
const KNOWN_ACTORS = [
  { name: 'Wagner Group', kind: 'ARMED_GROUP', country: 'RU', rank: 40,
    aliases: ['Wagner', 'Wagner Group', 'the Wagner Group', 'Wagner group', 'Wagner company', 'Vagner Group'],
    description: 'Russian private military company. Variants include the misspelt transliteration "Vagner Group".' },
  { name: 'Yevgeny Prigozhin', kind: 'PERSON', country: 'RU', rank: 30,
    aliases: ['Yevgeny Prigozhin', 'Yevgeniy Prigozhin', 'Dmitry Prigozhin', 'Prigozhin', 'Prigozine'],
    description: 'Russian businessman linked by media to the Wagner Group.' },
  { name: 'Vladimir Putin', kind: 'PERSON', country: 'RU', rank: 2,
    aliases: ['Vladimir Putin', 'President Putin', 'Putin', 'Vladimir Putinfor'], description: 'President of Russia.' },
  { name: 'Malian transitional government', kind: 'GOVERNMENT_BODY', country: 'ML', rank: 5,
    aliases: ['Malian junta', 'Mali\'s junta', 'the junta', 'Bamako', 'Bamoko'], description: 'Military-led transitional authorities of Mali.' },
  { name: 'Mali', kind: 'STATE', country: 'ML', rank: 1, aliases: ['Mali', 'Malia'], description: 'The Republic of Mali.' },
  { name: 'France', kind: 'STATE', country: 'FR', rank: 0, aliases: ['France', 'Paris'], description: 'The French Republic.' },
  { name: 'Jean-Yves Le Drian', kind: 'PERSON', country: 'FR', rank: 20,
    aliases: ['Jean-Yves Le Drian', 'Le Drian', 'Jean Yves Le Drian'], description: 'French Minister for Europe and Foreign Affairs.' },
  { name: 'Assimi Goïta', kind: 'PERSON', country: 'ML', rank: 25,
    aliases: ['Assimi Goïta', 'Assimi Goita', 'Colonel Goïta', 'Goita'], description: 'Leader of the Malian junta.' },
  { name: 'Reuters', kind: 'MEDIA_OUTLET', country: 'GB', rank: 60, aliases: ['Reuters', 'Reuters news agency'], description: 'News agency.' },
  { name: 'Agence France-Presse', kind: 'MEDIA_OUTLET', country: 'FR', rank: 70, aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'], description: 'News agency.' },
];
const KNOWN_SOURCES = [
  { name: 'Reuters', kind: 'NEWS_AGENCY', actor: 'Reuters' },
  { name: 'AFP', kind: 'NEWS_AGENCY', actor: 'Agence France-Presse' },
  { name: 'four security and diplomatic sources', kind: 'ANONYMOUS', count: 4 },
  { name: 'Jean-Yves Le Drian', kind: 'OFFICIAL', actor: 'Jean-Yves Le Drian' },
  { name: 'French Ministry of the Armed Forces', kind: 'INSTITUTION', actor: 'France' },
  { name: 'a European source tracking West Africa', kind: 'ANONYMOUS', count: 1 },
];

const FIRST = ['Amadou', 'Fatoumata', 'Ibrahim', 'Aminata', 'Moussa', 'Mariam', 'Oumar', 'Awa', 'Sergei', 'Olga', 'Dmitri',
  'Irina', 'Pierre', 'Claire', 'Jean', 'Sophie', 'Michel', 'Anne', 'Ahmed', 'Leila', 'Youssef', 'Nadia', 'John', 'Mary',
  'David', 'Sarah', 'Peter', 'Laura', 'Ivan', 'Tatiana', 'Alexei', 'Natalia', 'Boubacar', 'Kadiatou', 'Seydou', 'Hawa',
  'Mahamadou', 'Rokia', 'Cheick', 'Djeneba', 'François', 'Hélène', 'Émile', 'Zoé', 'Karim', 'Salif', 'Modibo', 'Assétou'];
const LAST = ['Traoré', 'Keïta', 'Coulibaly', 'Diarra', 'Touré', 'Cissé', 'Sangaré', 'Maïga', 'Konaté', 'Dembélé', 'Sidibé',
  'Doumbia', 'Ivanov', 'Petrov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov',
  'Dupont', 'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans',
  'Ag Ghaly', 'Ould Mohamed', 'Ben Salah', 'Haidara', 'Samaké', 'Kanté', 'Bathily', 'Tall', 'Sow', 'Ba', 'Diallo'];
const ORG_ADJ = ['Northern', 'Southern', 'Sahel', 'Atlantic', 'Eastern', 'United', 'National', 'Federal', 'Patriotic',
  'Continental', 'Western', 'Central', 'Free', 'Democratic', 'Republican', 'Independent', 'Global', 'Regional', 'Red', 'Golden'];
const ORG_NOUN = ['Mining', 'Security', 'Defence', 'Energy', 'Logistics', 'Media', 'Liberation', 'Solidarity', 'Progress',
  'Unity', 'Justice', 'Development', 'Resources', 'Intelligence', 'Transport', 'Aviation', 'Trade', 'Press', 'Broadcasting', 'Relief'];
const KIND_SUFFIX = {
  ORGANISATION: ['Association', 'Coalition', 'Foundation', 'Network'],
  GOVERNMENT_BODY: ['Ministry', 'Directorate', 'Agency', 'Council'],
  STATE: ['Republic'],
  ARMED_GROUP: ['Front', 'Movement', 'Brigade', 'Group'],
  COMPANY: ['Company', 'Holdings', 'Corporation', 'Ltd'],
  MEDIA_OUTLET: ['Times', 'Herald', 'Post', 'News', 'Tribune', 'Observer', 'Daily', 'Radio'],
  MILITARY_OPERATION: ['Operation', 'Task Force'],
  POLITICAL_PARTY: ['Party', 'Rally', 'Alliance'],
  INTERNATIONAL_ORGANISATION: ['Union', 'Community', 'Commission'],
  EVENT: ['Summit', 'Forum', 'Conference'],
};
const KIND_WEIGHTS = [['PERSON', 50], ['ORGANISATION', 8], ['GOVERNMENT_BODY', 8], ['STATE', 2], ['ARMED_GROUP', 6],
  ['COMPANY', 8], ['MEDIA_OUTLET', 10], ['MILITARY_OPERATION', 2], ['POLITICAL_PARTY', 3], ['INTERNATIONAL_ORGANISATION', 2], ['EVENT', 1]];
const COUNTRIES = ['ML', 'FR', 'RU', 'BF', 'NE', 'TD', 'DZ', 'SN', 'CI', 'US', 'GB', 'DE', 'CF', 'LY', 'SD', 'GN', 'MR', null];
const PLACES = ['Bamako', 'Gao', 'Timbuktu', 'Kidal', 'Mopti', 'Ségou', 'Ménaka', 'Niamey', 'Ouagadougou', 'Bangui', 'Tripoli',
  'Khartoum', 'Moscow', 'Paris', 'Dakar', 'Abidjan', 'Nouakchott', 'the Sahel', 'central Mali', 'northern Mali', 'Sikasso', 'Kayes'];
const CURRENCIES = [['USD', 1, '$', ''], ['EUR', 1.1827, '', ' euros'], ['XOF', 1.1827 / 655.957, '', ' CFA francs'],
  ['RUB', 1 / 73.65, '', ' roubles'], ['GBP', 1.3757, '£', '']];
const COUNT_UNITS = ['mercenaries', 'soldiers', 'instructors', 'contractors', 'civilians', 'helicopters', 'armoured vehicles', 'troops'];

// Per-topic sentence templates: S = subject actor(s), O = other actor, Q = quantity, P = place.
const PREDICATES = {
  payments: [['would be paid Q by O', 'is paid Q by O'], ['received Q from O', 'received Q from O'],
    ['signed a contract worth Q with O', 'has a contract worth Q with O'], ['was promised Q for its services in P', 'was promised Q for services in P']],
  deployment: [['deployed Q to P', 'deployed Q to P'], ['sent Q to P', 'sent Q to P'], ['stationed Q near P', 'stationed Q near P']],
  mining: [['obtained access to gold mines near P', 'obtained access to gold mines near P'], ['was granted mining rights in P by O', 'was granted mining rights in P'],
    ['sought uranium concessions in P', 'sought uranium concessions in P']],
  'human-rights': [['was accused of executing civilians near P', 'executed civilians near P'], ['committed abuses against villagers in P', 'committed abuses in P']],
  diplomacy: [['met O in P to discuss cooperation', 'met O in P'], ['summoned the ambassador of O', 'summoned the ambassador of O'], ['held talks with O', 'held talks with O']],
  sovereignty: [['insisted on its sovereign right to choose partners such as O', 'claims the right to choose partners'], ['rejected interference by O', 'rejected interference by O']],
  'counter-terrorism': [['led operations against jihadists near P', 'led counter-terrorism operations near P'], ['withdrew from the fight against terrorism in P', 'withdrew from counter-terrorism in P']],
  history: [['had close ties with O during the Soviet era', 'had Soviet-era ties with O'], ['fought in P in 2012', 'fought in P in 2012']],
  training: [['trained Q of the army of O', 'trained soldiers of O'], ['ran a training camp in P', 'ran a training camp in P']],
  'security-assistance': [['signed a defence pact with O', 'signed a defence pact with O'], ['protected the leaders of O in P', 'protected the leaders of O']],
  'public-opinion': [['was cheered by demonstrators in P', 'was supported by demonstrators in P'], ['faced protests in P', 'faced protests in P']],
  'arms-trade': [['delivered Q to O', 'delivered Q to O'], ['bought Q from O', 'bought Q from O']],
  influence: [['expanded its influence in P at the expense of O', 'expanded influence in P'], ['spread narratives hostile to O', 'spread narratives hostile to O']],
  'political-transition': [['postponed the elections promised in P', 'postponed elections'], ['seized power in P', 'seized power in P']],
  'peace-process': [['called for talks with armed groups near P', 'called for talks with armed groups'], ['undermined the peace agreement signed with O', 'undermined the peace agreement']],
  'non-response': [['did not respond to a request for comment', 'did not respond to a request for comment'], ['declined to comment on the talks with O', 'declined to comment']],
  'nuclear-energy': [['secured uranium supplies from O', 'secured uranium supplies from O'], ['discussed nuclear energy with O', 'discussed nuclear energy with O']],
};
const QUANTITY_TOPICS = new Set(['payments', 'deployment', 'training', 'arms-trade']);
const STANCES = [['ASSERTED', 40], ['REPORTED', 35], ['DENIED', 10], ['SPECULATED', 10], ['QUESTIONED', 5]];
const FILLERS = [
  'The situation in P remained tense on Tuesday.', 'Residents of P described long queues at fuel stations.',
  'The talks were first reported last week.', 'Several diplomats have expressed concern in private.',
  'Security in P has deteriorated over the past year.', 'Officials in P would not give further details.',
  'The region has faced a decade of conflict.', 'Analysts say the negotiations could take months.',
  'Markets in P reopened after a week of unrest.', 'A and B have not commented publicly.',
  'A visited P earlier this month.', 'The United Nations mission has about 15,000 personnel in the country.',
  'Humanitarian groups warned of food shortages in P.', 'The border near P was closed for several days.',
];

function weighted(pairs) {
  const total = pairs.reduce((s, p) => s + p[1], 0);
  return () => { let u = rnd() * total; for (const [v, w] of pairs) { if ((u -= w) < 0) return v; } return pairs[pairs.length - 1][0]; };
}

// Same rule as org.claimgraph.actor.ActorAlias.normalize.
function normalize(name) {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/[ \t\n\x0B\f\r]+/g, ' ').trim();
}
function misspell(name) {
  const letters = [...name];
  const positions = letters.map((c, i) => (/[a-z]/.test(c) && i > 0 ? i : -1)).filter((i) => i >= 0);
  if (positions.length < 3) return name + 'e';
  const i = pick(positions);
  switch (int(3)) {
    case 0: letters.splice(i, 1); break;                                        // drop a letter
    case 1: letters.splice(i, 0, letters[i]); break;                            // double a letter
    default: if (i + 1 < letters.length) [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]];  // swap
  }
  const out = letters.join('');
  return out === name ? name + 'h' : out;
}
function numberWords(n) {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(1)} billion`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)} million`;
  return n.toLocaleString('en-US');
}

// ------------------------------------------------------------------ generation
function main() {
  const o = parseArgs(process.argv.slice(2));
  rnd = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, o.seed >>> 0);
  for (let i = 0; i < 20; i++) rnd();
  fs.mkdirSync(o.out, { recursive: true });
  const started = Date.now();
  const csv = {
    topic: new Csv(o.out, 'topic', ['id', 'slug', 'name', 'description']),
    actor: new Csv(o.out, 'actor', ['id', 'key', 'name', 'kind', 'description', 'country', 'review_status']),
    actor_alias: new Csv(o.out, 'actor_alias', ['id', 'actor_id', 'alias', 'normalized']),
    actor_role: new Csv(o.out, 'actor_role', ['id', 'actor_id', 'position', 'title', 'organisation_id', 'since', 'until']),
    source: new Csv(o.out, 'source', ['id', 'key', 'kind', 'name', 'actor_id', 'anonymous_count', 'description']),
    article: new Csv(o.out, 'article', ['id', 'corpus_file', 'url', 'title', 'outlet_id', 'author', 'published_on', 'updated_on',
      'language', 'raw_text', 'clean_text', 'content_hash', 'word_count', 'loaded_by']),
    mention: new Csv(o.out, 'mention', ['id', 'article_id', 'actor_id', 'surface', 'start_offset', 'end_offset']),
    claim: new Csv(o.out, 'claim', ['id', 'key', 'article_id', 'statement', 'quote', 'prefix', 'suffix', 'start_offset', 'end_offset',
      'reporting_verb', 'stance', 'refers_from', 'refers_to', 'refers_precision', 'provenance', 'curator', 'pipeline_version',
      'confidence', 'review_status', 'rank', 'note']),
    claim_source: new Csv(o.out, 'claim_source', ['claim_id', 'position', 'source_id']),
    claim_subject: new Csv(o.out, 'claim_subject', ['claim_id', 'actor_id']),
    claim_topic: new Csv(o.out, 'claim_topic', ['claim_id', 'topic_id']),
    quantity: new Csv(o.out, 'quantity', ['id', 'claim_id', 'position', 'text', 'kind', 'amount', 'unit', 'period', 'lower_bound',
      'upper_bound', 'usd_per_month']),
    claim_relation: new Csv(o.out, 'claim_relation', ['id', 'from_claim_id', 'to_claim_id', 'type', 'asserted_by', 'note']),
  };

  // topics
  TOPICS.forEach(([slug, name, desc], i) => csv.topic.row([i + 1, slug, name, desc]));
  const topicOfRank = zipf(TOPICS.length, 1.0);

  // actors: ids 1..K are the well-known ones; the rest synthetic. Popularity rank -> actor id.
  const actors = [null];                        // index = id
  const kindOf = weighted(KIND_WEIGHTS);
  const usedNames = new Set();
  for (const a of KNOWN_ACTORS) { actors.push({ ...a, id: actors.length, key: 'bench-' + normalize(a.name).replace(/[^a-z0-9]+/g, '-') }); usedNames.add(a.name); }
  while (actors.length <= o.actors) {
    const kind = kindOf();
    let name;
    for (let t = 0; ; t++) {
      name = kind === "PERSON" ? `${pick(FIRST)} ${chance(0.6) ? String.fromCharCode(65 + int(26)) + ". " : ""}${pick(LAST)}`
        : `${chance(0.5) ? pick(LAST) : pick(ORG_ADJ)} ${pick(ORG_NOUN)} ${pick(KIND_SUFFIX[kind])}`;
      if (t > 8) name += ` ${actors.length}`;
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    const aliases = [name];
    if (kind === 'PERSON') { aliases.push(name.replace(/^\S+ (?:[A-Z]\. )?/, '')); if (chance(0.5)) aliases.push(misspell(name)); }
    else { if (chance(0.5)) aliases.push('the ' + name); if (chance(0.4)) aliases.push(misspell(name)); }
    actors.push({ id: actors.length, name, kind, country: pick(COUNTRIES), aliases, key: null, description: null });
  }
  const actorByRank = new Array(o.actors).fill(0);
  for (const a of actors.slice(1, KNOWN_ACTORS.length + 1)) actorByRank[a.rank] = a.id;
  const rest = shuffle(actors.slice(KNOWN_ACTORS.length + 1).map((a) => a.id));
  for (let r = 0, j = 0; r < o.actors; r++) if (!actorByRank[r]) actorByRank[r] = rest[j++];
  const actorRank = zipf(o.actors, 1.0);
  const popularActor = () => actorByRank[actorRank()];
  let aliasId = 0;
  for (const a of actors.slice(1)) {
    csv.actor.row([a.id, a.key, a.name, a.kind, a.description, a.country, 'CONFIRMED']);
    const seen = new Set();
    for (const alias of a.aliases) {
      if (seen.has(alias) || !alias) continue;
      seen.add(alias);
      csv.actor_alias.row([++aliasId, a.id, alias, normalize(alias)]);
    }
  }
  // a few roles, for shape
  let roleId = 0;
  for (const a of actors.slice(1)) if (a.kind === 'PERSON' && chance(0.3)) csv.actor_role.row([++roleId, a.id, 0, 'Minister of ' + pick(ORG_NOUN), null, String(2010 + int(12)), null]);

  const outlets = actors.slice(1).filter((a) => a.kind === 'MEDIA_OUTLET').map((a) => a.id);
  const persons = actors.slice(1).filter((a) => a.kind === 'PERSON').map((a) => a.id);
  const bodies = actors.slice(1).filter((a) => ['GOVERNMENT_BODY', 'ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'STATE'].includes(a.kind)).map((a) => a.id);
  const outletRank = zipf(outlets.length, 1.1);

  // sources: ids 1..k well-known, then synthetic; popularity Zipf by id
  const sources = [null];
  const byName = new Map(actors.slice(1).map((a) => [a.name, a.id]));
  for (const s of KNOWN_SOURCES) sources.push({ id: sources.length, key: 'bench-' + normalize(s.name).replace(/[^a-z0-9]+/g, '-'), kind: s.kind, name: s.name,
    actor: s.actor ? byName.get(s.actor) : null, count: s.count ?? null });
  const sourceKind = weighted([['NEWS_AGENCY', 3], ['OUTLET', 15], ['OFFICIAL', 25], ['SPOKESPERSON', 12], ['INSTITUTION', 12], ['EXPERT', 12],
    ['DOCUMENT', 6], ['ANONYMOUS', 12], ['AUTHOR', 3]]);
  const NUMBERS = ['two', 'three', 'four', 'five', 'six'];
  while (sources.length <= o.sources) {
    const kind = sourceKind();
    let name, actor = null, count = null;
    switch (kind) {
      case 'NEWS_AGENCY': case 'OUTLET': actor = pick(outlets); name = actors[actor].name; break;
      case 'OFFICIAL': case 'SPOKESPERSON': case 'EXPERT': actor = pick(persons); name = actors[actor].name; break;
      case 'INSTITUTION': actor = pick(bodies); name = actors[actor].name; break;
      case 'DOCUMENT': name = `a report by the ${pick(ORG_ADJ)} ${pick(ORG_NOUN)} Institute`; break;
      case 'ANONYMOUS': { const n = 1 + int(5); count = n; name = n === 1 ? `a ${pick(['diplomatic', 'security', 'military', 'European'])} source` : `${NUMBERS[n - 2]} ${pick(['diplomatic', 'security', 'military', 'European'])} sources`; break; }
      default: name = 'the author';
    }
    sources.push({ id: sources.length, key: null, kind, name, actor, count });
  }
  for (const s of sources.slice(1)) csv.source.row([s.id, s.key, s.kind, s.name, s.actor, s.count, null]);
  const sourceRank = zipf(o.sources, 1.05);
  const popularSource = () => 1 + sourceRank();

  // claims per article: exponential with mean claims/articles, capped, then adjusted to the exact total
  const mean = o.claims / o.articles;
  const perArticle = new Int32Array(o.articles);
  let total = 0;
  const cap = Math.max(4, Math.ceil(mean * 10));
  for (let i = 0; i < o.articles; i++) { perArticle[i] = Math.min(cap, Math.floor(-Math.log(1 - rnd()) * mean + 0.5)); total += perArticle[i]; }
  while (total < o.claims) { const i = int(o.articles); if (perArticle[i] < cap) { perArticle[i]++; total++; } }
  while (total > o.claims) { const i = int(o.articles); if (perArticle[i] > 0) { perArticle[i]--; total--; } }

  const stanceOf = weighted(STANCES);
  const startDay = Date.UTC(2015, 0, 1) / 86400000;
  const days = 3650;
  const iso = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
  let claimId = 0, mentionId = 0, quantityId = 0, relationId = 0;
  const hashes = new Set();
  const stats = { wagnerClaims: 0, wagnerPayments: 0, wagnerPaymentSources: new Map(), textBytes: 0 };
  const WAGNER = 1, PAYMENTS = TOPICS.findIndex((t) => t[0] === 'payments') + 1;

  for (let articleIndex = 0; articleIndex < o.articles; articleIndex++) {
    const articleId = articleIndex + 1;
    const outlet = outlets[outletRank()];
    const day = startDay + Math.floor((articleIndex / o.articles) * days) + int(3);
    const place = pick(PLACES);
    const mainActors = distinct(popularActor, 2);
    let text = '';
    const mentions = [];
    const claimRows = [];
    const sayActor = (id) => {
      const a = actors[id];
      const surface = a.aliases.length > 1 && chance(0.3) ? pick(a.aliases) : a.name;
      return { id, surface };
    };
    // builds a sentence from parts; strings are literal text, {actor} parts become mentions
    const sentence = (parts) => {
      let s = '';
      const local = [];
      for (const p of parts) {
        if (typeof p === 'string') s += p;
        else { local.push([p.id, p.surface, s.length]); s += p.surface; }
      }
      s = s.charAt(0).toUpperCase() + s.slice(1);
      return { s, local };
    };
    const append = (built) => {
      if (text.length) text += chance(0.25) ? '\n\n' : ' ';
      const start = text.length;
      text += built.s;
      for (const [id, surface, off] of built.local) mentions.push([id, text.slice(start + off, start + off + surface.length), start + off]);
      return start;
    };
    const filler = () => {
      const f = pick(FILLERS);
      const parts = [];
      let rest = f;
      while (rest.length) {
        const m = rest.match(/\b([PAB])\b/);
        if (!m) { parts.push(rest); break; }
        parts.push(rest.slice(0, m.index));
        if (m[1] === 'P') parts.push(place); else parts.push(sayActor(m[1] === 'A' ? mainActors[0] : mainActors[mainActors.length - 1]));
        rest = rest.slice(m.index + 1);
      }
      append(sentence(parts));
    };

    const n = perArticle[articleIndex];
    const mainTopic = TOPICS[topicOfRank()][0];
    append(sentence([`${place.replace(/^the /, '')}, ${iso(day)} — `, sayActor(mainActors[0]), ` and ${place}: what is known about the ${mainTopic.replace(/-/g, ' ')} story.`]));
    for (let c = 0; c < n; c++) {
      if (chance(0.6)) filler();
      const id = ++claimId;
      const topicIds = distinct(() => 1 + topicOfRank(), chance(0.35) ? 2 : 1);
      const topic = TOPICS[topicIds[0] - 1][0];
      // subjects: often one of the article's main actors, plus popular ones
      const nSubjects = 1 + (chance(0.4) ? 1 : 0) + (chance(0.1) ? 1 : 0);
      const subjects = distinct(() => (chance(0.5) ? pick(mainActors) : popularActor()), nSubjects);
      const other = popularActor();
      const chainLength = chance(0.7) ? 1 : chance(0.83) ? 2 : 3;
      const chain = distinct(popularSource, chainLength);
      const stance = stanceOf();
      // quantity
      let q = null;
      if (QUANTITY_TOPICS.has(topic) && chance(0.6)) {
        if (topic === 'payments') {
          const [cur, rate, pre, post] = pick(CURRENCIES);
          const amount = (1 + int(99)) * Math.pow(10, 4 + int(5)) / (chance(0.3) ? 10 : 1);
          const period = pick(['MONTH', 'MONTH', 'YEAR', null]);
          const bound = pick([null, null, 'more than', 'up to']);
          const words = `${bound ? bound + ' ' : ''}${pre}${numberWords(amount)}${post}${period === 'MONTH' ? ' a month' : period === 'YEAR' ? ' a year' : ''}`;
          const usd = period ? (amount * rate / (period === 'YEAR' ? 12 : 1)).toFixed(2) : null;
          q = { text: words, kind: 'MONEY', amount, unit: cur, period, lower: bound === 'more than' ? amount : null, upper: bound === 'up to' ? amount : null, usd };
        } else {
          const amount = (1 + int(50)) * (chance(0.5) ? 100 : 10);
          const unit = pick(COUNT_UNITS);
          const bound = pick([null, 'about', 'more than', 'up to']);
          q = { text: `${bound ? bound + ' ' : ''}${amount.toLocaleString('en-US')} ${unit}`, kind: 'COUNT', amount, unit, period: null,
            lower: bound === 'more than' ? amount : null, upper: bound === 'up to' ? amount : null, usd: null };
        }
      }
      const [pred, normal] = pick(PREDICATES[topic]);
      const fill = (template, forText) => {
        const parts = [];
        let rest = template;
        while (rest.length) {
          const m = rest.match(/\b([QOP])\b/);
          if (!m) { parts.push(rest); break; }
          parts.push(rest.slice(0, m.index));
          if (m[1] === 'Q') parts.push(q ? q.text : (topic === 'payments' ? 'an undisclosed sum' : 'several hundred men'));
          else if (m[1] === 'P') parts.push(place);
          else parts.push(forText ? sayActor(other) : actors[other].name);
          rest = rest.slice(m.index + 1);
        }
        return parts;
      };
      const subjParts = [];
      subjects.forEach((s, i) => { if (i) subjParts.push(i === subjects.length - 1 ? ' and ' : ', '); subjParts.push(sayActor(s)); });
      const src = sources[chain[0]];
      const srcParts = src.actor ? [sayActor(src.actor)] : [src.name];
      let verb, parts;
      switch (stance) {
        case 'DENIED': verb = 'denied'; parts = [...srcParts, ' denied that ', ...subjParts, ' ', ...fill(pred, true), '.']; break;
        case 'REPORTED': verb = 'according to'; parts = ['According to ', ...srcParts, ', ', ...subjParts, ' ', ...fill(pred, true), '.']; break;
        case 'SPECULATED': verb = 'said'; parts = [...subjParts, ' may have ', ...fill(pred.replace(/^(would be|was|is) /, 'been '), true), ', ', ...srcParts, ' said.']; break;
        case 'QUESTIONED': verb = 'questioned'; parts = [...srcParts, ' questioned whether ', ...subjParts, ' ', ...fill(pred, true), '.']; break;
        default: verb = pick(['said', 'told reporters', 'stated']); parts = [...srcParts, ` ${verb} that `, ...subjParts, ' ', ...fill(pred, true), '.'];
      }
      const built = sentence(parts);
      const start = append(built);
      const statement = `${subjects.map((s) => actors[s].name).join(' and ')} ${fill(normal, false).join('')}${stance === 'DENIED' ? ' (denied)' : ''}`;
      claimRows.push({ id, start, quote: built.s, statement, verb, stance, topicIds, subjects, chain, q, day });
      if (subjects.includes(WAGNER)) {
        stats.wagnerClaims++;
        if (topicIds.includes(PAYMENTS)) { stats.wagnerPayments++; stats.wagnerPaymentSources.set(chain[0], 1 + (stats.wagnerPaymentSources.get(chain[0]) || 0)); }
      }
    }
    const nf = 1 + int(3);
    for (let i = 0; i < nf; i++) filler();
    // the same article twice is one article (content_hash is unique): short articles can repeat, so add to them
    while (hashes.has(crypto.createHash('sha256').update(text, 'utf8').digest('hex'))) filler();

    // article row
    const title = `${actors[mainActors[0]].name} and ${actors[mainActors[1] ?? mainActors[0]].name}: ${mainTopic.replace(/-/g, ' ')} in ${place}`;
    const raw = `Accept all cookies\nHome | World | Africa\n${title}\n\n${text}\n\nPrevious article\nRelated posts\nViews: ${int(100000)}`;
    const hash = crypto.createHash('sha256').update(text, 'utf8').digest('hex');
    hashes.add(hash);
    const words = text.split(/\s+/).filter(Boolean).length;
    stats.textBytes += text.length;
    csv.article.row([articleId, null, `https://news${outlet}.example/${iso(day).slice(0, 7)}/article-${articleId}`, title, outlet,
      chance(0.7) ? `${pick(FIRST)} ${pick(LAST)}` : null, iso(day), chance(0.1) ? iso(day + 1) : null, 'en', raw, text, hash, words, 'bench-generator']);
    for (const [actorId, surface, start] of mentions) csv.mention.row([++mentionId, articleId, actorId, surface, start, start + surface.length]);
    for (const c of claimRows) {
      const end = c.start + c.quote.length;
      const curated = chance(0.05);
      const refers = chance(0.5);
      const rank = chance(0.01) ? 'DEPRECATED' : chance(0.03) ? 'PREFERRED' : 'NORMAL';
      csv.claim.row([c.id, null, articleId, c.statement, c.quote, text.slice(Math.max(0, c.start - 32), c.start), text.slice(end, end + 32),
        c.start, end, c.verb, c.stance, refers ? iso(c.day - int(60)).slice(0, 8) + '01' : null, null, refers ? 'MONTH' : null,
        curated ? 'CURATED' : 'EXTRACTED', curated ? 'bench curator' : null, curated ? null : 'bench-pipeline 1.0',
        Math.round((0.5 + rnd() / 2) * 1000) / 1000, curated ? 'CONFIRMED' : pick(['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED', 'CONFIRMED']), rank, null]);
      c.chain.forEach((s, i) => csv.claim_source.row([c.id, i, s]));
      for (const a of c.subjects) csv.claim_subject.row([c.id, a]);
      for (const t of c.topicIds) csv.claim_topic.row([c.id, t]);
      if (c.q) csv.quantity.row([++quantityId, c.id, 0, c.q.text, c.q.kind, c.q.amount, c.q.unit, c.q.period, c.q.lower, c.q.upper, c.q.usd]);
      if (c.id > 1 && chance(0.05)) {
        const to = c.id - 1 - int(Math.min(c.id - 1, 5000));
        csv.claim_relation.row([++relationId, c.id, to, pick(['REPEATS', 'CORROBORATES', 'CONTRADICTS']), 'bench-pipeline 1.0', null]);
      }
    }
    if (articleIndex % 10000 === 9999) process.stderr.write(`  generated ${articleIndex + 1} articles, ${claimId} claims\n`);
  }
  for (const c of Object.values(csv)) c.close();
  const counts = Object.fromEntries(Object.entries(csv).map(([t, c]) => [t, c.rows]));
  const summary = {
    flags: { articles: o.articles, claims: o.claims, actors: o.actors, sources: o.sources, seed: o.seed },
    rows: counts,
    cleanTextMB: +(stats.textBytes / 1e6).toFixed(1),
    headline: { claimsAboutWagner: stats.wagnerClaims, wagnerPaymentClaims: stats.wagnerPayments, wagnerPaymentSources: stats.wagnerPaymentSources.size },
    seconds: (Date.now() - started) / 1000,
  };
  fs.writeFileSync(path.join(o.out, 'manifest.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary));
}

main();
