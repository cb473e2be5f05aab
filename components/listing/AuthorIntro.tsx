import type { Author } from "@/lib/content/schema";
import { Photo } from "@/components/media/Photo";

/** The author's photo (if any) and short biography, at the top of their page. */
export function AuthorIntro({ author }: { author: Author }) {
  return (
    <div className="author-intro">
      {author.photo ? (
        <Photo className="author-intro__photo" photo={author.photo} sizes="6rem" />
      ) : null}
      <p className="author-intro__bio">{author.bio}</p>
    </div>
  );
}
