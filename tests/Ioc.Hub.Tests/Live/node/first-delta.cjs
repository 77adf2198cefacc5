// A browser-free run of the npm client (@microsoft/signalr) against the live hub, for LiveNodeClientTests.
// Usage: NODE_PATH=<repo>/wwwroot-assets/node_modules node first-delta.cjs <hubUrl> <apiKey> <audience>
// Prints one JSON line with the snapshot's version, then the first batch that carries a case, then exits.
// It applies batches as docs/live-feed.md says: ignore what the snapshot holds, reload on a gap.
"use strict";
const signalR = require("@microsoft/signalr");

const [url, key, audience] = process.argv.slice(2);
const connection = new signalR.HubConnectionBuilder()
  .withUrl(url, { accessTokenFactory: () => key })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

let source = null;
let version = null;

async function loadSnapshot() {
  const snapshot = await connection.invoke("GetSnapshot");
  source = snapshot.source;
  version = snapshot.version;
  console.log(JSON.stringify({ snapshot: { version: snapshot.version, source: snapshot.source, cases: snapshot.cases.length } }));
}

connection.on("Snapshot", snapshot => {
  source = snapshot.source;
  version = snapshot.version;
});

connection.on("Deltas", async batch => {
  if (version === null || batch.toVersion <= version) return; // older than the snapshot
  if (batch.source !== source || batch.fromVersion !== version) {
    await loadSnapshot(); // a gap: start again from a fresh snapshot
    return;
  }
  if (batch.cases.length > 0) {
    console.log(JSON.stringify({ delta: batch }));
    await connection.stop();
    process.exit(0);
  }
  if (batch.part === batch.parts) version = batch.toVersion;
});

setTimeout(() => {
  console.error("no delta within 30 s");
  process.exit(2);
}, 30000).unref();

(async () => {
  await connection.start();
  await connection.invoke("Subscribe", audience);
  await loadSnapshot();
})().catch(error => {
  console.error(String(error));
  process.exit(1);
});
