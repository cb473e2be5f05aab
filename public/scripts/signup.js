// The signup form's in-page answer (components/newsletter/SignupForm.tsx).
// Without this script the form posts and the answer is a page of its own; with
// it, the form is sent in the background and the answer appears in the live
// region below the field, which takes focus so that it is read out.
const form = document.querySelector("form[data-signup]");
const message = form && form.querySelector("[data-signup-message]");
const field = form && form.querySelector("input[name=email]");
const button = form && form.querySelector("button[type=submit]");

if (form instanceof HTMLFormElement && message instanceof HTMLElement) {
  const networkProblem = form.dataset.networkProblem || "";
  let sending = false;
  // Our own messages replace the browser's validation bubbles.
  form.noValidate = true;

  const show = (ok, text, fieldInvalid) => {
    message.textContent = text;
    message.classList.toggle("signup__message--problem", !ok);
    if (field instanceof HTMLInputElement) {
      if (fieldInvalid) field.setAttribute("aria-invalid", "true");
      else field.removeAttribute("aria-invalid");
      field.setAttribute(
        "aria-describedby",
        fieldInvalid ? "signup-message signup-consent" : "signup-consent",
      );
    }
    message.focus();
  };

  const setSending = (value) => {
    sending = value;
    form.setAttribute("aria-busy", String(value));
    if (button instanceof HTMLButtonElement) button.disabled = value;
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (sending) return;
    const sent = field instanceof HTMLInputElement ? field.value : undefined;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string") body.append(name, value);
    }
    setSending(true);
    let answer = { ok: false, text: networkProblem, fieldInvalid: false };
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { accept: "application/json" },
        body,
      });
      const json = await response.json();
      answer = {
        ok: response.ok && json.outcome === "accepted",
        text: typeof json.message === "string" ? json.message : networkProblem,
        fieldInvalid: json.field === "email",
      };
    } catch {
      // The network or the answer failed: nothing was stored, say so.
    }
    // Clear the field after a success, unless the reader has typed something else meanwhile.
    if (answer.ok && field instanceof HTMLInputElement && field.value === sent) field.value = "";
    setSending(false);
    show(answer.ok, answer.text, answer.fieldInvalid);
  });
}
