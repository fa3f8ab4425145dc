/**
 * What a new user sees on an empty register (issue 16, item 6): what the
 * dashboard will show, and the commands that fill it, instead of a grey map
 * and "0 of 0 actors".
 */
export function EmptyRegister() {
  return (
    <div class="card empty" role="status">
      <h2>The register is empty</h2>
      <p>
        Pledgewatch reads climate news and keeps who promised what, with the sentence behind every figure. Nothing has been read into
        this register yet. Fill it from a terminal in the repository. This server holds its data folder, so either stop it (Ctrl-C),
        read articles in and start it again:
      </p>
      <pre>
        <code>{'bin/pledgewatch ingest samples/articles   # the sample articles, or any folder of text, HTML or JSON Lines\nbin/pledgewatch serve'}</code>
      </pre>
      <p>or start it with a token and post articles to it while it runs:</p>
      <pre>
        <code>{`PLEDGEWATCH_TOKEN=secret bin/pledgewatch serve\nPLEDGEWATCH_TOKEN=secret bin/pledgewatch ingest --to ${location.origin} samples/articles`}</code>
      </pre>
      <p class="muted">Then reload this page. `bin/pledgewatch watch FEED-URL` follows a news feed.</p>
    </div>
  )
}
