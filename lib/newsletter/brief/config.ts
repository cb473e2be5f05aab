import { settings, type Settings, type SendTime } from "../../config";

/** Settings of the Daily news brief: a view of lib/config.ts (where each variable is documented). */
export type BriefConfig = {
  /** Local time (site time zone) the edition goes out; its window ends then. */
  sendTime: SendTime;
  /** At most this many stories in one edition. */
  maxStories: number;
};

export function briefConfig(from: Settings = settings()): BriefConfig {
  return { sendTime: from.BRIEF_SEND_TIME, maxStories: from.BRIEF_MAX_STORIES };
}
