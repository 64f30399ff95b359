// Builds docs/workforce-board-meeting-outcome-2024-02-15.txt (the LGA media office's "outcome of the
// meeting" note on the Workforce Board of 14 February 2024, plain text in press-release style) and its
// rendering text/workforce-board-meeting-outcome-2024-02-15.txt from the same content.
//
//   node src/build-outcome-txt.mjs
//
// Layout: plain text hard-wrapped at 70 columns; a capitals slug line and headline, then "For:",
// "Issued:" and "Status:" lines; short paragraphs under headings that name the minute they come from
// ("Programmes dashboard (minute 23/24/15)"); dates written the way a press officer types them ("Weds
// 14th Feb", "Fri 8th Mar", no year) and amounts rounded ("£1.2m", "£61k", "£2.1bn", "10%"); a quotation
// from the Chair; "ENDS"; numbered "Notes for staff" with hanging indents. The note refers back to the
// minutes and the dashboard and repeats their facts in its own words.
// Rendering: a wrapped paragraph or note is joined into one line; blank lines are dropped.
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "workforce-board-meeting-outcome-2024-02-15";
const WIDTH = 70;

// blocks: ["line", text] (never wrapped), ["h", text], ["p", text], ["note", n, text], ["blank"]
const B = [
  ["line", "LGA MEDIA OFFICE - OUTCOME OF THE MEETING"],
  ["line", "WORKFORCE BOARD, WEDS 14TH FEB"],
  ["blank"],
  ["p", "Red lights on planning and digital skills as Workforce Board opens pay consultation"],
  ["blank"],
  ["line", "For: LGA staff, Board members and the press office"],
  ["line", "Issued: Thurs 15th Feb, 9.30am"],
  ["line", "Status: summary of outcomes - not the formal minutes"],
  ["blank"],
  ["p", "The LGA's Workforce Board met on Weds 14th Feb at 18 Smith Square, with some members joining online, chaired by Cllr Harriet Oxenbould (Calderdale). This note sums up what the Board agreed. The formal record is the draft minutes, 23/24/13 to 23/24/20, which go to the Board for approval on Weds 17th Apr."],
  ["h", "Programmes dashboard (minute 23/24/15)"],
  ["p", "Two of the Board's eight workforce programmes are now red on the Q3 dashboard, up from one at the end of Q2: Planning Capacity and Skills, and Digital Skills for the Workforce. Across all eight, £4.8m of this year's £8.1m budget (60%) had been spent by the end of December."],
  ["p", "The £2.45m planning programme has spent £0.78m so far, with only 41 of its 100 funded trainee planner places filled. Members asked for a recovery plan, which will come to the April meeting. The £0.5m digital skills programme has spent just £61k: its supplier contract was signed on Mon 29th Jan, three months late, and an underspend of about £240k is expected."],
  ["p", "The £1.2m social work recruitment and retention programme stays amber while councils wait for the Government's national rules on agency social workers, now expected in the spring."],
  ["h", "Risk register (minute 23/24/16)"],
  ["p", "The Board agreed to close the risk on the launch of the careers campaign (WB-R6), which went live on Mon 15th Jan as planned. The digital skills contract risk (WB-R7) has doubled, from 8 to 16. The pay risk stays at 'treat'."],
  ["h", "Pay 2024/25 (minute 23/24/17)"],
  ["p", "The unions' claim, submitted on Fri 26th Jan, asks for at least £3,000 or 10% on all pay points, whichever is greater, from 1st April. Officers put the cost at around £2.1bn for councils in England. The LGA will consult every council in England on its response: the consultation goes out by Weds 21st Feb and closes on Fri 8th Mar, and the results go to the National Employers."],
  ["h", "Apprenticeship levy (minute 23/24/18)"],
  ["p", "The Board agreed three asks of Government: unspent levy funds to expire after 36 months rather than 24 (the paper had proposed 30 months; the Board went further on a proposal from Cllr Alasdair Rennison); the cap on transfers of levy funds to other employers to rise from 25% to 50%; and levy funds to be usable for pre-apprenticeship programmes. The Chair will write to the Education Secretary by Fri 1st Mar."],
  ["h", "Workforce equality survey (minute 23/24/19)"],
  ["p", "219 councils took part in the 2023 survey. Women are 77% of the workforce but 41% of chief executives. The full report will be published on Thurs 7th Mar, the day before International Women's Day."],
  ["h", "Quote"],
  ["p", "Cllr Harriet Oxenbould, Chair of the LGA's Workforce Board, said: \"Councils cannot deliver the homes and services their communities need without the planners, social workers and care staff to do it. We will not let funded trainee places go unfilled, and we want every council's voice heard before the National Employers respond to this year's pay claim.\""],
  ["blank"],
  ["line", "ENDS"],
  ["blank"],
  ["h", "Notes for staff"],
  ["note", "1.", "The Q3 programmes dashboard is on the Members' Portal (Dashboards > Workforce Board). The risk register was item 4 on the agenda."],
  ["note", "2.", "Next meeting: Weds 17th Apr, 11am, 18 Smith Square (in person only)."],
  ["note", "3.", "Media enquiries: LGA media office, 020 7946 0837, media@local.gov.uk. Board enquiries: Lucinda Mapperley, 020 7946 0826."],
];

const wrap = (text, width, first = "", rest = "") => {
  const out = [];
  let cur = first;
  let empty = true;
  for (const w of text.split(" ")) {
    if (!empty && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = rest + w;
    } else cur = empty ? cur + w : cur + " " + w;
    empty = false;
  }
  out.push(cur);
  return out;
};
const D = [];
const R = [];
let prev = null;
for (const b of B) {
  if (b[0] === "blank") D.push("");
  else if (b[0] === "line") {
    D.push(b[1]);
    R.push(b[1]);
  } else if (b[0] === "h") {
    if (prev && prev[0] !== "blank") D.push("");
    D.push(b[1]);
    R.push(b[1]);
  } else if (b[0] === "p") {
    if (prev && prev[0] === "p") D.push("");
    D.push(...wrap(b[1], WIDTH));
    R.push(b[1]);
  } else if (b[0] === "note") {
    D.push(...wrap(b[2], WIDTH, b[1] + " ", " ".repeat(b[1].length + 1)));
    R.push(`${b[1]} ${b[2]}`);
  }
  prev = b;
}
for (const l of D) if (l.length > WIDTH) throw new Error("line over width: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), D.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${D.length} lines) and text/${BASE}.txt`);
