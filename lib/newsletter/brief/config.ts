/** Settings of the Daily news brief, from the environment (documented in README.md). */
export type BriefConfig = {
  /** Local time (site time zone) the edition goes out; its window ends then. */
  sendTime: SendTime;
  /** At most this many stories in one edition. */
  maxStories: number;
};

export type SendTime = { hour: number; minute: number };

type Env = Readonly<Record<string, string | undefined>>;

export function readBriefConfig(env: Env = process.env): BriefConfig {
  return {
    sendTime: parseSendTime(env.BRIEF_SEND_TIME || "07:00"),
    maxStories: positiveWholeNumber(env.BRIEF_MAX_STORIES, "BRIEF_MAX_STORIES", 8),
  };
}

export function parseSendTime(value: string): SendTime {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) {
    throw new Error(
      `BRIEF_SEND_TIME must be a local time as HH:MM (24-hour clock), like 07:00; it is "${value}".`,
    );
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function positiveWholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(
      `The environment variable ${name} must be a whole number above 0; it is "${value}".`,
    );
  }
  return Number(value);
}
