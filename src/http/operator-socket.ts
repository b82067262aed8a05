/**
 * @module The operator socket: while a server holds the embedded database (one process per data folder), the CLI's
 * read commands are answered by that server over a Unix socket in the data folder. The socket is readable only by
 * the folder's owner (mode 0600): the same people who could open the database files directly.
 */
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { DomainError } from '../domain/errors.ts';
import type { ServiceContext } from '../services/context.ts';
import { answerOperatorQuery, type OperatorQuery, operatorQuery } from '../services/operator-queries.ts';

const SOCKET_NAME = 'waypoint.sock';
const MAX_REQUEST = 16 * 1024;

export const operatorSocketPath = (dataDir: string) => join(dataDir, SOCKET_NAME);

/** Unix socket paths are limited to about 100 bytes; a deeper data folder simply has no operator socket. */
const usable = (path: string) => process.platform !== 'win32' && Buffer.byteLength(path) < 100;

export async function listenOperatorSocket(ctx: ServiceContext, dataDir: string): Promise<Server | null> {
  const path = operatorSocketPath(dataDir);
  if (!usable(path)) return null;
  // A socket file left by a crashed server: the data folder lock already proved no live server owns it.
  rmSync(path, { force: true });
  const server = createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', async (chunk) => {
      buffer += chunk;
      if (buffer.length > MAX_REQUEST) return socket.destroy();
      const end = buffer.indexOf('\n');
      if (end < 0) return;
      let reply: unknown;
      try {
        const query = operatorQuery.parse(JSON.parse(buffer.slice(0, end)));
        reply = { ok: true, result: await answerOperatorQuery(ctx, query) };
      } catch (error) {
        reply = {
          ok: false,
          message: error instanceof DomainError ? error.message : 'The request could not be answered',
        };
      }
      socket.end(`${JSON.stringify(reply)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path, () => resolve()));
  chmodSync(path, 0o600);
  server.on('close', () => rmSync(path, { force: true }));
  return server;
}

/** Asks the server holding `dataDir` a question; null when no server answers there. */
export async function askOperatorSocket(dataDir: string, query: OperatorQuery): Promise<unknown | null> {
  const path = operatorSocketPath(dataDir);
  if (!existsSync(path)) return null;
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let data = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify(query)}\n`));
    socket.on('data', (chunk) => {
      data += chunk;
    });
    socket.on('error', () => resolve(null));
    socket.on('end', () => {
      try {
        const reply = JSON.parse(data) as { ok: boolean; result?: unknown; message?: string };
        if (reply.ok) resolve(reply.result);
        else reject(new DomainError('validation', reply.message ?? 'The server could not answer'));
      } catch {
        resolve(null);
      }
    });
  });
}
