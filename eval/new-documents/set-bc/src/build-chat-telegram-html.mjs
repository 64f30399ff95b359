// Builds docs/urctg-members-and-officers-chat-export-2164-03-12.html and its rendering in text/.
// Layout: A TELEGRAM DESKTOP CHAT EXPORT ("Export chat history", format HTML: the `messages.html` of a
// `ChatExport_2164-03-12` folder, its css/js/photos/files links left dangling), of the Task Group's group
// chat "URCTG members & officers", 30 January – 12 March 2164. Telegram's own markup: a page header with
// the chat's name, then `<div class="history">` of messages – DATE SEPARATORS as service messages ("9
// February 2164"); each message a `div.message.default` with a userpic circle of INITIALS, the TIME ONLY
// ("09:02") whose full date and time live in the `title` attribute ("09.02.2164 08:14:22 UTC+00:00"), the
// sender's DISPLAY NAME AS THEY SET IT ("Sabine T-M (Chair)", "Des Okafor-Blyth", "Ismay | URCTG clerk",
// "Toby Nettleford") – never the papers' form – and the text with `<br>` line breaks; a sender's next
// messages as "joined" messages WITH NO NAME AND NO USERPIC, so who wrote them is only the message above;
// REPLIES as "In reply to this message" links to a message id; a FORWARDED message (an outside channel's
// name and the original date inside `div.forwarded`); SERVICE MESSAGES for members removed and invited and
// a message pinned; a POLL with its options and vote counts ("Anonymous poll", "12 votes"); FILES as name
// and size; a photo; emoji reactions with counts. Facts that matter are spread over turns: an apology
// later taken back, a decision between meetings in three messages by three people, a meeting moved.
// Rendering: the history in order, a date separator or service message as a line; a message as
// "time display name: text" (a joined message "time text"), a reply with "(in reply to this message)"
// after the name, `<br>` as a space; a forwarded message's source and date, then its text; a poll's and a
// file's parts a line each.
// Synthetic test fixture: every person, message and figure is invented.
//   node src/build-chat-telegram-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, O, P, UD, CONTINGENCY_AFTER, POLL, gbp, NRSU } from "./common.mjs";

const FILE = DOCS.chat;
const BASE = basename(FILE, extname(FILE));
const NAME = {
  ptolemy: "Ptolemy Hollowell | LGA", henrietta: "Henrietta Obi-Lockwood", ismay: "Ismay | URCTG clerk", augustin: "Augustin Cheverton",
  ...Object.fromEntries(Object.values(P).filter((p) => p.tg).map((p) => [p.k, p.tg])),
};
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const initials = (n) => n.replace(/\(.*?\)|\|.*$/g, "").trim().split(/\s+/).map((w) => w[0]).filter((c) => /[A-Z]/.test(c)).slice(0, 2).join("");
const UP = { ptolemy: 4, henrietta: 7, ismay: 2, augustin: 6 };
const userpicN = (k) => UP[k] ?? (Object.keys(P).indexOf(k) % 8) + 1;

// the history: [kind, ...]. msg: {date "dd.mm.yyyy", time "hh:mm:ss", who, text, reply (index into history), file, poll, photo, fwd, react}
const H = [];
const day = (s) => H.push({ kind: "date", text: s });
const svc = (text, o = {}) => H.push({ kind: "service", text, ...o });
const msg = (d, t, who, text, o = {}) => { H.push({ kind: "msg", d, t, who, text, ...o }); return H.length - 1; };

