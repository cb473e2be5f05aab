type Props = { html: string };

/** The article text. `html` was sanitized by the content loader when it was rendered. */
export function ArticleBody({ html }: Props) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
