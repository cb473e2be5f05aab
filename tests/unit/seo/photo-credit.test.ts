import { describe, expect, it } from "vitest";
import { parsePhotoCredit } from "@/lib/seo/photo-credit";

describe("parsePhotoCredit", () => {
  it("reads a photographer and an agency", () => {
    expect(parsePhotoCredit("Photo by Jane Doe / Agence Exemple", "Dateline")).toEqual({
      creditText: "Photo by Jane Doe / Agence Exemple",
      creator: { type: "Person", name: "Jane Doe" },
      copyrightHolder: "Agence Exemple",
    });
  });

  it("takes the publication's own desk to be an organization that holds the copyright", () => {
    expect(parsePhotoCredit("Illustration by Dateline Graphics", "Dateline")).toEqual({
      creditText: "Illustration by Dateline Graphics",
      creator: { type: "Organization", name: "Dateline Graphics" },
      copyrightHolder: "Dateline Graphics",
    });
  });

  it("accepts a credit without a prefix", () => {
    expect(parsePhotoCredit("Ana Ruiz", "Dateline").creator).toEqual({
      type: "Person",
      name: "Ana Ruiz",
    });
  });

  it("never returns an empty name", () => {
    expect(parsePhotoCredit("Photo by  / Agency", "Dateline").creator.name).toBe(
      "Photo by  / Agency",
    );
  });
});
