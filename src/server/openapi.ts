import { z } from 'zod'
import { ErrorBodySchema } from './api-error.js'
import type { RouteSpec } from './route.js'

/** The version of the API contract (not of the package): raise it when a route's shape changes. */
export const API_VERSION = '1.0.0'

type JsonSchema = Record<string, unknown>

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a client sends: the schema's input side. */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  return rest
}

function parametersOf(where: 'path' | 'query', schema: z.ZodObject | undefined) {
  return Object.entries(schema?.shape ?? {}).map(([name, field]) => {
    const s = jsonSchemaOf(field as z.ZodType)
    return {
      name,
      in: where,
      required: where === 'path' || !(field as z.ZodType).isOptional(),
      ...(typeof s.description === 'string' ? { description: s.description } : {}),
      schema: s,
    }
  })
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } })

/** The error statuses a route can answer with, from what it accepts. */
function errorsOf(r: RouteSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (r.query || r.params || r.body) out[400] = errorResponse('a parameter or the body failed validation')
  if (r.auth) {
    out[401] = errorResponse('missing or wrong bearer token')
    out[403] = errorResponse('the server is read-only (no PLEDGEWATCH_TOKEN configured)')
  }
  if (r.params) out[404] = errorResponse('no such id')
  if (r.body) {
    out[413] = errorResponse('body over the size limit')
    out[415] = errorResponse('unsupported content type or Content-Encoding (gzip is accepted)')
    out[422] = errorResponse('the article could not be analysed (no text left after cleaning, or over the time limit)')
    out[503] = errorResponse('too many articles waiting for analysis; retry after Retry-After seconds')
  }
  out[421] = errorResponse('a Host header this server was not started for')
  out[500] = errorResponse('internal error (details in the server log only)')
  return out
}

/** Hono's path as OpenAPI writes it: `:id` and a pattern-checked `:id{…}` both become `{id}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')

/** `get /api/actors/:id` → `getActorsById`; `get /feeds/changes.atom` → `getFeedsChangesAtom`. */
function operationIdOf(r: RouteSpec): string {
  const words = openApiPath(r.path).split('/').filter((s) => s && s !== 'api')
    .map((s) => (s.startsWith('{') ? `By${cap(s.slice(1, -1))}` : s.split('.').map(cap).join('')))
  return r.method + words.join('')
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1)

/**
 * Builds the OpenAPI 3.1 document from the route table: parameters and
 * bodies come from the same zod schemas that validate the requests.
 * @example buildOpenApi(ROUTES).paths['/api/actors/{id}'].get.parameters[0].name === 'id'
 */
export function buildOpenApi(routes: readonly RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const path = openApiPath(r.path)
    const success = Object.fromEntries(
      Object.entries(r.responses).map(([status, description]) => [
        status,
        // A 304 carries no body.
        status === '304' ? { description } : { description, content: { [r.produces ?? 'application/json']: { schema: r.produces ? { type: 'string' } : {} } } },
      ]),
    )
    paths[path] ??= {}
    paths[path][r.method] = {
      operationId: operationIdOf(r),
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parametersOf('path', r.params), ...parametersOf('query', r.query)],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: jsonSchemaOf(r.body.json) },
                ...(r.body.raw ? { 'text/html': { schema: { type: 'string' } }, 'text/plain': { schema: { type: 'string' } } } : {}),
              },
            },
          }
        : {}),
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
      responses: { ...success, ...errorsOf(r) },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pledgewatch register API',
      version: API_VERSION,
      description: 'The register of national climate pledges, diplomatic interactions and quotes, each with the sentence it was read from. Every error is `{ "error": { "code", "message" } }`.',
    },
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(ErrorBodySchema) },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the PLEDGEWATCH_TOKEN the server was started with' } },
    },
  }
}
