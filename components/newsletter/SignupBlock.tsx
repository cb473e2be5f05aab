type Props = {
  /** Path of the page the block is on, recorded with the reader's consent. */
  sourcePath: string;
};

/**
 * The "Daily news brief" signup. A plain HTML form: it works without
 * JavaScript, posting to the newsletter endpoint.
 */
export function SignupBlock({ sourcePath }: Props) {
  return (
    <section className="signup" aria-labelledby="signup-heading">
      <h2 id="signup-heading">Daily news brief</h2>
      <p className="signup__pitch">Receive essential international news every morning</p>
      <form className="signup__form" method="post" action="/newsletter/subscribe">
        <input type="hidden" name="source" value={sourcePath} />
        <label htmlFor="signup-email">Email address</label>
        <div className="signup__row">
          <input
            id="signup-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
          />
          <button type="submit">Subscribe</button>
        </div>
        <p className="signup__consent">
          One email each morning with the day&apos;s main stories. Every email has a link to
          unsubscribe.
        </p>
      </form>
    </section>
  );
}