day("30 January 2164");
msg("30.01.2164", "09:02:41", "ptolemy", "Morning all. The workshop board from Wednesday is here – thanks to everyone who came:\nhttps://miro.com/app/board/uXjVN3k2Rr8=/\nTop three by dots: bin stores in flats, enforcing the baiting agreement, free treatments in hotspot wards. I'll turn it into a paper for March.");
msg("30.01.2164", "09:20:05", "quillingford", "Thanks Ptolemy, really useful session", { react: [["👍", 4]] });
const m3 = msg("30.01.2164", "09:21:47", "quillingford", "Can we make sure the sensor supplier problem is in the March report?");
msg("30.01.2164", "09:40:13", "ptolemy", "Yes – it'll be in item 4 and on the risk register.", { reply: m3 });
day("6 February 2164");
msg("06.02.2164", "16:10:32", "ismay", "Sad news to share: Cllr Crispin Aldwinckle has stood down from the Task Group today, as he is taking up a Cabinet post at Ashcarrow. Ashcarrow will nominate a replacement.");
svc(`${NAME.ismay} removed Crispin Aldwinckle`, { d: "06.02.2164", t: "16:12:03" });
day("8 February 2164");
msg("08.02.2164", "11:05:26", "ptolemy", "Resistance bulletin 2164/02\nThe L120Q mutation is now confirmed in 41% of brown rat samples tested from Stowmarden (38% in November) and in 24% from Kessingmoor. It has been found for the first time in Ashcarrow (3 of 27 samples). Councils in affected areas should not use bromadiolone or difenacoum outdoors.", { fwd: { name: "NRSU Resistance Bulletins", d: "08.02.2164", t: "10:30:00" } });
msg("08.02.2164", "11:06:10", "ptolemy", "FYI Ashcarrow is new. Barnaby – worth raising with the water companies?");
msg("08.02.2164", "11:31:54", "fettiplace", "Will do. Ouselow still haven't replied to our December letter btw.");
day("9 February 2164");
const m10 = msg("09.02.2164", "08:14:22", "drinkwater", "Heads up – Saltings Primary in Brinemouth closed this morning, rats found in the kitchen and the dining hall. Environmental health are on site. The school can't reopen until the proofing is done. Could the Fund help?", { photo: "photo_3@09-02-2164_08-14-22" });
const m11 = msg("09.02.2164", "08:30:09", "thwaite", "That's awful. Henrietta, can we use the contingency? Round 2 won't be decided until March.");
msg("09.02.2164", "09:02:51", "henrietta", "Yes – under the urgent decisions paragraph of the terms of reference you can approve up to £25,000 from the contingency after consulting Des. Brinemouth's estimate is £24,000. I'll draft the decision record today.", { reply: m11 });
day("13 February 2164");
msg("13.02.2164", "10:47:30", "okafor", "Consulted on the Saltings decision – happy to support.");
msg("13.02.2164", "14:20:15", "henrietta", `Urgent decision ${UD.ref} is signed: ${gbp(UD.amount)} from the programme contingency to ${UD.council} for emergency proofing works at ${UD.school} (closed since 9 February). That leaves ${gbp(CONTINGENCY_AFTER)} in the contingency. It will be reported to the March meeting.`, { file: [`${UD.ref} decision record (signed).pdf`, "188.4 KB"] });
msg("13.02.2164", "14:21:02", "henrietta", "Brinemouth will withdraw round 2 bid RPF2-09, as it covered the same works.");
msg("13.02.2164", "14:35:48", "drinkwater", "Thank you all. The school reopens on Monday 🙏", { reply: m10, react: [["❤", 5]] });
day("20 February 2164");
svc(`${NAME.ismay} invited Gwilym Stennett`, { d: "20.02.2164", t: "09:00:12" });
msg("20.02.2164", "09:01:40", "ismay", "Welcome Gwilym! Cllr Gwilym Stennett (Ashcarrow) replaces Crispin on the Task Group from today.");
const m19 = msg("20.02.2164", "09:15:27", "stennett", "Thanks Ismay, looking forward to it. Is there an induction pack?");
msg("20.02.2164", "09:22:08", "ismay", "Sent to your council email 👍", { reply: m19 });
day("1 March 2164");
msg("01.03.2164", "10:02:33", "henrietta", "Appendix A for item 5: the export of all 14 round 2 bids from the assessment base.", { file: ["Round 2 bids-All bids – by score.csv", "9.6 KB"] });
msg("01.03.2164", "10:03:51", "henrietta", "Members whose councils have bid – please remember to declare an interest under item 2 on the 14th. The 'Task Group member' column shows who.");
msg("01.03.2164", "11:15:06", "sandhu", "Noted. I'll declare on item 5 for Kessingmoor's bid (RPF2-08) – I'm the cabinet member for environment there, so I'll leave the room for it.");
day("5 March 2164");
msg("05.03.2164", "15:40:19", "ismay", "", { poll: POLL });
msg("05.03.2164", "15:52:44", "mbeki", "Sorry all, I can't make the 14th – hospital appointment. Apologies please Ismay.");
const m26 = msg("05.03.2164", "16:05:11", "winterflood", "Apols from me for the 14th too, I'm at a planning inquiry. Anjali Ferrow has said she'll sub for me.");
msg("05.03.2164", "16:07:37", "ismay", "Thanks Leo – I'll send Anjali the papers and the Teams link.", { reply: m26 });
msg("05.03.2164", "18:20:02", "nettleford", "I may have to send apologies as well, family thing");
day("6 March 2164");
const m29 = msg("06.03.2164", "09:30:45", "ismay", "The agenda pack for 14 March is published. Appendix A to item 5 and the workshop board are separate files (above).", { file: ["URCTG agenda pack 14 March 2164.docx", "2.1 MB"] });
svc(`${NAME.ismay} pinned `, { d: "06.03.2164", t: "09:31:10", pin: m29 });
msg("06.03.2164", "12:44:18", "nettleford", "Scratch my message from last night, I'll be there in person after all.");
day("9 March 2164");
msg("09.03.2164", "17:05:27", "thwaite", "Two things.\n1) Pre-meeting for lead members on the 14th is at 9.30am in Room 3.2.\n2) The June meeting is moving from 20 June to Wednesday 27 June – the 20th clashes with the Board's away day. Ismay will send new invitations.");
msg("09.03.2164", "17:12:40", "ismay", "Will do – invitations out tomorrow.");
const m34 = msg("09.03.2164", "17:30:55", "cottesmore", "Will there be anything on food waste fly-tipping? RRM-09 has gone red.");
msg("09.03.2164", "17:41:09", "ptolemy", "Yes, it's in item 4 (paragraph 3). The Thornabury and Pellowick contractors stopped weekend collections in November.", { reply: m34 });
day("12 March 2164");
msg("12.03.2164", "08:55:31", "drinkwater", "Might be 10 mins late on Wednesday – train strike. Will be in the room.");
msg("12.03.2164", "09:10:02", "augustin", "The papers for the Part B item on Ouselow Water will be handed out in the room only – please don't forward anything about it on here.");

