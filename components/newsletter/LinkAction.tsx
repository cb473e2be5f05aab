type Props = {
  /** A Server Action: the form posts to it, with or without JavaScript. */
  action: (formData: FormData) => Promise<void>;
  token: string;
  label: string;
};

/** The button a link from an email leads to: opening the link changes nothing, pressing this does. */
export function LinkAction({ action, token, label }: Props) {
  return (
    <form action={action} className="newsletter-notice__form">
      <input type="hidden" name="token" value={token} />
      <button type="submit">{label}</button>
    </form>
  );
}
