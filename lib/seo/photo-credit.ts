export type PhotoCredit = {
  /** The credit exactly as the editor wrote it. */
  creditText: string;
  /** Who made the image: a person, or the publication's own desk. */
  creator: { type: "Person" | "Organization"; name: string };
  /** Who holds the copyright: the agency after a slash, else the creator. */
  copyrightHolder: string;
};

/** "Photo by ", "Illustration by ", "Graphic by " and the like, which are not part of a name. */
const CREDIT_PREFIX = /^(?:photo(?:graph)?|image|illustration|graphic|drawing|picture)s?\s+by\s+/i;

/**
 * Reads the editors' credit convention ("Photo by Jane Doe / Agency",
 * "Illustration by Dateline Graphics") into the parts structured data asks
 * for. A credit naming the publisher is taken to be its own desk
 * (an organization); any other name is taken to be a person.
 */
export function parsePhotoCredit(credit: string, publisherName: string): PhotoCredit {
  const creditText = credit.trim();
  const withoutPrefix = creditText.replace(CREDIT_PREFIX, "");
  const [creatorPart = withoutPrefix, ...rest] = withoutPrefix.split("/");
  const creatorName = creatorPart.trim() || creditText;
  const agency = rest.join("/").trim();
  const isPublisher = creatorName.toLowerCase().includes(publisherName.toLowerCase());
  return {
    creditText,
    creator: { type: isPublisher ? "Organization" : "Person", name: creatorName },
    copyrightHolder: agency || creatorName,
  };
}
