import Image from "next/image";
import type { Author } from "@/lib/content/schema";

/** The author's photo (if any) and short biography, at the top of their page. */
export function AuthorIntro({ author }: { author: Author }) {
  return (
    <div className="author-intro">
      {author.photo ? (
        <Image
          className="author-intro__photo"
          src={author.photo.src}
          alt={author.photo.alt}
          width={author.photo.width}
          height={author.photo.height}
          sizes="6rem"
        />
      ) : null}
      <p className="author-intro__bio">{author.bio}</p>
    </div>
  );
}
