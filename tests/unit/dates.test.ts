import { describe, expect, it } from "vitest";
import { formatDateTime, formatShortDate } from "@/lib/dates";

describe("formatDateTime", () => {
  it("shows the instant in the site's time zone with its abbreviation", () => {
    expect(formatDateTime("2019-02-24T18:05:00+01:00", "Europe/Paris")).toBe(
      "24 February 2019, 18:05 CET",
    );
  });

  it("converts from the written offset to the site's zone", () => {
    expect(formatDateTime("2019-02-24T12:05:00-05:00", "Europe/Paris")).toBe(
      "24 February 2019, 18:05 CET",
    );
  });

  it("follows summer time", () => {
    expect(formatDateTime("2019-07-01T10:00:00Z", "Europe/Paris")).toBe("1 July 2019, 12:00 CEST");
  });

  it("crosses midnight into the next day when the zone says so", () => {
    expect(formatShortDate("2019-02-24T23:30:00Z", "Europe/Paris")).toBe("25 Feb 2019");
  });
});
