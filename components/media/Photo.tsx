import Image, { type ImageProps } from "next/image";

/** What the content loader knows of any photo: its file, its words, its size in pixels. */
type PhotoSource = { src: string; alt: string; width: number; height: number };

type Props = Omit<ImageProps, "src" | "alt" | "width" | "height"> & {
  photo: PhotoSource;
  /** The page's largest paint: preloaded, fetched first and never lazy. */
  largestPaint?: boolean;
};

const LARGEST_PAINT = { preload: true, fetchPriority: "high", loading: "eager" } as const;

/**
 * A content photo through next/image: the width and height from the file keep
 * its space while it loads (no layout shift); `sizes` says how wide its slot is.
 */
export function Photo({ photo, largestPaint = false, ...rest }: Props) {
  return (
    <Image
      src={photo.src}
      alt={photo.alt}
      width={photo.width}
      height={photo.height}
      {...(largestPaint ? LARGEST_PAINT : {})}
      {...rest}
    />
  );
}
