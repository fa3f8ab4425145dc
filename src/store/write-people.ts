import type { Quote } from '../model/facts.js'
import type { Db } from './db.js'
import { BODIES, nameLength, personKey, surnameOf } from './people.js'
import { Params } from './sql-params.js'

/**
 * Counts an article's quotes into their people (people.ts): each person keeps
 * the fullest name seen (the longest, then the first in alphabetical order:
 * the same whatever the order) and, per actor, how often they spoke for it;
 * their actor is then a country over a body, the most quoted, the first id.
 * People are upserted in key order, so concurrent writers do not deadlock.
 */
export async function recordPeople(tx: Db, quotes: readonly Pick<Quote, 'speaker' | 'actor'>[]): Promise<void> {
  const named = quotes.filter((q) => personKey(q.speaker) !== '')
  if (!named.length) return
  const byKey = new Map<string, { name: string; n: number; actors: Map<string, number> }>()
  for (const q of named) {
    const key = personKey(q.speaker)
    const p = byKey.get(key) ?? { name: q.speaker, n: 0, actors: new Map() }
    if (q.speaker.length > p.name.length || (q.speaker.length === p.name.length && q.speaker < p.name)) p.name = q.speaker
    p.n++
    if (q.actor) p.actors.set(q.actor, (p.actors.get(q.actor) ?? 0) + 1)
    byKey.set(key, p)
  }
  const keys = [...byKey.keys()].sort()
  const pairs = keys.flatMap((k) => [...byKey.get(k)!.actors].sort().map(([actor, n]) => ({ k, actor, n })))
  const ps = new Params()
  const u = ps.unnest('u', {
    key: [keys, 'text'], name: [keys.map((k) => byKey.get(k)!.name), 'text'], words: [keys.map((k) => nameLength(byKey.get(k)!.name)), 'int'],
    surname: [keys.map((k) => surnameOf(byKey.get(k)!.name)), 'text'], quotes: [keys.map((k) => byKey.get(k)!.n), 'int'],
  })
  await tx.query(
    `insert into people as p (key, name, words, surname, quotes) select u.key, u.name, u.words, u.surname, u.quotes from ${u}
     on conflict (key) do update set quotes = p.quotes + excluded.quotes,
       name = case when length(excluded.name) > length(p.name) or (length(excluded.name) = length(p.name) and excluded.name < p.name) then excluded.name else p.name end`,
    ps.values,
  )
  if (pairs.length) {
    await tx.query(
      `insert into person_actors as x (key, actor, quotes) select * from unnest($1::text[], $2::text[], $3::int[])
       on conflict (key, actor) do update set quotes = x.quotes + excluded.quotes`,
      [pairs.map((p) => p.k), pairs.map((p) => p.actor), pairs.map((p) => p.n)],
    )
    await tx.query(
      `update people p set actor = (select x.actor from person_actors x where x.key = p.key
                                    order by (x.actor ~ '^[A-Z]{3}$' and not x.actor = any($2::text[])) desc, x.quotes desc, x.actor limit 1)
        where p.key = any($1::text[])`,
      [keys, [...BODIES]],
    )
  }
}
