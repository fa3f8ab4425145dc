import type { Context } from 'hono'
import type { z } from 'zod'
import type { AnalysePool } from '../parallel/analyse-pool.js'
import type { Db } from '../store/db.js'
import type { WriteTracker } from './write-tracker.js'

/** What a handler gets: the request context, the store, and its validated inputs. */
export interface RouteInput<Q, P> {
  readonly c: Context
  readonly db: Db
  /** The data folder (`serve --data`, else $PLEDGEWATCH_DATA or ./.pledgewatch): where `data update` keeps its dataset. */
  readonly dataDir?: string
  readonly query: Q
  readonly params: P
  /** The pool posted articles are analysed on, off the request thread (created on first use). */
  readonly analyser: () => AnalysePool
  /** The largest request body accepted, in bytes (after decompression too). */
  readonly maxBodyBytes: number
  /** Write routes run their store transaction through it, so the answer cache knows (cache.ts). */
  readonly writes: WriteTracker
}

/** A request body a route accepts, for validation (JSON) and for /openapi.json. */
export interface BodySpec {
  readonly json: z.ZodType
  /** Also accepts `text/html` and `text/plain` bodies. */
  readonly raw: boolean
}

/**
 * One API route: the single source of the router, the request validation and
 * the OpenAPI document, so the three cannot drift apart.
 */
export interface RouteSpec<Q extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject> {
  readonly method: 'get' | 'post'
  /** Hono path syntax: `/api/actors/:id`. */
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly query?: Q
  readonly params?: P
  readonly body?: BodySpec
  /** Needs `Authorization: Bearer <PLEDGEWATCH_TOKEN>`. */
  readonly auth?: boolean
  /** The media type of a success (default JSON); the Atom feeds say `application/atom+xml` (issue 17). */
  readonly produces?: string
  /** Success statuses with a description; error statuses are added by the generator. */
  readonly responses: Readonly<Record<number, string>>
  // Method syntax on purpose: it lets a typed route sit in a list of untyped ones.
  handle(input: RouteInput<z.output<Q>, z.output<P>>): Promise<Response>
}

/** Declares a route, inferring the handler's input types from its schemas. */
export function defineRoute<Q extends z.ZodObject, P extends z.ZodObject>(spec: RouteSpec<Q, P>): RouteSpec {
  return spec as unknown as RouteSpec
}
