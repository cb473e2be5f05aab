"use client";

import { useState, useSyncExternalStore } from "react";

type Props = { url: string };

const noSubscription = () => () => {};
const clipboardAvailable = () => typeof navigator.clipboard?.writeText === "function";
/** The server (and a browser without JavaScript) never shows the button. */
const onServer = () => false;

/**
 * "Copy link", a small client leaf of the article page. The button appears only once
 * scripts run and the clipboard is available; without them the plain address
 * printed beside it is there to copy by hand.
 */
export function CopyLink({ url }: Props) {
  const supported = useSyncExternalStore(noSubscription, clipboardAvailable, onServer);
  const [status, setStatus] = useState("");
  if (!supported) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      setStatus("Could not copy: select the address instead");
    }
  }
  return (
    <span className="copy-link">
      <button type="button" className="copy-link__button" onClick={copy}>
        Copy link
      </button>{" "}
      <span role="status" className="copy-link__status">
        {status}
      </span>
    </span>
  );
}
