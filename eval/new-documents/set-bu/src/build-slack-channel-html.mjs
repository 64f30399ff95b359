// SET-ASIDE: developers of the assistant must not read this file beyond this line.
// Builds docs/pttg-slack-channel-2353-12-10.html and its rendering in text/.
// Layout: A SLACK CHANNEL SAVED FROM THE BROWSER ("Save page as… Web page, HTML only") on the morning of
// Thursday 10 December 2353: the #pttg channel of the invented "LGA Places" workspace, as Slack's web
// client had drawn it – the workspace sidebar (channels, direct messages) and the channel header before
// the messages, a message composer after them, class names of the client (p-…, c-…), no <table>.
//  - THE MESSAGE LIST IS A VIRTUAL LIST: day dividers as pills WITHOUT A YEAR ("Friday, November 13th",
//    and "Yesterday" for 9 December); each message a sender button (the member's DISPLAY NAME, e.g.
//    "Leofric A-T (Dem Services)", "Roseanna Quillfeather (Cllr)"), a timestamp link whose label is only
//    the time ("9:12 AM") – THE DATE AND YEAR ONLY IN THE LINK'S aria-label AND data-ts (Unix seconds);
//    consecutive messages from one person with no name, only a hover time;
//  - emoji as <img class="c-emoji" alt=":white_check_mark:">, @mentions as member slugs, reactions as
//    buttons ("3 reactions, react with thumbsup emoji") holding an emoji image and a bare count;
//    "(edited)" labels; a deleted message's placeholder;
//  - A WORKFLOW BUILDER FORM ("Chair's action request", posted by the workflow app "APP" on a person's
//    behalf) whose fields are bold labels in the message text, and the workflow's approval message;
//  - A SIMPLE POLL message: options with emoji numbers, vote counts in code spans and voters' names;
//  - ONE THREAD OPEN IN THE RIGHT-HAND FLEXPANE (its replies printed after the channel's messages, under
//    "Thread", with the parent repeated), ANOTHER THREAD COLLAPSED ("2 replies", "Last reply today") whose
//    replies were never loaded and are not in the page.
// Rendering: from the channel header on: each day divider as its label; each message as "display name |
// time" (an app's messages "name | APP | time"), then its text a paragraph a line, emoji as their
// :shortcodes:, reactions as "shortcode count" a line each; the poll's options a line each; the thread
// pane after the channel; the sidebar, composer and hidden labels left out.
// Synthetic test fixture: every person, workspace, figure and decision is invented.
//   node src/build-slack-channel-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O, CHAIR_ACTION, CTS_DEADLINE, BRIEFING, BOARD } from "./common.mjs";

const FILE = DOCS.slack;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const html = [];
const CH = "C06PTTG7K2Q";

