import mjml2html from "mjml";
import { formatDateTime } from "../../dates";
import { unsubscribeParts } from "../emails";
import type { OutgoingMail } from "../mail";
import type { BriefStory, Edition } from "./edition";
import { editionPath, editionTitleDate } from "./edition-names";

export type BriefEmailOptions = {
  to: string;
  siteName: string;
  origin: string;
  timeZone: string;
  /** This recipient's unsubscribe token (one per email, like every other email). */
  unsubscribeToken: string;
};

export function briefSubject(edition: Edition, timeZone: string): string {
  const lead = edition.stories[0]?.headline ?? "";
  return oneLine(`Daily news brief, ${editionTitleDate(edition.date, timeZone)}: ${lead}`);
}

/**
 * The brief as an email: MJML gives the responsive, inline-styled HTML that
 * mail programs need; the text part says the same. Only system fonts and
 * images from the site: no tracking pixels, no remote fonts or styles.
 */
export async function briefEmail(
  edition: Edition,
  options: BriefEmailOptions,
): Promise<OutgoingMail> {
  const unsubscribe = unsubscribeParts({
    origin: options.origin,
    unsubscribeToken: options.unsubscribeToken,
  });
  const webUrl = new URL(editionPath(edition.date), options.origin).toString();
  const html = await briefHtml(edition, { ...options, unsubscribeUrl: unsubscribe.page, webUrl });
  return {
    to: options.to,
    subject: briefSubject(edition, options.timeZone),
    text: briefText(edition, { ...options, unsubscribeUrl: unsubscribe.page, webUrl }),
    html,
    headers: unsubscribe.headers,
  };
}

type RenderOptions = BriefEmailOptions & { unsubscribeUrl: string; webUrl: string };

export function briefText(edition: Edition, options: RenderOptions): string {
  const lines = [
    `${options.siteName} Daily news brief, ${editionTitleDate(edition.date, options.timeZone)}`,
    "",
  ];
  let section = "";
  edition.stories.forEach((story, index) => {
    if (index === 0) lines.push("TOP STORY", "");
    else if (story.section !== section) lines.push(story.sectionName.toUpperCase(), "");
    if (index > 0) section = story.section;
    lines.push(
      oneLine(`${story.live?.running ? "LIVE: " : ""}${story.headline}`),
      oneLine(story.standfirst),
      story.url,
    );
    if (story.live && story.live.keyEvents.length > 0) {
      lines.push("Latest key events:");
      for (const event of story.live.keyEvents) {
        lines.push(
          `- ${formatDateTime(event.at, options.timeZone)}: ${oneLine(event.headline)}`,
          `  ${event.url}`,
        );
      }
    }
    lines.push("");
  });
  lines.push(
    `Read this brief on the web: ${options.webUrl}`,
    "",
    `You receive the ${options.siteName} Daily news brief because you subscribed to it.`,
    `Unsubscribe: ${options.unsubscribeUrl}`,
    "",
  );
  return lines.join("\n");
}

