import { MAX_QUERY_LENGTH } from "@/lib/search/query";

type Props = {
  id: string;
  /** The search page's address. */
  action: string;
  defaultValue?: string;
  className?: string;
};

/** A plain GET form to the search page: works without JavaScript. `id` keeps labels unique when two are on a page. */
export function SearchForm({ id, action, defaultValue, className = "search-form" }: Props) {
  return (
    <form className={className} role="search" method="get" action={action}>
      <label htmlFor={id} className="search-form__label">
        Search Dateline
      </label>
      <div className="search-form__row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
