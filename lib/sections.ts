type SectionConfig = {
  slug: string;
  name: string;
  description: string;
  /** Position in the navigation and on the front page (lowest first). */
  order: number;
};

/**
 * The sections of the site, listed in their `order` (navigation, front page).
 * An article's `section` must be one of these slugs.
 */
export const sections = [
  {
    slug: "americas",
    order: 1,
    name: "Americas",
    description: "News from North, Central and South America and the Caribbean.",
  },
  {
    slug: "europe",
    order: 2,
    name: "Europe",
    description: "Politics, society and economics across Europe.",
  },
  {
    slug: "africa",
    order: 3,
    name: "Africa",
    description: "Reporting from the countries of Africa.",
  },
  {
    slug: "asia-pacific",
    order: 4,
    name: "Asia-Pacific",
    description: "News from Asia, Australia and the Pacific islands.",
  },
  {
    slug: "science",
    order: 5,
    name: "Science",
    description: "Research, the environment and technology.",
  },
] as const satisfies readonly SectionConfig[];

export type SectionSlug = (typeof sections)[number]["slug"];
export type Section = SectionConfig & { slug: SectionSlug };

export const sectionSlugs = sections.map((section) => section.slug) as [
  SectionSlug,
  ...SectionSlug[],
];

export function findSection(slug: string): Section | undefined {
  return sections.find((section) => section.slug === slug);
}
