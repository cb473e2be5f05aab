"use client";

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { SignupResult } from "@/lib/pages/signup";

type Props = {
  /** The endpoint; also the plain form's action, so the form works without JavaScript. */
  action: string;
  sourcePath: string | null;
  /** Shown again after a plain (no-JavaScript) post with a problem. */
  initialEmail?: string;
  initialResult?: SignupResult;
  /** The consent line, rendered on the server. */
  children?: ReactNode;
};

const NETWORK_PROBLEM =
  "We could not reach Dateline. Check your connection and try again; nothing was stored.";

/**
 * The signup form. As server-rendered HTML it is a plain form post. Once this
 * script runs, it sends the form itself and shows the answer in the live
 * region below the field, moving focus there so it is read out, without
 * leaving the page.
 */
export function SignupForm({ action, sourcePath, initialEmail, initialResult, children }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const [result, setResult] = useState<SignupResult | undefined>(initialResult);
  const [sending, setSending] = useState(false);
  const [answers, setAnswers] = useState(0);

  // Our own messages replace the browser's validation bubbles once the script runs.
  useEffect(() => {
    if (formRef.current) formRef.current.noValidate = true;
  }, []);
  useEffect(() => {
    if (answers > 0) messageRef.current?.focus();
  }, [answers]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const form = event.currentTarget;
    const field = form.elements.namedItem("email");
    const sent = field instanceof HTMLInputElement ? field.value : undefined;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string") body.append(name, value);
    }
    setSending(true);
    let next: SignupResult;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { accept: "application/json" },
        body,
      });
      const answer = (await response.json()) as {
        outcome?: string;
        message?: string;
        field?: string;
      };
      next = {
        ok: response.ok && answer.outcome === "accepted",
        message: answer.message ?? NETWORK_PROBLEM,
        fieldInvalid: answer.field === "email",
      };
    } catch {
      next = { ok: false, message: NETWORK_PROBLEM, fieldInvalid: false };
    }
    // Clear the field after a success, unless the reader has already typed something else.
    if (next.ok && field instanceof HTMLInputElement && field.value === sent) field.value = "";
    setResult(next);
    setSending(false);
    setAnswers((count) => count + 1);
  }

  const invalid = result !== undefined && result.fieldInvalid;
  return (
    <form
      ref={formRef}
      className="signup__form"
      method="post"
      action={action}
      onSubmit={onSubmit}
      aria-busy={sending}
    >
      <input type="hidden" name="source" value={sourcePath ?? ""} />
      <label htmlFor="signup-email">Email address</label>
      <div className="signup__row">
        <input
          id="signup-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={initialEmail}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "signup-message signup-consent" : "signup-consent"}
        />
        <button type="submit" disabled={sending}>
          Subscribe
        </button>
      </div>
      {/* A trap for bots: hidden from people and from screen readers, never focused. */}
      <div className="signup__trap" aria-hidden="true">
        <label htmlFor="signup-website">Leave this field empty</label>
        <input id="signup-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p
        id="signup-message"
        ref={messageRef}
        className={`signup__message${result && !result.ok ? " signup__message--problem" : ""}`}
        role="status"
        aria-live="polite"
        tabIndex={-1}
      >
        {result?.message}
      </p>
      {children}
    </form>
  );
}
