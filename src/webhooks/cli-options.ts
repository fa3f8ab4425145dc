import { Command, InvalidArgumentError, Option } from 'commander'
import { escapeForTerminal } from '../cli/terminal-text.js'
import { intervalOption } from '../cli/options.js'
import { parseInterval } from '../feeds/interval.js'
import type { Db } from '../store/db.js'
import { SECRET_ENV, SIGNATURE_HEADER } from './signature.js'
import type { Webhooks } from './dispatcher.js'

/** What `--webhook` and its companions give a command (watch, serve). */
export interface WebhookFlags {
  readonly webhook: string[]
  readonly webhookTimeout: number
  readonly webhookBackoff: number
}

/**
 * A receiver URL as given to `--webhook`: absolute http(s), no user name or
 * password (they would be stored in the register and printed in its log
 * lines; the signature is how a receiver knows the sender). Normalised, so
 * two spellings of one URL are one subscription.
 * @example parseWebhookUrl('HTTP://Hooks.example/pw') // 'http://hooks.example/pw'
 */
export function parseWebhookUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new InvalidArgumentError(`not a URL: "${escapeForTerminal(value)}" (use http://… or https://…)`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`not an http(s) URL: "${escapeForTerminal(value)}"`)
  if (url.username || url.password) throw new InvalidArgumentError(`a webhook URL may not carry a user name or password: "${escapeForTerminal(url.host)}" (receivers check ${SIGNATURE_HEADER} instead)`)
  url.hash = ''
  return url.href
}

/** Adds `--webhook URL` (repeatable), `--webhook-timeout` and `--webhook-backoff` to a command. */
export function webhookOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--webhook <url>', 'POST each change to the register to this URL as JSON (repeatable); signed when $PLEDGEWATCH_WEBHOOK_SECRET is set')
      .argParser((v: string, all: string[]) => [...all, parseWebhookUrl(v)]).default([], 'none'))
    .addOption(intervalOption('--webhook-timeout <interval>', 'per webhook attempt', parseInterval('10s')))
    .addOption(intervalOption('--webhook-backoff <interval>', 'wait after a failed webhook attempt, doubled after each next one', parseInterval('5s')))
}

/** The help text's lines on webhooks, for the commands that take them. */
export const WEBHOOK_HELP = `\nWebhooks: each change is POSTed as JSON (the fields of "changes --format json", plus event, event_id
and title) with the headers Pledgewatch-Event, Pledgewatch-Delivery (the event id: the same on every
retry, for receivers to drop repeats) and, when ${SECRET_ENV} is set, ${SIGNATURE_HEADER}:
sha256=<hex HMAC-SHA256 of the body>. 5xx, 408, 429 and timeouts are retried with backoff; the
delivery log in the register survives restarts.\n`

/** Starts the webhooks a command was given, logging to stderr (escaped); null when it was given none. */
export async function startWebhooksFromFlags(db: Db, o: WebhookFlags, env = process.env): Promise<Webhooks | null> {
  if (!o.webhook.length) return null
  const secret = env[SECRET_ENV] || undefined
  const urls = [...new Set(o.webhook)]
  const log = (line: string) => process.stderr.write(`${escapeForTerminal(line)}\n`)
  log(`webhooks: ${urls.length} receiver(s), ${secret ? `signed (${SIGNATURE_HEADER})` : `unsigned (${SECRET_ENV} is not set)`}`)
  // Loaded when used, as serve loads its parts: --help stays quick.
  const { startWebhooks } = await import('./dispatcher.js')
  return startWebhooks({ db, urls, secret, timeoutMs: o.webhookTimeout, backoffMs: o.webhookBackoff, log })
}
