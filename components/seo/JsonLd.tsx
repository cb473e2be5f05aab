import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";

type Props = { data: object };

/**
 * Structured data for search engines, in the server-rendered HTML. The JSON
 * is serialized so that no text inside it (a headline containing
 * "</script>", say) can end the element early.
 */
export function JsonLd({ data }: Props) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