const colors = {
  ink: "#1a1a1a",
  muted: "#555555",
  rule: "#dddddd",
  accent: "#b3261e",
  page: "#f4f4f1",
};
const serif = "Georgia, 'Times New Roman', Times, serif";
const sans = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export async function briefHtml(edition: Edition, options: RenderOptions): Promise<string> {
  const [lead, ...others] = edition.stories;
  if (!lead) throw new Error(`The edition of ${edition.date} has no stories.`);
  const date = editionTitleDate(edition.date, options.timeZone);
  const preheader =
    others.length === 0
      ? lead.standfirst
      : `${lead.standfirst} Also: ${others.map((story) => story.headline).join(" · ")}`;

  const blocks: string[] = [];
  let section = "";
  for (const story of others) {
    if (story.section !== section) {
      section = story.section;
      blocks.push(`
      <mj-section padding="20px 24px 0" background-color="#ffffff">
        <mj-column><mj-text font-family="${sans}" font-size="12px" font-weight="700" letter-spacing="1px" color="${colors.accent}" text-transform="uppercase" padding="0 0 4px">${escape(story.sectionName)}</mj-text>
        <mj-divider border-width="1px" border-color="${colors.rule}" padding="4px 0 0" /></mj-column>
      </mj-section>`);
    }
    blocks.push(storyBlock(story, options.timeZone));
  }

  const source = `<mjml lang="en">
  <mj-head>
    <mj-title>${escape(`Daily news brief, ${date}`)}</mj-title>
    <mj-preview>${escape(preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${sans}" />
      <mj-text color="${colors.ink}" line-height="1.5" font-size="16px" padding="0" />
    </mj-attributes>
    <mj-style>a { color: ${colors.ink}; }</mj-style>
  </mj-head>
  <mj-body background-color="${colors.page}" width="600px">
    <mj-section padding="24px 24px 12px" background-color="#ffffff" border-bottom="3px solid ${colors.ink}">
      <mj-column>
        <mj-text font-family="${serif}" font-size="30px" font-weight="700" line-height="1.1" align="center">
          <a href="${attr(options.origin)}" style="color:${colors.ink};text-decoration:none">${escape(options.siteName)}</a>
        </mj-text>
        <mj-text align="center" font-size="13px" color="${colors.muted}" padding="6px 0 0">Daily news brief · ${escape(date)}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section padding="20px 24px 8px" background-color="#ffffff">
      <mj-column>
        <mj-image src="${attr(lead.image.url)}" alt="${attr(lead.image.alt)}" href="${attr(lead.url)}" width="552px" padding="0" />
        <mj-text font-size="12px" color="${colors.muted}" padding="4px 0 12px">${escape(lead.image.credit)}</mj-text>
        <mj-text font-size="12px" font-weight="700" letter-spacing="1px" color="${colors.accent}" padding="0 0 4px">${escape(lead.sectionName.toUpperCase())}</mj-text>
        <mj-text font-family="${serif}" font-size="26px" font-weight="700" line-height="1.2" padding="0 0 8px">
          ${liveLabel(lead)}<a href="${attr(lead.url)}" style="color:${colors.ink};text-decoration:none">${escape(lead.headline)}</a>
        </mj-text>
        <mj-text color="#333333">${escape(lead.standfirst)}</mj-text>${keyEventsBlock(lead, options.timeZone)}
      </mj-column>
    </mj-section>
    ${blocks.join("\n")}
    <mj-section padding="24px" background-color="#ffffff">
      <mj-column>
        <mj-divider border-width="1px" border-color="${colors.rule}" padding="0 0 16px" />
        <mj-text font-size="13px" color="${colors.muted}" align="center">
          <a href="${attr(options.webUrl)}" style="color:${colors.muted}">Read this brief on the web</a>
        </mj-text>
        <mj-text font-size="13px" color="${colors.muted}" align="center" padding="8px 0 0">
          You receive the ${escape(options.siteName)} Daily news brief because you subscribed to it.
          <a href="${attr(options.unsubscribeUrl)}" style="color:${colors.muted}">Unsubscribe</a>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

  // `fonts: {}`: MJML would otherwise link Google Fonts for any font it knows
  // (Roboto). Strict validation: a template mistake fails loudly, in tests too.
  const result = await mjml2html(source, {
    validationLevel: "strict",
    keepComments: false,
    fonts: {},
  });
  return result.html;
}

/** "LIVE" before the headline of a live page still running at send time. */
function liveLabel(story: BriefStory): string {
  return story.live?.running
    ? `<span style="font-family:${sans};font-size:12px;letter-spacing:1px;color:#ffffff;background-color:${colors.accent};padding:2px 6px;vertical-align:middle">LIVE</span> `
    : "";
}

/** A live page's latest key events, each a link to its update. */
function keyEventsBlock(story: BriefStory, timeZone: string): string {
  if (!story.live || story.live.keyEvents.length === 0) return "";
  const items = story.live.keyEvents
    .map(
      (event) =>
        `<li style="margin:0 0 6px"><a href="${attr(event.url)}" style="color:${colors.ink}">${escape(event.headline)}</a> <span style="color:${colors.muted};font-size:13px">${escape(formatDateTime(event.at, timeZone))}</span></li>`,
    )
    .join("");
  return `
          <mj-text font-size="14px" padding="8px 0 0"><strong>Latest key events</strong><ul style="margin:4px 0 0;padding:0 0 0 18px">${items}</ul></mj-text>`;
}

function storyBlock(story: BriefStory, timeZone: string): string {
  return `
      <mj-section padding="12px 24px" background-color="#ffffff">
        <mj-column width="32%" vertical-align="top" padding="0 12px 8px 0">
          <mj-image src="${attr(story.image.url)}" alt="${attr(story.image.alt)}" href="${attr(story.url)}" align="left" padding="0" />
          <mj-text font-size="11px" color="${colors.muted}" padding="2px 0 0" line-height="1.3">${escape(story.image.credit)}</mj-text>
        </mj-column>
        <mj-column width="68%" vertical-align="top">
          <mj-text font-family="${serif}" font-size="19px" font-weight="700" line-height="1.25" padding="0 0 6px">
            ${liveLabel(story)}<a href="${attr(story.url)}" style="color:${colors.ink};text-decoration:none">${escape(story.headline)}</a>
          </mj-text>
          <mj-text font-size="15px" color="#333333">${escape(story.standfirst)}</mj-text>${keyEventsBlock(story, timeZone)}
        </mj-column>
      </mj-section>`;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function escape(value: string): string {
  return oneLine(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return escape(value).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
