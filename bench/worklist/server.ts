// The Regie server for bench:worklist, in its own process (started by bench/worklist.ts with an IPC channel):
// startServer() exactly as `regie start` runs it (production config, the production pool, housekeeping), so the
// load generator does not share an event loop with the server it measures.
//
// It also records the SQL a request runs, for the bare-SQL comparison: on {capture: true} every statement sent
// through pg (text and parameters) is kept until {capture: false}, which answers with the list. The driver sends
// one request at a time while capturing, so the list is that request's.
import pg from 'pg';
import { startServer } from '../../src/server/main.ts';

export type Captured = { text: string; values: unknown[] };
export type ServerMessage = { ready: { port: number } } | { captured: Captured[] };

let recording: Captured[] | null = null;
const query = pg.Client.prototype.query;
// pg's query has many overloads (text + values, a config object, a callback); only the text and values matter here.
pg.Client.prototype.query = function capture(this: pg.Client, ...args: unknown[]) {
  if (recording) {
    const [first, second] = args;
    if (typeof first === 'string')
      recording.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      // drizzle sends ({ text, rowMode, types }, params); pg also accepts ({ text, values }).
      const config = first as { text: string; values?: unknown[] };
      recording.push({ text: config.text, values: Array.isArray(second) ? second : (config.values ?? []) });
    }
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const server = await startServer();
process.on('message', (message: { capture?: boolean; stop?: boolean }) => {
  if (message.capture === true) recording = [];
  else if (message.capture === false) {
    process.send?.({ captured: recording ?? [] } satisfies ServerMessage);
    recording = null;
  } else if (message.stop) {
    void server.stop().then(() => process.exit(0));
  }
});
process.send?.({ ready: { port: server.port } } satisfies ServerMessage);
