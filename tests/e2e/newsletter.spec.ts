import {
  expect,
  test,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { e2eData, e2eRateLimit } from "./servers";
import {
  linkIn,
  mailsTo,
  subscriberRow,
  uniqueAddress,
  uniqueClientIp,
} from "./newsletter-support";

const articlePath = "/articles/night-trains-return";
const accepted = /Almost done: check your inbox/;

/** A browser context that is one client (its own address), with or without JavaScript. */
async function openClient(browser: Browser, options: BrowserContextOptions & { ip?: string } = {}) {
  const { ip = uniqueClientIp(), ...contextOptions } = options;
  const context = await browser.newContext({
    ...contextOptions,
    extraHTTPHeaders: { "x-forwarded-for": ip },
  });
  return { context, page: await context.newPage(), ip };
}

function signupRegion(page: Page) {
  return page.getByRole("region", { name: "Daily news brief" });
}

async function theOnlyMailTo(address: string) {
  await expect.poll(async () => (await mailsTo(e2eData.outbox, address)).length).toBe(1);
  const [mail] = await mailsTo(e2eData.outbox, address);
  return mail!;
}

test.describe("Daily news brief signup", () => {
  test("with JavaScript: answers in the page, then confirm and unsubscribe through the email's links", async ({
    browser,
    baseURL,
  }, testInfo) => {
    const { context, page } = await openClient(browser);
    const address = uniqueAddress(testInfo, "js");
    await page.goto(articlePath);
    // Proof that the page is never reloaded: this property would be gone.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const region = signupRegion(page);
    await region.getByLabel("Email address").fill(`  ${address.toUpperCase()} `);
    const answer = page.waitForResponse((r) => r.url().endsWith("/newsletter/subscribe"));
    await region.getByRole("button", { name: "Subscribe" }).click();
    expect((await answer).status()).toBe(200);

    const status = region.getByRole("status");
    await expect(status).toHaveText(accepted);
    await expect(status).toBeFocused();
    await expect(status).toHaveAttribute("aria-live", "polite");
    expect(await page.evaluate(() => "stillTheSamePage" in window)).toBe(true);
    expect(page.url()).toMatch(new RegExp(`${articlePath}$`));
    expect(subscriberRow(e2eData.db, address)).toMatchObject({
      status: "pending",
      source_path: articlePath,
    });

    const mail = await theOnlyMailTo(address);
    const confirm = linkIn(mail, "/newsletter/confirm");
    expect(confirm.origin).toBe(baseURL);

    // Opening the link (as a mail scanner would) changes nothing.
    await page.goto(confirm.toString());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your subscription");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect(subscriberRow(e2eData.db, address)?.status).toBe("pending");

    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");
    expect(subscriberRow(e2eData.db, address)?.status).toBe("confirmed");

    // The link works once.
    await page.goto(confirm.toString());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");

    await page.goto(linkIn(mail, "/newsletter/unsubscribe").toString());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Unsubscribe from/);
    expect(subscriberRow(e2eData.db, address)?.status).toBe("confirmed");
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are unsubscribed");
    expect(subscriberRow(e2eData.db, address)?.status).toBe("unsubscribed");
    await context.close();
  });

  test("without JavaScript: a plain form post, a result page, and confirmation from the email", async ({
    browser,
  }, testInfo) => {
    const { context, page } = await openClient(browser, { javaScriptEnabled: false });
    const address = uniqueAddress(testInfo, "nojs");
    await page.goto(articlePath);
    const region = signupRegion(page);
    await region.getByLabel("Email address").fill(address);
    await region.getByRole("button", { name: "Subscribe" }).click();

    await expect(page).toHaveURL(/\/newsletter\/check-your-inbox$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    await expect(page.getByText(accepted)).toBeVisible();
    expect(subscriberRow(e2eData.db, address)).toMatchObject({
      status: "pending",
      source_path: articlePath,
    });

    const mail = await theOnlyMailTo(address);
    await page.goto(linkIn(mail, "/newsletter/confirm").toString());
    expect(subscriberRow(e2eData.db, address)?.status).toBe("pending");
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");
    expect(subscriberRow(e2eData.db, address)?.status).toBe("confirmed");

    await page.goto(linkIn(mail, "/newsletter/unsubscribe").toString());
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are unsubscribed");
    expect(subscriberRow(e2eData.db, address)?.status).toBe("unsubscribed");
    await context.close();
  });

  test("without JavaScript: a bad address comes back with its problem and the typed value", async ({
    browser,
  }, testInfo) => {
    const { context, page } = await openClient(browser, { javaScriptEnabled: false });
    const address = uniqueAddress(testInfo, "fixed");
    const typo = address.replace(/\.com$/, ""); // the browser accepts it; our check does not
    await page.goto(articlePath);
    await signupRegion(page).getByLabel("Email address").fill(typo);
    await signupRegion(page).getByRole("button", { name: "Subscribe" }).click();

    await expect(page).toHaveURL(/\/newsletter\/signup$/);
    expect(page.url()).not.toContain("example");
    const field = page.getByLabel("Email address");
    await expect(field).toHaveValue(typo);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("status")).toHaveText(
      /does not look like a complete email address/,
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect(subscriberRow(e2eData.db, typo)).toBeUndefined();

    await field.fill(address);
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/newsletter\/check-your-inbox$/);
    // The page the reader first signed up on is still recorded.
    expect(subscriberRow(e2eData.db, address)).toMatchObject({
      status: "pending",
      source_path: articlePath,
    });
    await context.close();
  });

  test("with JavaScript: a bad address is explained next to the field, which keeps it", async ({
    browser,
  }) => {
    const { context, page } = await openClient(browser);
    await page.goto(articlePath);
    const region = signupRegion(page);
    const field = region.getByLabel("Email address");
    await field.fill("Ana Reader <ana@example.com>");
    await region.getByRole("button", { name: "Subscribe" }).click();
    const status = region.getByRole("status");
    await expect(status).toHaveText(/Enter one email address only/);
    await expect(status).toBeFocused();
    await expect(field).toHaveValue("Ana Reader <ana@example.com>");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    expect(subscriberRow(e2eData.db, "ana@example.com")).toBeUndefined();
    await context.close();
  });

  test("the honeypot: invisible to people and screen readers; a bot that fills it is told it worked, and nothing is stored or sent", async ({
    browser,
  }, testInfo) => {
    const { context, page } = await openClient(browser, { javaScriptEnabled: false });
    const address = uniqueAddress(testInfo, "bot");
    await page.goto(articlePath);
    const region = signupRegion(page);
    await expect(region.getByRole("textbox")).toHaveCount(1);
    const trap = page.locator('input[name="website"]');
    const box = await trap.boundingBox();
    expect(box === null || box.x + box.width <= 0).toBe(true);

    await region.getByLabel("Email address").fill(address);
    await trap.fill("https://spam.example/", { force: true });
    await region.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/newsletter\/check-your-inbox$/);
    await expect(page.getByText(accepted)).toBeVisible();

    expect(subscriberRow(e2eData.db, address)).toBeUndefined();
    expect(await mailsTo(e2eData.outbox, address)).toEqual([]);
    await context.close();
  });

  test("the rate limit: past the limit a client is told to wait, with and without JavaScript", async ({
    browser,
  }, testInfo) => {
    const { context, page, ip } = await openClient(browser);
    await page.goto(articlePath);
    const region = signupRegion(page);
    const status = region.getByRole("status");
    for (let i = 0; i < e2eRateLimit; i++) {
      await region.getByLabel("Email address").fill(uniqueAddress(testInfo, `limit${i}`));
      const answer = page.waitForResponse((r) => r.url().endsWith("/newsletter/subscribe"));
      await region.getByRole("button", { name: "Subscribe" }).click();
      expect((await answer).status()).toBe(200);
      await expect(status).toHaveText(accepted);
      await expect(region.getByLabel("Email address")).toHaveValue("");
    }
    const over = uniqueAddress(testInfo, "over");
    await region.getByLabel("Email address").fill(over);
    const answer = page.waitForResponse((r) => r.url().endsWith("/newsletter/subscribe"));
    await region.getByRole("button", { name: "Subscribe" }).click();
    expect((await answer).status()).toBe(429);
    await expect(status).toHaveText(/Too many attempts/);
    await expect(status).toBeFocused();
    await expect(region.getByLabel("Email address")).toHaveValue(over);
    expect(subscriberRow(e2eData.db, over)).toBeUndefined();

    // The same client without JavaScript.
    const plain = await openClient(browser, { javaScriptEnabled: false, ip });
    await plain.page.goto(articlePath);
    await signupRegion(plain.page).getByLabel("Email address").fill(over);
    await signupRegion(plain.page).getByRole("button", { name: "Subscribe" }).click();
    await expect(plain.page).toHaveURL(/\/newsletter\/signup$/);
    await expect(plain.page.getByRole("status")).toHaveText(/Too many attempts/);
    await expect(plain.page.getByLabel("Email address")).toHaveValue(over);
    expect(subscriberRow(e2eData.db, over)).toBeUndefined();
    await plain.context.close();
    await context.close();
  });

  test("forged, malformed and missing tokens get the neutral page and change nothing", async ({
    page,
  }) => {
    for (const path of [
      "/newsletter/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "/newsletter/unsubscribe?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "/newsletter/unsubscribe?token=%3Cscript%3E",
      "/newsletter/confirm",
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
      await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    }
  });

  test("one-click unsubscribe (RFC 8058): a POST to the List-Unsubscribe address, without our form", async ({
    request,
  }, testInfo) => {
    const address = uniqueAddress(testInfo, "oneclick");
    const ip = uniqueClientIp();
    const signup = await request.post("/newsletter/subscribe", {
      form: { email: address, source: "/articles/night-trains-return", website: "" },
      headers: { accept: "application/json", "x-forwarded-for": ip },
    });
    expect(signup.status()).toBe(200);
    const mail = await theOnlyMailTo(address);
    // mailparser reads the List-* headers into one structured "list" header.
    const list = mail.headers.get("list") as {
      unsubscribe?: { url?: string };
      "unsubscribe-post"?: { name?: string };
    };
    expect(list["unsubscribe-post"]?.name).toBe("List-Unsubscribe=One-Click");
    const listUnsubscribe = list.unsubscribe?.url;
    expect(listUnsubscribe).toMatch(/\/newsletter\/unsubscribe\/one-click\?token=/);

    // What a mail provider sends: no Origin, no form fields of ours, only this body.
    const response = await request.post(listUnsubscribe!, {
      multipart: { "List-Unsubscribe": "One-Click" },
      headers: { "x-forwarded-for": ip },
    });
    expect(response.status()).toBe(200);
    expect(subscriberRow(e2eData.db, address)?.status).toBe("unsubscribed");
    expect(
      (
        await request.post(listUnsubscribe!, { form: { "List-Unsubscribe": "One-Click" } })
      ).status(),
    ).toBe(400);
  });
});
