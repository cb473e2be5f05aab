import { SiteLink } from "@/components/site/SiteLink";

type Props = { tags: readonly { label: string; href: string }[] };

/** The article's tags, each linking to the stories that share it. */
export function ArticleTags({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <nav className="article-tags" aria-label="Topics">
      <h2 className="article-tags__heading">Topics</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.href}>
            <SiteLink href={tag.href}>{tag.label}</SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
