// A separate process for the concurrency test: opens its own connection to the
// database (SQLite file or PostgreSQL), waits for "go", records its signups, reports back and exits.
import { openSubscriberStore } from "@/lib/newsletter/open-store";
import { validateEmail } from "@/lib/newsletter/validate";

type Job = {
  config: { databaseUrl: string | undefined; databaseFile: string };
  addresses: string[];
};

process.once("message", (job: Job) => {
  const store = openSubscriberStore(job.config);
  process.send?.("ready");
  process.once("message", async () => {
    let stored = 0;
    for (const raw of job.addresses) {
      const checked = validateEmail(raw);
      if (!checked.ok) throw new Error(`bad test address ${raw}`);
      await store.recordSignup({
        email: checked.email,
        consentWording: "v1",
        sourcePath: "/articles/concurrency",
        at: new Date().toISOString(),
      });
      stored += 1;
    }
    await store.close();
    process.send?.({ stored }, () => process.exit(0));
  });
});
