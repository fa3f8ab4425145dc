/**
 * The noun that names what a verb did, for reading a later "the suspension" as the act of whoever
 * suspended ("China suspended the talks … Washington criticised the suspension"). By verb lemma.
 */
export const NOMINALISATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['suspend', ['suspension']],
  ['withdraw', ['withdrawal', 'exit', 'move']],
  ['decide', ['decision', 'move']],
  ['vote', ['vote', 'decision']],
  ['choose', ['decision', 'choice']],
  ['opt', ['decision', 'choice']],
  ['resolve', ['decision', 'resolution']],
  ['impose', ['imposition', 'move']],
  ['ban', ['ban']],
  ['propose', ['proposal']],
  ['announce', ['announcement', 'move']],
  ['delay', ['delay', 'move']],
  ['postpone', ['postponement', 'delay']],
  ['cancel', ['cancellation', 'move']],
  ['reject', ['rejection']],
  ['refuse', ['refusal']],
  ['raise', ['increase', 'hike', 'move']],
  ['hike', ['hike', 'increase', 'move']],
  ['cut', ['cut', 'move']],
  ['halt', ['halt', 'move']],
  ['freeze', ['freeze', 'move']],
  ['block', ['blockade', 'move']],
  ['expel', ['expulsion']],
  ['approve', ['approval', 'decision']],
  ['restrict', ['restriction']],
  ['end', ['move', 'decision']],
  ['leave', ['exit', 'departure', 'decision']],
  ['quit', ['exit', 'decision']],
])
