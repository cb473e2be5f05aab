import { Photo } from "@/components/media/Photo";

type Props = {
  bio: string;
  photo?: { src: string; alt: string; width: number; height: number };
};

/** The author's photo (if any) and short biography, at the top of their page. */
export function AuthorIntro({ bio, photo }: Props) {
  return (
    <div className="author-intro">
      {photo ? <Photo className="author-intro__photo" photo={photo} sizes="6rem" /> : null}
      <p className="author-intro__bio">{bio}</p>
    </div>
  );
}
