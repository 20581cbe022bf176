'use strict';
// Baseline for our own sync: PouchDB's first replication of N small records
// from a local PouchDB (memory adapter) to an express-pouchdb server (memory
// adapter) over loopback HTTP. The server runs in a separate node process
// (server.js) so server and client don't share one event loop.
//
//   node bench.js [--docs N] [--verbose]
//
// Prints exactly one line on stdout:
//   bench: pouchdb_first_sync_rps <docs per second> records/s
// Only PouchDB.replicate(local, remote, {batch_size: 500}) is timed; loading
// the local DB and creating the (empty) remote DB happen before the clock.

const path = require('path');
const crypto = require('crypto');
const { fork } = require('child_process');

const PouchDB = require('pouchdb');
PouchDB.plugin(require('pouchdb-adapter-memory'));

const DEFAULT_DOCS = 100000;
const LOAD_CHUNK = 5000;
const BATCH_SIZE = 500;

function usage(msg) {
  if (msg) console.error(`bench.js: ${msg}`);
  console.error('usage: node bench.js [--docs N] [--verbose]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { docs: DEFAULT_DOCS, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let value;
    if (a === '--docs') {
      value = argv[++i];
      if (value === undefined) usage('--docs needs a value');
    } else if (a.startsWith('--docs=')) {
      value = a.slice('--docs='.length);
    } else if (a === '--verbose' || a === '-v') {
      opts.verbose = true;
      continue;
    } else if (a === '--help' || a === '-h') {
      usage();
    } else {
      usage(`unknown argument: ${a}`);
    }
    if (!/^[1-9][0-9]*$/.test(value)) usage(`--docs wants a positive integer, got "${value}"`);
    opts.docs = Number(value);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const log = opts.verbose ? (...a) => console.error(...a) : () => {};

const hex16 = () => crypto.randomBytes(8).toString('hex');

// Records shaped like ours: a visit (sign-in) of one child, ~130-150 bytes of JSON.
function makeDocs(n) {
  const children = Array.from({ length: 500 }, hex16);
  const now = Date.now();
  const ninetyDays = 90 * 24 * 3600 * 1000;
  const ids = new Set();
  const docs = new Array(n);
  for (let i = 0; i < n; i++) {
    let id;
    do { id = hex16(); } while (ids.has(id));
    ids.add(id);
    docs[i] = {
      _id: id,
      entity: 'visits',
      child_id: children[crypto.randomInt(children.length)],
      signed_in_at: now - crypto.randomInt(ninetyDays),
      signed_in_by: 'child',
      mood: 1 + crypto.randomInt(5),
    };
  }
  return docs;
}

function startServer() {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'server.js'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const onExit = (code, signal) =>
      reject(new Error(`server exited before listening (code ${code}, signal ${signal})`));
    child.once('error', reject);
    child.once('exit', onExit);
    child.once('message', (msg) => {
      child.off('exit', onExit);
      if (msg && Number.isInteger(msg.port)) resolve({ child, port: msg.port });
      else reject(new Error(`unexpected message from server: ${JSON.stringify(msg)}`));
    });
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    if (child.connected) child.send('stop');
    else child.kill('SIGTERM');
  });
}

async function main() {
  const n = opts.docs;
  let server;
  try {
    server = await startServer();
    const remoteUrl = `http://127.0.0.1:${server.port}/bench_visits`;
    log(`server: pid ${server.child.pid}, ${remoteUrl}`);

    // Load the local DB (not timed).
    const tLoad = process.hrtime.bigint();
    const local = new PouchDB(`bench_local_${process.pid}`, { adapter: 'memory' });
    const docs = makeDocs(n);
    const avgBytes = Math.round(
      docs.slice(0, 1000).reduce((s, d) => s + JSON.stringify(d).length, 0) / Math.min(n, 1000));
    for (let i = 0; i < n; i += LOAD_CHUNK) {
      const res = await local.bulkDocs(docs.slice(i, i + LOAD_CHUNK));
      const bad = res.find((r) => r.error);
      if (bad) throw new Error(`loading local DB failed: ${JSON.stringify(bad)}`);
    }
    const localInfo = await local.info();
    if (localInfo.doc_count !== n) {
      throw new Error(`local DB holds ${localInfo.doc_count} docs, expected ${n}`);
    }
    log(`local: ${n} docs (~${avgBytes} bytes of JSON each) loaded in ` +
        `${(Number(process.hrtime.bigint() - tLoad) / 1e9).toFixed(2)} s`);

    // Create the empty remote DB up front so the clock sees only replication.
    const remote = new PouchDB(remoteUrl);
    const before = await remote.info();
    if (before.doc_count !== 0) throw new Error(`remote DB not empty: ${before.doc_count} docs`);

    const t0 = process.hrtime.bigint();
    const result = await PouchDB.replicate(local, remote, { batch_size: BATCH_SIZE });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

    if (!result.ok || result.status !== 'complete') {
      throw new Error(`replication not complete: ${JSON.stringify({ ok: result.ok, status: result.status, errors: result.errors })}`);
    }
    const after = await remote.info();
    if (after.doc_count !== n) {
      throw new Error(`remote doc_count is ${after.doc_count}, expected ${n} (docs_written ${result.docs_written})`);
    }
    log(`replicated ${result.docs_written} docs in ${seconds.toFixed(2)} s ` +
        `(batch_size ${BATCH_SIZE}); remote doc_count ${after.doc_count}`);

    const rps = Math.round(n / seconds);
    console.log(`bench: pouchdb_first_sync_rps ${rps} records/s`);
  } finally {
    if (server) await stopServer(server.child);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench.js: FAILED: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  });
