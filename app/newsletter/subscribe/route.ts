/**
 * The signup form's endpoint. Subscriptions are not stored yet, so it says so
 * plainly instead of pretending to succeed.
 */
export function POST(): Response {
  return new Response(
    "The Daily news brief is not taking sign-ups yet. Your address was not stored.\n",
    {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "86400" },
    },
  );
}
