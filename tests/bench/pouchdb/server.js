'use strict';
// express-pouchdb on 127.0.0.1, ephemeral port, memory adapter only.
// Started by bench.js with child_process.fork(): it reports {port} over the
// IPC channel once listening, and exits on a 'stop' message or when the
// parent goes away (so it never outlives the benchmark).

const express = require('express');
const expressPouchDB = require('express-pouchdb');
const PouchDB = require('pouchdb');
PouchDB.plugin(require('pouchdb-adapter-memory'));

const MemPouchDB = PouchDB.defaults({ adapter: 'memory' });

const app = express();
// minimumForPouchDB: just the routes replication needs; no config.json,
// log.txt, Fauxton or _replicator daemon, so nothing is written to disk.
app.use('/', expressPouchDB(MemPouchDB, { mode: 'minimumForPouchDB', inMemoryConfig: true }));

const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  if (process.send) process.send({ port });
  else console.log(`listening on http://127.0.0.1:${port}/`);
});
server.on('error', (err) => {
  console.error(`server: ${err.message}`);
  process.exit(1);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('message', (msg) => { if (msg === 'stop') stop(); });
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
