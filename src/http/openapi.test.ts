import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { buildWorld } from '../../test/factories.ts';
import { send, testApp } from '../../test/http.ts';
import { type RouteDef, routes } from '../contract/routes.ts';

let store: TestStore;
let app: FastifyInstance;
let doc: any;

beforeAll(async () => {
  store = await openTestStore();
  app = await testApp((await buildWorld(store)).ctx);
  const res = await send(app, 'GET', '/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

/** `/api/candidates/:id/employment/:entryId` as OpenAPI writes it. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const table = Object.entries(routes) as [string, RouteDef][];
const operation = (def: RouteDef) => doc.paths[openApiPath(def.path)]?.[def.method.toLowerCase()];
/** A JSON schema worth the name: it says something about the value. */
const isSchema = (s: unknown) => typeof s === 'object' && s !== null && Object.keys(s).length > 0;

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3 document of the Waypoint API', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info).toMatchObject({ title: 'Waypoint API', version: expect.any(String) });
    expect(doc.components.securitySchemes.session).toEqual({
      type: 'apiKey',
      in: 'cookie',
      name: 'wp_session',
    });
  });

  it('lists every route of the contract table with its method, and no other', () => {
    const listed = Object.entries(doc.paths).flatMap(([path, ops]: [string, any]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = table.map(([, def]) => `${def.method} ${openApiPath(def.path)}`);
    expect(listed.sort()).toEqual(expected.sort());
    for (const [name, def] of table) {
      const op = operation(def);
      expect(op, name).toBeDefined();
      expect(op.operationId).toBe(name);
      expect(op.summary).toBe(def.summary);
      expect(op.tags).toEqual([def.tag]);
    }
  });

  it('gives every request body a schema, naming its required fields', () => {
    for (const [name, def] of table) {
      const op = operation(def);
      if (!def.body) {
        expect(op.requestBody, name).toBeUndefined();
        continue;
      }
      const schema = op.requestBody?.content?.['application/json']?.schema;
      expect(isSchema(schema), name).toBe(true);
      expect(schema.type, name).toBe('object');
      expect(schema.additionalProperties, name).toBe(false);
    }
    const login = operation(routes.login).requestBody.content['application/json'].schema;
    expect(login.required.sort()).toEqual(['email', 'password']);
    const candidate = operation(routes.createCandidate).requestBody.content['application/json'].schema;
    expect(candidate.required).toEqual(expect.arrayContaining(['firstName', 'lastName']));
    expect(candidate.properties.firstName).toMatchObject({ type: 'string', maxLength: 100 });
  });

  it('gives every success and error response a schema', () => {
    for (const [name, def] of table) {
      const responses = operation(def).responses;
      const success = String(def.status ?? 200);
      // A file route answers with the bytes, described as binary; every other route with JSON.
      const type = def.file ? 'application/octet-stream' : 'application/json';
      expect(isSchema(responses[success]?.content?.[type]?.schema), `${name} ${success}`).toBe(true);
      if (def.file) expect(responses[success].content[type].schema, name).toMatchObject({ format: 'binary' });
      for (const status of ['400', '401', '403', '404', '409']) {
        const schema = responses[status]?.content?.['application/json']?.schema;
        expect(schema?.properties?.error, `${name} ${status}`).toBeDefined();
      }
    }
    // The file route by name, so the binary check above cannot pass by finding no file route at all.
    expect(routes.downloadDocument.file).toBe(true);
    expect(
      operation(routes.downloadDocument).responses['200'].content['application/octet-stream'].schema,
    ).toMatchObject({ format: 'binary' });
  });

  it('describes path and query parameters, and which routes need a session', () => {
    const params = (def: RouteDef, where: string) =>
      (operation(def).parameters ?? []).filter((p: any) => p.in === where).map((p: any) => p.name);
    expect(params(routes.updateEmployment, 'path').sort()).toEqual(['entryId', 'id']);
    expect(params(routes.listCandidates, 'query')).toEqual(
      expect.arrayContaining(['q', 'sort', 'page', 'pageSize']),
    );
    expect(params(routes.search, 'query')).toEqual(expect.arrayContaining(['q', 'limit', 'type']));
    for (const [name, def] of table) {
      const security = operation(def).security;
      if (def.public) expect(security, name).toBeUndefined();
      else expect(security, name).toEqual([{ session: [] }]);
    }
  });
});

describe('GET /api/docs', () => {
  it('serves the API reference as HTML', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    const page =
      res.statusCode === 302 ? await app.inject({ method: 'GET', url: res.headers.location! }) : res;
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toMatch(/swagger/i);
  });
});
