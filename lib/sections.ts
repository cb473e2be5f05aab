type SectionConfig = { slug: string; name: string; description: string };

/**
 * The sections of the site, in the order the navigation shows them.
 * An article's `section` must be one of these slugs.
 */
export const sections = [
  {
    slug: "americas",
    name: "Americas",
    description: "News from North, Central and South America and the Caribbean.",
  },
  {
    slug: "europe",
    name: "Europe",
    description: "Politics, society and economics across Europe.",
  },
  {
    slug: "africa",
    name: "Africa",
    description: "Reporting from the countries of Africa.",
  },
  {
    slug: "asia-pacific",
    name: "Asia-Pacific",
    description: "News from Asia, Australia and the Pacific islands.",
  },
  {
    slug: "science",
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
