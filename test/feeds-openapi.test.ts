import { describe, expect, it } from 'vitest'
import { ROUTES } from '../src/server/app.js'
import { buildOpenApi } from '../src/server/openapi.js'

describe('the OpenAPI document', () => {
  const doc = buildOpenApi(ROUTES) as { paths: Record<string, Record<string, any>> }
  it('lists both feeds as Atom, with their filters and a 304', () => {
    const all = doc.paths['/feeds/changes.atom'].get
    expect(all.operationId).toBe('getFeedsChangesAtom')
    expect(Object.keys(all.responses[200].content)).toEqual(['application/atom+xml'])
    expect(all.responses[304]).toEqual({ description: expect.any(String) })
    expect(all.parameters.map((p: { name: string }) => p.name)).toEqual(['actor', 'kind', 'since', 'limit'])
    const one = doc.paths['/feeds/actors/{id}'].get
    expect(one.operationId).toBe('getFeedsActorsById')
    expect(one.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true, description: expect.stringContaining('JPN.atom') })
    expect(Object.keys(one.responses[200].content)).toEqual(['application/atom+xml'])
    expect(one.responses[404]).toBeDefined()
  })
  it('still writes the API paths as before', () => {
    expect(doc.paths['/api/actors/{id}'].get.operationId).toBe('getActorsById')
    expect(Object.keys(doc.paths['/api/targets'].get.responses[200].content)).toEqual(['application/json'])
  })
})
