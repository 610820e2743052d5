// bench/bare/worker.html's worker: sql.js loads as it boots; the query runs once both are there.
importScripts('sql-wasm.js');
const ready = initSqlJs({ locateFile: (f) => f });
self.addEventListener('message', async (event) => {
  const SQL = await ready;
  postMessage(new SQL.Database().exec(event.data)[0].values);
});
