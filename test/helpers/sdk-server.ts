// What every SDK suite runs against: a real Parley with its API and worker in one process (so sandbox numbers link
// and webhooks go out), on a database of its own, that may deliver webhooks to the test's local receivers; and a
// way to run another program (python3, a README snippet) and keep what it printed.
import { spawn } from 'node:child_process';
import { createScratchDatabase } from './connections-database.js';
import { startTestServer, type TestServer } from './server.js';

export interface SdkTestServer {
  server: TestServer;
  stop(): Promise<void>;
}

export async function startSdkTestServer(overrides: Record<string, string> = {}): Promise<SdkTestServer> {
  const scratch = await createScratchDatabase();
  const server = await startTestServer({ DATABASE_URL: scratch.url, PARLEY_ROLE: 'all', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', ...overrides });
  return {
    server,
    async stop() {
      await server.stop();
      await scratch.drop();
    },
  };
}

export interface ProcessResult {
  code: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

export function runProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}