// display names as the workspace shows them
const U = {
  leofric: { id: O.leofric.slack, display: "Leofric A-T (Dem Services)" },
  marigold: { id: O.marigold.slack, display: "Marigold Achterberg" },
  idris: { id: O.idris.slack, display: "Idris Fawkener" },
  sunniva: { id: O.sunniva.slack, display: "Sunniva Greatorex" },
  chair: { id: "U06PT1RQG", display: "Roseanna Quillfeather (Cllr)" },
  workflow: { id: "B06PTWF01", display: "Chair's action request", app: true },
  poll: { id: "B06PTSP02", display: "Simple Poll", app: true },
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ord = (d) => d + (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");
let seq = 100;
const stamp = (day, hh, mm, ss = 0) => {
  const [y, m, d] = day.split("-").map(Number);
  const t = Date.UTC(y, m - 1, d, hh, mm, ss) / 1000;
  const h12 = ((hh + 11) % 12) + 1, ap = hh < 12 ? "AM" : "PM";
  return { ts: `${t}.${String(++seq).padStart(6, "0")}`, label: `${h12}:${String(mm).padStart(2, "0")} ${ap}`, aria: `${MONTHS[m - 1]} ${ord(d)} at ${h12}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")} ${ap}` };
};
// inline markup: @mention, :emoji:, *bold*, `code`
const EMOJI = { ":white_check_mark:": "✅", ":+1:": "👍", ":tada:": "🎉", ":date:": "📅", ":one:": "1️⃣", ":two:": "2️⃣", ":three:": "3️⃣", ":eyes:": "👀", ":pray:": "🙏" };
const inline = (s) => x(s)
  .replace(/@\{(\w+)\}/g, (_, k) => `<a class="c-link c-member_slug c-member_slug--link" data-member-id="${U[k].id}" data-member-label="@${x(U[k].display)}" href="/team/${U[k].id}" tabindex="-1">@${x(U[k].display)}</a>`)
  .replace(/(:[a-z_+0-9]+:)/g, (e) => `<img class="c-emoji c-emoji__small c-emoji--inline" src="https://a.slack-edge.com/production-standard-emoji-assets/14.0/apple-small/${EMOJI[e] ? EMOJI[e].codePointAt(0).toString(16) : "1f642"}.png" alt="${e}" data-stringify-type="emoji" data-stringify-emoji="${e}">`)
  .replace(/\*([^*]+)\*/g, '<b data-stringify-type="bold">$1</b>')
  .replace(/`([^`]+)`/g, '<code data-stringify-type="code" class="c-mrkdwn__code">$1</code>');
const plain = (s) => s.replace(/@\{(\w+)\}/g, (_, k) => "@" + U[k].display).replace(/\*([^*]+)\*/g, "$1").replace(/`([^`]+)`/g, "$1");

let list = [];
let lastSender = null;
const divider = (label, iso) => {
  list.push(`<div class="c-virtual_list__item" role="presentation" data-item-key="${iso}"><div class="c-message_list__day_divider" data-stringify-ignore="true"><div class="c-message_list__day_divider__line"></div><div class="c-message_list__day_divider__label"><button class="c-button-unstyled c-message_list__day_divider__label__pill" aria-label="${x(label)}" aria-haspopup="menu" type="button">${x(label)}</button></div></div></div>`);
  out.push(label);
  lastSender = null;
};
// a message: paras (array of strings), reactions [[shortcode, n, aria]], o: { edited, thread: {n, last}, buttons, sameSender }
const message = (who, t, paras, o = {}, sink = list, render = out) => {
  const u = U[who];
  const cont = !o.forceHeader && lastSender === who && sink === list;
  const head = cont
    ? `<div class="c-message_kit__gutter__left" role="presentation"><a class="c-link c-timestamp c-timestamp--static" href="https://lga-places.slack.com/archives/${CH}/p${t.ts.replace(".", "")}" aria-label="${t.aria}" data-ts="${t.ts}" delay="300" data-stringify-type="url"><span class="c-timestamp__label c-message_kit__time--hover">${t.label}</span></a></div>`
    : `<div class="c-message_kit__gutter__left" role="presentation"><button class="c-message_kit__avatar c-avatar c-avatar--interactive" aria-hidden="true" tabindex="-1" type="button"><span class="c-base_icon__width_only_container" style="height:36px;width:36px"><img src="https://ca.slack-edge.com/T06LGAPL4CE-${u.id}-a1b2c3d4e5f6-72" class="c-base_icon c-base_icon--image" aria-hidden="true" role="img" alt="" style="width:36px"></span></button></div>
<div class="c-message_kit__gutter__right" role="presentation" data-qa="message_content"><span class="offscreen" data-qa="aria-labelledby">${x(u.display)}</span><span class="c-message__sender c-message_kit__sender" data-qa="message_sender" data-stringify-type="replace" data-stringify-text="${x(u.display)}"><button class="c-link--button c-message__sender_button" type="button" data-message-sender="${u.id}" data-qa="message_sender_name" aria-haspopup="true" aria-expanded="false" tabindex="-1">${x(u.display)}</button></span>${u.app ? '<span class="c-app_badge" data-qa="app_badge">APP</span>' : ""}  <a class="c-link c-timestamp" href="https://lga-places.slack.com/archives/${CH}/p${t.ts.replace(".", "")}" aria-label="${t.aria}" data-ts="${t.ts}" delay="300" data-stringify-type="url"><span class="c-timestamp__label" data-qa="timestamp_label">${t.label}</span></a><br>`;
  const bodyHtml = o.deleted
    ? `<div class="c-message_kit__blocks c-message_kit__blocks--rich_text"><div class="p-rich_text_section c-message__body--deleted"><i>This message was deleted.</i></div></div>`
    : `<div class="c-message_kit__blocks c-message_kit__blocks--rich_text"><div class="c-message__message_blocks c-message__message_blocks--rich_text" data-qa="message-text"><div class="p-block_kit_renderer" data-qa="block-kit-renderer"><div class="p-block_kit_renderer__block_wrapper p-block_kit_renderer__block_wrapper--first"><div class="p-rich_text_block" dir="auto">${paras.map((p) => `<div class="p-rich_text_section">${inline(p)}</div>`).join("")}</div></div></div></div>${o.edited ? '<span class="c-message__edited_label" data-sk="tooltip_parent">(edited)</span>' : ""}</div>`;
  const buttons = o.buttons ? `<div class="p-block_kit_renderer__block_wrapper"><div class="p-actions_block">${o.buttons.map((b) => `<button class="c-button c-button--outline c-button--small p-block_kit_button_element" type="button" data-qa-action-id="${x(b.toLowerCase())}"><div class="p-block_kit_button_element__content">${x(b)}</div></button>`).join("")}</div></div>` : "";
  const reactions = o.reactions ? `<div class="c-reaction_bar" role="group" aria-label="Reactions">${o.reactions.map(([sc, n, name]) => `<button class="c-reaction" type="button" aria-pressed="false" aria-label="${n} reaction${n > 1 ? "s" : ""}, react with ${name} emoji"><img class="c-emoji c-emoji__small" src="https://a.slack-edge.com/production-standard-emoji-assets/14.0/apple-small/${(EMOJI[sc] ?? "🙂").codePointAt(0).toString(16)}.png" alt="${sc}"><span class="c-reaction__count">${n}</span></button>`).join("")}<button class="c-reaction_add c-button-unstyled" aria-label="Add reaction…" type="button"><i class="c-icon c-icon--add-reaction" aria-hidden="true"></i></button></div>` : "";
  const thread = o.thread ? `<div class="c-message__reply_bar c-message__reply_bar--compact" data-qa="reply_bar"><div class="c-message__reply_bar_avatars">${o.thread.avatars.map((k) => `<span class="c-avatar c-avatar--small"><img src="https://ca.slack-edge.com/T06LGAPL4CE-${U[k].id}-a1b2c3d4e5f6-24" alt=""></span>`).join("")}</div><a class="c-message__reply_count" href="#" data-qa="reply_bar_count">${o.thread.n} replies</a><span class="c-message__reply_bar_last_reply">${x(o.thread.last)}</span><span class="c-message__reply_bar_view_thread">View thread</span></div>` : "";
  sink.push(`<div class="c-virtual_list__item" tabindex="-1" role="listitem" data-qa="virtual-list-item" data-item-key="${t.ts}"><div class="c-message_kit__background p-message_pane_message__message c-message_kit__message" data-qa="message_container" data-qa-unprocessed="false" data-msg-ts="${t.ts}" data-msg-channel-id="${CH}"><div class="c-message_kit__hover" data-qa-hover="true"><div class="c-message_kit__actions c-message_kit__actions--default"><div class="c-message_kit__gutter">${head}${cont ? '<div class="c-message_kit__gutter__right" role="presentation" data-qa="message_content">' : ""}${bodyHtml}${buttons}${reactions}${thread}</div></div></div></div></div></div>`);
  if (!cont) render.push(`${u.display}${u.app ? " | APP" : ""} | ${t.label}`);
  else render.push(t.label);
  if (o.deleted) render.push("This message was deleted.");
  else for (const p of paras) render.push(plain(p) + (o.edited && p === paras[paras.length - 1] ? " (edited)" : ""));
  if (o.buttons) render.push(o.buttons.join(" | "));
  if (o.reactions) for (const [sc, n] of o.reactions) render.push(`${sc} ${n}`);
  if (o.thread) render.push(`${o.thread.n} replies | ${o.thread.last} | View thread`);
  if (sink === list) lastSender = who;
};

// ---------------------------------------------------------------- the channel's history as loaded
divider("Friday, November 13th", "2353-11-13");
message("leofric", stamp("2353-11-13", 9, 12, 4), ["Morning all – the draft minutes of yesterday's meeting are with @{chair} for checking. The actions are in Jira as PTTG-41 to PTTG-46."], { reactions: [[":+1:", 3, "thumbsup"]] });
divider("Tuesday, November 17th", "2353-11-17");
message("leofric", stamp("2353-11-17", 10, 6, 51), ["The Alliance's Lift the Lid slides have gone to all members and substitutes, so PTTG-42 is closed :white_check_mark:"], { reactions: [[":pray:", 2, "pray"]] });
divider("Tuesday, November 24th", "2353-11-24");
message("idris", stamp("2353-11-24", 17, 9, 30), ["Round 2 assessment panel done :white_check_mark: Four bids at or above 60: Sallowmere 84, Orchardleigh 77, Ketterby Fen 71, Kettlebridge 66. Thurlbeck (54) and Westerhope (48) fall below the threshold. @{sunniva} over to you for the finance check (PTTG-50)."], { reactions: [[":eyes:", 1, "eyes"]] });
divider("Wednesday, November 25th", "2353-11-25");
const odp04 = stamp("2353-11-25", 14, 36, 12);
const odp04Text = ["*ODP-04 correction:* Ketterby Fen had counted its 38 closed sites in its total, so the Q2 figure should be 67.0%, not the 61.0% on the dashboard. At 67.0% ODP-04 would be At risk rather than Off track.", "The dashboard won't be refreshed until the Q3 data load, so the PDF of 24 November still shows 61.0%. PTTG-41 closed."];
message("idris", odp04, odp04Text, { thread: { n: 3, last: "Last reply 15 days ago", avatars: ["marigold", "chair", "idris"] } });
divider("Tuesday, December 1st", "2353-12-01");
message("workflow", stamp("2353-12-01", 11, 20, 3), [
  "*Chair's action request* submitted by @{marigold}",
  `*Decision needed:* Extend the deadline for Community Toilet Scheme claims for 2353/54 from ${CTS_DEADLINE.was} to ${CTS_DEADLINE.now}.`,
  `*Why it cannot wait:* the old deadline has passed with many of the ${CTS_DEADLINE.unclaimed} businesses reported at the last meeting (minute 9 of 12 November) still to claim, and the Task Group does not meet again until 14 January 2354.`,
  "*Consulted:* Cllr Thaddeus Brackwater (Vice-Chair), who agrees.",
  `*Reference:* ${CHAIR_ACTION}`,
], { buttons: ["Approve", "Reject"] });
divider("Wednesday, December 2nd", "2353-12-02");
message("workflow", stamp("2353-12-02", 9, 41, 27), [`:white_check_mark: *Approved* by @{chair} – ${CHAIR_ACTION}. The decision will be reported to the meeting on 14 January 2354.`], { forceHeader: true });
message("chair", stamp("2353-12-02", 9, 43, 2), ["Approved. Please make sure the businesses hear about the new date this week."], { reactions: [[":+1:", 2, "thumbsup"]] });
divider("Thursday, December 3rd", "2353-12-03");
message("marigold", stamp("2353-12-03", 16, 2, 40), [`Board update: the Chair presented PTR-01 at the ${BOARD} today. The Board agreed to put public toilet closures into its Spending Review submission and wants a one-page briefing by 15 January. PTTG-44 closed.`], { reactions: [[":tada:", 4, "tada"]] });
divider("Friday, December 4th", "2353-12-04");
message("sunniva", stamp("2353-12-04", 16, 52, 18), ["Finance check on round 2 done: Ketterby Fen can recover the VAT on its works, so its award comes down by £6,500 to £88,500. Total recommended is now £418,500, leaving £31,500 for round 3."], { edited: true });
divider("Monday, December 7th", "2353-12-07");
message("poll", stamp("2353-12-07", 10, 15, 0), [
  "*Chair's briefing for the 14 January meeting – which slot works?* (poll by @{leofric})",
  ":one: Tue 5 Jan, 10am `2` @{marigold} @{idris}",
  ":two: Thu 7 Jan, 2pm `4` @{chair} @{marigold} @{idris} @{leofric}",
  ":three: Fri 8 Jan, 11am `1` @{sunniva}",
]);
message("leofric", stamp("2353-12-07", 15, 30, 44), ["Chair's briefing fixed for Thu 7 Jan at 2pm on Teams – invite sent :date:"]);
divider("Tuesday, December 8th", "2353-12-08");
message("leofric", stamp("2353-12-08", 9, 31, 9), ["The late paper for item 6 (round 2 awards) went to members by email at 09:14. Apologies for 14 Jan so far: Cllr Garside (who has declared an interest in the Orchardleigh bid anyway) and Cllr Oyelaran."]);
message("leofric", stamp("2353-12-08", 9, 33, 50), [], { deleted: true });
divider("Yesterday", "2353-12-09");
message("sunniva", stamp("2353-12-09", 11, 41, 5), ["PTTG-46 is now Blocked: Dunstanmoor's legal team still hasn't signed the joint procurement agreement, so the tender notice will probably slip into January. @{marigold} can you raise it with the Chair?"], { thread: { n: 2, last: "Last reply today", avatars: ["marigold"] } });

// ---------------------------------------------------------------- the open thread (flexpane)
const pane = [];
const paneOut = ["Thread", "#pttg"];
message("idris", odp04, odp04Text, {}, pane, paneOut);
pane.push('<div class="p-threads_flexpane__reply_count"><span>3 replies</span><hr></div>');
paneOut.push("3 replies");
message("marigold", stamp("2353-11-25", 14, 41, 33), ["Thanks Idris. I'll put a note in the Q3 report and tell the Chair before the January meeting."], {}, pane, paneOut);
message("chair", stamp("2353-11-25", 15, 2, 10), ["Noted, thank you. Please make sure Cllr Threlkeld hears first, as she raised it."], {}, pane, paneOut);
message("idris", stamp("2353-11-25", 15, 5, 47), ["Will do."], {}, pane, paneOut);

// ---------------------------------------------------------------- the page
const sidebar = `<nav class="p-channel_sidebar" aria-label="Channels and direct messages"><div class="p-ia4_home_header_menu__team_name">LGA Places</div>
<div class="p-channel_sidebar__static_list"><div role="tree"><div class="p-channel_sidebar__section_heading_label">Channels</div>
${["general", "places-board", "pttg", "open-doors-data", "random"].map((c) => `<div role="treeitem" class="p-channel_sidebar__channel${c === "pttg" ? " p-channel_sidebar__channel--selected" : ""}"><span class="p-channel_sidebar__name">${c}</span></div>`).join("\n")}
<div class="p-channel_sidebar__section_heading_label">Direct messages</div>
${["Marigold Achterberg", "Idris Fawkener", "Sunniva Greatorex"].map((n) => `<div role="treeitem" class="p-channel_sidebar__channel"><span class="p-channel_sidebar__name">${n}</span></div>`).join("\n")}
<div class="p-channel_sidebar__section_heading_label">Apps</div><div role="treeitem" class="p-channel_sidebar__channel"><span class="p-channel_sidebar__name">Simple Poll</span></div><div role="treeitem" class="p-channel_sidebar__channel"><span class="p-channel_sidebar__name">Workflow Builder</span></div>
</div></div></nav>`;
const header = `<div class="p-view_header p-view_header--tiles"><div class="p-view_header__text"><button class="p-view_header__channel_title" type="button" data-qa="channel_name_button"><i class="c-icon c-icon--lock" aria-hidden="true"></i><span class="p-view_header__channel_name">pttg</span></button></div>
<div class="p-view_header__topic" data-qa="channel_topic">Public Toilets Task Group: officers and the Chair. Next meeting Thursday 14 January 2354, 10.30am, Room 4.3 and Zoom.</div>
<div class="p-view_header__member_count" data-qa="channel_header_members_button"><span>6</span></div></div>
<div class="p-view_header__tabs" role="tablist"><span role="tab" aria-selected="true">Messages</span><span role="tab">Canvas</span><span role="tab">Pins 2</span><span role="tab">Files</span></div>`;
out.unshift("pttg", "Public Toilets Task Group: officers and the Chair. Next meeting Thursday 14 January 2354, 10.30am, Room 4.3 and Zoom.");
const page = `<!DOCTYPE html>
<!-- saved from url=(0061)https://app.slack.com/client/T06LGAPL4CE/${CH} -->
<html lang="en-GB" class="supports_custom_scrollbar"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="referrer" content="no-referrer"><meta name="superfish" content="nofish">
<title>pttg (Channel) - LGA Places - Slack</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="https://a.slack-edge.com/bv1-13/slack-kit-styles.8f2c1e9.primer.min.css" rel="stylesheet" type="text/css">
<style>.offscreen{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}.c-message_kit__time--hover{visibility:hidden}.c-message__body--deleted{color:#868686}.c-app_badge{font-size:10px;background:#e8e8e8;padding:0 3px;margin:0 4px}</style>
<script>window.TS||(window.TS={});TS.boot_data={team_id:"T06LGAPL4CE",version_ts:12119112000,feature_virtual_list:true};</script>
</head><body class="c-client-body"><div id="app" class="p-client_container"><div class="p-client p-client--ia-top-nav">
<div class="p-top_nav" role="banner"><button class="p-top_nav__search" type="button"><span class="p-top_nav__search__text">Search LGA Places</span></button></div>
<div class="p-client_workspace_wrapper"><div class="p-client_workspace"><div class="p-client_workspace__layout">
${sidebar}
<div class="p-workspace__primary_view" role="main" aria-label="Channel pttg">
${header}
<div class="p-message_pane p-message_pane--classic-nav" data-qa="message_pane"><div class="c-virtual_list c-virtual_list--scrollbar c-message_list" role="list" aria-label="pttg (channel)" data-qa="slack_kit_list"><div class="c-virtual_list__scroll_container" role="presentation">
${list.join("\n")}
</div></div></div>
<div class="p-message_input" data-qa="message_input"><div class="ql-editor ql-blank" contenteditable="true" role="textbox" aria-label="Message pttg" data-placeholder="Message #pttg"><p><br></p></div></div>
</div>
<div class="p-flexpane p-flexpane--iap1" role="complementary" aria-label="Thread in pttg"><div class="p-flexpane_header"><span class="p-flexpane_header__title">Thread</span><span class="p-flexpane_header__subtitle">#pttg</span></div><div class="p-threads_flexpane">
${pane.join("\n")}
</div><div class="p-message_input"><div class="ql-editor ql-blank" contenteditable="true" role="textbox" aria-label="Reply…"><p><br></p></div></div></div>
</div></div></div></div></div></body></html>
`;
writeFileSync(join(root, "docs", FILE), page);
writeFileSync(join(root, "text", BASE + ".txt"), [...out, ...paneOut].join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length + paneOut.length} rendering lines)`);
