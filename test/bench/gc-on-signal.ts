// Test-only preload for a measured process (`node --expose-gc --import ./test/bench/gc-on-signal.ts ...`): on
// SIGUSR2 it runs a full garbage collection, then prints one line `{"gc": process.memoryUsage()}` on stdout.
// A benchmark can so read memory after a collection without Parley growing an endpoint for it. (SIGUSR1 is
// Node's own: it opens the inspector.)
const collect = globalThis.gc;
if (!collect) throw new Error('gc-on-signal.ts needs node --expose-gc');

process.on('SIGUSR2', () => {
  // Twice: the first pass runs finalizers and weak callbacks whose targets only the second can free.
  collect();
  collect();
  console.log(JSON.stringify({ gc: process.memoryUsage() }));
});
