import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SubscriberStore } from "@/lib/newsletter/store";
import type { StoreBackend, TestDatabase } from "../store-backends";

/**
 * The store's contract, the same on every backend: tests/unit/newsletter/
 * store.test.ts runs it on SQLite (the default), tests/integration/newsletter/
 * postgres.test.ts on PostgreSQL (DATABASE_URL). Backend-specific checks
 * (pragmas, migrations' bookkeeping) are in sqlite.test.ts and postgres.test.ts.
 */
export function subscriberStoreContract(backend: StoreBackend): void {
  describe(`the ${backend.name} store`, () => {
    let database: TestDatabase;
    let store: SubscriberStore;

    const signup = (email: string, at: string, sourcePath: string | null = "/articles/a") =>
      store.recordSignup({ email, consentWording: "v1", sourcePath, at });

    beforeEach(async () => {
      database = await backend.create();
      store = database.open();
    });

    afterEach(async () => {
      await store.close();
      await database.remove();
    });

    it("reopens an existing database without migrating it again", async () => {
      await signup("a@b.c", "2026-01-01T00:00:00.000Z");
      await store.close();
      store = database.open();
      expect(await store.findByEmail("a@b.c")).toMatchObject({ status: "pending" });
    });

    it("creates the tables with a unique email and rejects a second row for one address", async () => {
      await signup("a@b.c", "2026-01-01T00:00:00.000Z");
      await expect(
        database.query(
          `INSERT INTO subscribers (email, status, consent_at, consent_wording, created_at)
         VALUES ('a@b.c', 'pending', 'x', 'v1', 'x')`,
        ),
      ).rejects.toThrow(/unique|duplicate/i);
    });

    it("records a signup as pending with its consent and source", async () => {
      const subscriber = await signup("a@b.c", "2026-01-01T08:00:00.000Z", "/articles/x");
      expect(subscriber).toMatchObject({
        email: "a@b.c",
        status: "pending",
        consentAt: "2026-01-01T08:00:00.000Z",
        consentWording: "v1",
        sourcePath: "/articles/x",
        createdAt: "2026-01-01T08:00:00.000Z",
        confirmedAt: null,
        unsubscribedAt: null,
      });
    });

    it("is idempotent on the email: one row, the latest consent while pending", async () => {
      const first = await signup("a@b.c", "2026-01-01T08:00:00.000Z", "/articles/x");
      const second = await signup("a@b.c", "2026-01-02T08:00:00.000Z", "/articles/y");
      expect(second.id).toBe(first.id);
      expect(second).toMatchObject({
        status: "pending",
        consentAt: "2026-01-02T08:00:00.000Z",
        sourcePath: "/articles/y",
        createdAt: "2026-01-01T08:00:00.000Z",
      });
      expect(await store.list()).toHaveLength(1);
    });

    it("leaves a confirmed subscriber unchanged and re-opens an unsubscribed one", async () => {
      const s = await signup("a@b.c", "2026-01-01T08:00:00.000Z");
      await store.addToken({
        subscriberId: s.id,
        purpose: "confirm",
        hash: "c1",
        at: s.createdAt,
        expiresAt: "2026-02-01T00:00:00.000Z",
      });
      expect(await store.redeemToken("c1", "confirm", "2026-01-01T09:00:00.000Z")).toMatchObject({
        ok: true,
      });

      const again = await signup("a@b.c", "2026-01-03T08:00:00.000Z", "/elsewhere");
      expect(again).toMatchObject({
        status: "confirmed",
        consentAt: "2026-01-01T08:00:00.000Z",
        sourcePath: "/articles/a",
        confirmedAt: "2026-01-01T09:00:00.000Z",
      });

      await store.addToken({
        subscriberId: s.id,
        purpose: "unsubscribe",
        hash: "u1",
        at: s.createdAt,
        expiresAt: "2027-01-01T00:00:00.000Z",
      });
      expect(
        await store.redeemToken("u1", "unsubscribe", "2026-01-04T08:00:00.000Z"),
      ).toMatchObject({
        ok: true,
        subscriber: { status: "unsubscribed", unsubscribedAt: "2026-01-04T08:00:00.000Z" },
      });
      expect(await signup("a@b.c", "2026-01-05T08:00:00.000Z")).toMatchObject({
        status: "pending",
        consentAt: "2026-01-05T08:00:00.000Z",
        confirmedAt: null,
      });
    });

    it("uses a token once, only for its purpose and only before it expires", async () => {
      const s = await signup("a@b.c", "2026-01-01T08:00:00.000Z");
      const at = s.createdAt;
      await store.addToken({
        subscriberId: s.id,
        purpose: "confirm",
        hash: "c",
        at,
        expiresAt: "2026-01-08T08:00:00.000Z",
      });
      await store.addToken({
        subscriberId: s.id,
        purpose: "confirm",
        hash: "old",
        at,
        expiresAt: "2026-01-01T09:00:00.000Z",
      });

      expect(await store.isTokenUsable("c", "unsubscribe", "2026-01-02T00:00:00.000Z")).toBe(false);
      expect(await store.redeemToken("c", "unsubscribe", "2026-01-02T00:00:00.000Z")).toEqual({
        ok: false,
      });
      expect(await store.redeemToken("old", "confirm", "2026-01-02T00:00:00.000Z")).toEqual({
        ok: false,
      });
      expect(await store.redeemToken("forged", "confirm", "2026-01-02T00:00:00.000Z")).toEqual({
        ok: false,
      });
      expect((await store.findByEmail("a@b.c"))?.status).toBe("pending");

      expect(await store.isTokenUsable("c", "confirm", "2026-01-02T00:00:00.000Z")).toBe(true);
      expect(await store.isTokenUsable("c", "confirm", "2026-01-02T00:00:00.000Z")).toBe(true);
      expect(await store.redeemToken("c", "confirm", "2026-01-02T00:00:00.000Z")).toMatchObject({
        ok: true,
        subscriber: { status: "confirmed" },
      });
      expect(await store.isTokenUsable("c", "confirm", "2026-01-02T00:00:01.000Z")).toBe(false);
      expect(await store.redeemToken("c", "confirm", "2026-01-02T00:00:01.000Z")).toEqual({
        ok: false,
      });
    });

    it("counts recent tokens and lists and counts by status", async () => {
      const a = await signup("a@b.c", "2026-01-01T08:00:00.000Z");
      await signup("d@e.f", "2026-01-01T08:00:01.000Z");
      for (const [hash, at] of [
        ["1", "2026-01-01T08:00:00.000Z"],
        ["2", "2026-01-02T08:00:00.000Z"],
      ] as const) {
        await store.addToken({
          subscriberId: a.id,
          purpose: "confirm",
          hash,
          at,
          expiresAt: "2026-02-01T00:00:00.000Z",
        });
      }
      expect(await store.countTokensSince(a.id, "confirm", "2026-01-01T12:00:00.000Z")).toBe(1);
      expect(await store.countTokensSince(a.id, "unsubscribe", "2026-01-01T00:00:00.000Z")).toBe(0);
      await store.redeemToken("2", "confirm", "2026-01-02T09:00:00.000Z");
      expect((await store.list({ status: "confirmed" })).map((s) => s.email)).toEqual(["a@b.c"]);
      expect((await store.list()).map((s) => s.email)).toEqual(["a@b.c", "d@e.f"]);
      expect(await store.countByStatus()).toEqual({ pending: 1, confirmed: 1, unsubscribed: 0 });
    });

    it("lets exactly one of several concurrent runs claim an edition, and spends a token once", async () => {
      const others = Array.from({ length: 4 }, () => database.open());
      try {
        const claims = await Promise.all(
          [store, ...others].map((each, i) =>
            each.claimEdition({
              date: "2026-11-25",
              content: "{}",
              owner: `run-${i}`,
              at: "2026-11-25T06:00:00.000Z",
              leaseUntil: "2026-11-25T06:15:00.000Z",
            }),
          ),
        );
        expect(claims.filter((claim) => claim.kind === "claimed")).toHaveLength(1);
        expect(claims.filter((claim) => claim.kind === "busy")).toHaveLength(4);

        const s = await signup("a@b.c", "2026-01-01T08:00:00.000Z");
        await store.addToken({
          subscriberId: s.id,
          purpose: "confirm",
          hash: "once",
          at: s.createdAt,
          expiresAt: "2026-02-01T00:00:00.000Z",
        });
        const redeemed = await Promise.all(
          [store, ...others].map((each) =>
            each.redeemToken("once", "confirm", "2026-01-01T09:00:00.000Z"),
          ),
        );
        expect(redeemed.filter((result) => result.ok)).toHaveLength(1);
      } finally {
        await Promise.all(others.map((other) => other.close()));
      }
    });
  });
}
