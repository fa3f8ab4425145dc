import * as m001 from './001-register.js'
import * as m002 from './002-feed-cache.js'
import * as m003 from './003-actor-indexes.js'
import * as m004 from './004-actor-profile.js'
import * as m005 from './005-interaction-months.js'
import * as m006 from './006-temperature-goals.js'
import * as m007 from './007-register-truth.js'
import * as m008 from './008-people.js'
import * as m009 from './009-claim-focus.js'
import * as m020 from './020-webhook-deliveries.js'
import * as m021 from './021-reference-base-year.js'
import * as m022 from './022-reference-status.js'

/**
 * Every migration, in order. Forward-only: a released migration is never
 * edited; a change to the schema is a new entry at the end.
 */
export const MIGRATIONS: ReadonlyArray<{ readonly version: number; readonly name: string; readonly sql: string }> = [
  { version: 1, name: 'register', sql: m001.sql },
  { version: 2, name: 'feed-cache', sql: m002.sql },
  { version: 3, name: 'actor-indexes', sql: m003.sql },
  { version: 4, name: 'actor-profile', sql: m004.sql },
  { version: 5, name: 'interaction-months', sql: m005.sql },
  { version: 6, name: 'temperature-goals', sql: m006.sql },
  { version: 7, name: 'register-truth', sql: m007.sql },
  { version: 8, name: 'people', sql: m008.sql },
  { version: 9, name: 'claim-focus', sql: m009.sql },
  { version: 20, name: 'webhook-deliveries', sql: m020.sql },
  { version: 21, name: 'reference-base-year', sql: m021.sql },
  { version: 22, name: 'reference-status', sql: m022.sql },
]