// ------------------------------------------------------------------ HTML, as Telegram Desktop writes it
let id = 2731;
for (const h of H) h.id = h.kind === "date" ? null : (id += h.kind === "msg" && h.who === "ismay" ? 2 : 1);
let dateN = -1;
for (const h of H) if (h.kind === "date") h.id = dateN--;
const body = (s) => esc(s).replace(/\n/g, "<br>");
const html = [];
html.push(`<!DOCTYPE html>
<html>

 <head>

  <meta charset="utf-8"/>
<title>Exported Data</title>

  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>

  <link href="css/style.css" rel="stylesheet"/>

  <script src="js/script.js" type="text/javascript">

  </script>

 </head>

 <body onload="CheckLocation();">

  <div class="page_wrap">

   <div class="page_header">

    <div class="content">

     <div class="text bold">
URCTG members &amp; officers
     </div>

    </div>

   </div>

   <div class="page_body chat_page">

    <div class="history">
`);
const out = [];
let prevWho = null;
for (const [i, h] of H.entries()) {
  if (h.kind === "date") {
    html.push(`     <div class="message service" id="message${h.id}">

      <div class="body details">
${h.text}
      </div>

     </div>
`);
    out.push(h.text);
    prevWho = null;
    continue;
  }
  if (h.kind === "service") {
    const pin = h.pin != null ? `<a href="#go_to_message${H[h.pin].id}" onclick="return GoToMessage(${H[h.pin].id})">this message</a>` : "";
    html.push(`     <div class="message service" id="message${h.id}">

      <div class="body details">
${esc(h.text)}${pin}
      </div>

     </div>
`);
    out.push(h.text + (h.pin != null ? "this message" : ""));
    prevWho = null;
    continue;
  }
  const joined = prevWho === h.who && !h.fwd;
  prevWho = h.who;
  const name = NAME[h.who];
  const parts = [];
  parts.push(`     <div class="message default clearfix${joined ? " joined" : ""}" id="message${h.id}">
`);
  if (!joined) parts.push(`      <div class="pull_left userpic_wrap">

       <div class="userpic userpic${userpicN(h.who)}" style="width: 42px; height: 42px">

        <div class="initials" style="line-height: 42px">
${initials(name)}
        </div>

       </div>

      </div>
`);
  parts.push(`      <div class="body">

       <div class="pull_right date details" title="${h.d} ${h.t} UTC+00:00">
${h.t.slice(0, 5)}
       </div>
`);
  if (!joined) parts.push(`
       <div class="from_name">
${esc(name)} 
       </div>
`);
  if (h.reply != null) parts.push(`
       <div class="reply_to details">
In reply to <a href="#go_to_message${H[h.reply].id}" onclick="return GoToMessage(${H[h.reply].id})">this message</a>
       </div>
`);
  let line = `${h.t.slice(0, 5)} ${joined ? "" : name + (h.reply != null ? " (in reply to this message)" : "") + ": "}`;
  if (h.fwd) {
    parts.push(`
       <div class="forwarded body">

        <div class="from_name">
${esc(h.fwd.name)}<span class="date details" title="${h.fwd.d} ${h.fwd.t} UTC+00:00"> ${h.fwd.d} ${h.fwd.t}</span>
        </div>

        <div class="text">
${body(h.text)}
        </div>

       </div>
`);
    out.push(`${line}${h.fwd.name} ${h.fwd.d} ${h.fwd.t}`);
    out.push(h.text.replace(/\n/g, " "));
  } else if (h.poll) {
    parts.push(`
       <div class="media_wrap clearfix">

        <div class="media_poll">

         <div class="question bold">
${esc(h.poll.q)}
         </div>

         <div class="details">
Anonymous poll
         </div>
${h.poll.opts.map(([o, n]) => `
         <div class="answer">
- ${esc(o)} <span class="details">${n} votes</span>
         </div>
`).join("")}
         <div class="total details">
${h.poll.opts.reduce((t, o) => t + o[1], 0)} votes
         </div>

        </div>

       </div>
`);
    out.push(line.trimEnd());
    out.push(h.poll.q);
    out.push("Anonymous poll");
    for (const [o, n] of h.poll.opts) out.push(`- ${o} ${n} votes`);
    out.push(`${h.poll.opts.reduce((t, o) => t + o[1], 0)} votes`);
  } else {
    if (h.photo) parts.push(`
       <div class="media_wrap clearfix">

        <a class="photo_wrap clearfix pull_left" href="photos/${h.photo}.jpg">

         <img class="photo" src="photos/${h.photo}_thumb.jpg" style="width: 260px; height: 195px"/>

        </a>

       </div>
`);
    if (h.file) parts.push(`
       <div class="media_wrap clearfix">

        <a class="media clearfix pull_left block_link media_file" href="files/${esc(h.file[0])}">

         <div class="fill pull_left">

         </div>

         <div class="body">

          <div class="title bold">
${esc(h.file[0])}
          </div>

          <div class="status details">
${h.file[1]}
          </div>

         </div>

        </a>

       </div>
`);
    parts.push(`
       <div class="text">
${body(h.text).replace(/(https:\/\/\S+?)(<br>|$)/, '<a href="$1">$1</a>$2')}
       </div>
`);
    if (h.file) { out.push(line.trimEnd()); out.push(h.file[0]); out.push(h.file[1]); out.push(h.text.replace(/\n/g, " ")); }
    else out.push(line + h.text.replace(/\n/g, " "));
  }
  if (h.react) {
    parts.push(`
       <span class="reactions">
${h.react.map(([e, n]) => `        <span class="reaction">
         <span class="emoji">${e}</span>
         <span class="count">${n}</span>
        </span>`).join("\n")}
       </span>
`);
    for (const [e, n] of h.react) out.push(`${e} ${n}`);
  }
  parts.push(`
      </div>

     </div>
`);
  html.push(parts.join(""));
}
html.push(`    </div>

   </div>

  </div>

 </body>

</html>
`);
writeFileSync(join(root, "docs", FILE), html.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
