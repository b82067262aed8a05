/** @module The shape of one entry of the route table (`routes.ts`). */
import type { z } from 'zod';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDef {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** The status of a successful response (200 unless it creates something). */
  status?: 200 | 201;
  /** Reachable without a session (sign-in only). */
  public?: boolean;
  /**
   * Answers with a file's bytes, not JSON: the handler returns a `FileBody` and the HTTP layer sends it as an
   * attachment; `response` then only describes the body for the API document.
   */
  file?: true;
}

/** What a `file` route hands the HTTP layer: the bytes, their media type and the name to save them under. */
export interface FileBody {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}
