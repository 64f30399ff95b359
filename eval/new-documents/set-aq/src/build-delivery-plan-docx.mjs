// Builds docs/pollinators-verges-task-group-delivery-plan-2092-93-q2.docx and its rendering in text/.
// Layout: a Word progress report whose status cells hold NO word at all: each is only a shaded fill
// colour (blue / green / amber / red / grey); the colours are explained in a key table in Appendix A.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-delivery-plan-docx.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, BODY, PARENT, OFFICERS } from "./common.mjs";
import { buildDocx, renderText } from "./docx-kit.mjs";

const BASE = "pollinators-verges-task-group-delivery-plan-2092-93-q2";
const FILL = { B: "0070C0", G: "00B050", A: "FFC000", R: "FF0000", N: "BFBFBF" };
const sw = (k) => ({ text: "", fill: FILL[k] }); // a status cell: colour only

const { burstow, frogley, ivatt, jeffcoate, stribling } = OFFICERS;
const B = [];
const meta = (text) => B.push({ t: "meta", text });
const title = (text) => B.push({ t: "title", text });
const h1 = (text) => B.push({ t: "h1", text });
const cap = (text) => B.push({ t: "caption", text });
const p = (text, label, o = {}) => B.push({ t: "p", text, label, ...o });
const table = (header, rows, widths, o = {}) => B.push({ t: "table", header, rows, widths, ...o });

meta(BODY);
meta("3 December 2092");
meta("Item 4");
title("Delivery plan 2092/93: progress at quarter 2");
p("For decision.", "Purpose of report:");
p(
  "This report sets out progress against the Task Group's delivery plan for 2092/93 at the end of quarter 2 (1 July to 30 September 2092). Of the 12 milestones, 2 are complete, 5 are on track, 3 have some slippage, 1 is off track and 1 is not due to start. Of the six indicators, one target has been met, two are on track, one has some slippage and two are off track. The status of each milestone and indicator is shown by the colour of its status cell; the colours are explained in the key at Appendix A.",
  "Summary:",
);
p("☐ Yes ☒ No", "Is this report confidential?");
p("That the Task Group:", "Recommendations:");
p("(a) notes progress against the delivery plan at quarter 2;", undefined, { indent: 567 });
p("(b) agrees a revised date of 31 March 2093 for milestone PVD-07, the good practice guide on invasive non-native species (paragraph 7); and", undefined, { indent: 567 });
p("(c) agrees that the LGA's response to the national pesticides action plan consultation (PVD-06) is submitted within eight weeks of the consultation opening, signed off by the Chair and the lead member for weed control (paragraph 8).", undefined, { indent: 567 });
p("Officers to update the delivery plan as members direct.", "Action:");
p(burstow.name, "Contact officer:");
p(burstow.post, "Position:");
p(burstow.phone, "Phone no:");
p(burstow.email, "Email:");

h1("Background");
p(`1. The delivery plan for 2092/93 was agreed by the ${PARENT} on 25 June 2092, and the Task Group considered the quarter 1 position at its meeting on 17 September 2092. This is the second progress report. The plan has 12 milestones (PVD-01 to PVD-12) and six indicators (PVK-1 to PVK-6).`);
p("2. Table 1 shows the milestones and Table 2 the indicators. For each milestone the status at the end of quarter 1 and at the end of quarter 2 is shown by the colour of the cell; for each indicator, the figure at each quarter end and the status at quarter 2.");
h1("Progress");
p("3. Two milestones are now complete. The Verges for Pollinators model management guidance was published on 14 August 2092 and had been downloaded 1,146 times by 30 September. Round 2 of the Cut and Collect Equipment Fund opened on 1 July and closed on 5 September 2092 with 23 bids; the recommended awards are in the separate report at item 6.");
p("4. The interim evaluation of the Pesticide-Free Pavements Pilot was due in November. Monitoring data from two of the six pilot councils arrived six weeks late, so the evaluation will be presented at this meeting (item 5) instead of being circulated in November.");
p("5. Procuring a training provider for the Verge Champions programme has taken longer than planned. The contract is expected to be signed by the end of November and the first training sessions are now planned for February 2093, not January. No volunteers had been trained by 30 September (PVK-5).");
p("6. The verge survey 2092 opened on 1 September and closes on 31 October 2092. By 30 September, 64 highway authorities had responded.");
h1("Changes proposed");
p("7. PVD-07, the good practice guide on managing Japanese knotweed, giant hogweed and Himalayan balsam on council land, cannot be published in December. Only 31 of the 148 councils asked had answered the invasive species survey by 30 September, too few to base the guide on, and the survey has been reopened until 31 January 2093. Officers recommend a revised publication date of 31 March 2093.");
p("8. PVD-06 depends on the Government publishing its consultation on a national pesticides action plan. Publication was expected in the summer but had not happened when this report was written. So that the LGA can respond quickly once the consultation opens, officers propose that the response is submitted within eight weeks of its opening and signed off by the Chair and the lead member for weed control.");
h1("Financial implications");
p("9. The delivery plan is funded from the Task Group's programme budget of £310,000 for 2092/93. Spending to 30 September 2092 was £118,450 and the forecast outturn is £296,000. Grants from the Cut and Collect Equipment Fund (£1,200,000 in round 2) are paid from a separate grant budget and are not included in these figures.");
h1("Next steps");
p("10. Officers will update the plan in the light of members' decisions and report the quarter 3 position to the Task Group's meeting on 4 March 2093.");

cap("Table 1: Milestones 2092/93 – status at the end of quarter 1 and quarter 2 (see the key at Appendix A)");
table(
  ["Ref", "Milestone", "Lead officer", "Due", "Q1", "Q2", "Commentary"],
  [
    ["PVD-01", "Publish the Verges for Pollinators model management guidance for highway authorities", burstow.name, "August 2092", sw("G"), sw("B"), "Published 14 August 2092; 1,146 downloads by 30 September."],
    ["PVD-02", "Hold four regional cut-and-collect demonstration days", burstow.name, "October 2092", sw("G"), sw("G"), "Three held (Lincolnshire 9 July, Wiltshire 20 August, Leeds 17 September); Cornwall booked for 15 October 2092."],
    ["PVD-03", "Open round 2 of the Cut and Collect Equipment Fund", jeffcoate.name, "July 2092", sw("G"), sw("B"), "Opened 1 July, closed 5 September 2092: 23 bids worth £2,870,400."],
    ["PVD-04", "Award round 2 grants", jeffcoate.name, "December 2092", sw("N"), sw("G"), "Assessment of bids finished 14 November; awards recommended at item 6 of this meeting."],
    ["PVD-05", "Pesticide-Free Pavements Pilot: interim evaluation report", frogley.name, "November 2092", sw("G"), sw("A"), "Data from two pilot councils arrived six weeks late; evaluation now at item 5 of this meeting."],
    ["PVD-06", "LGA response to the national pesticides action plan consultation", frogley.name, "September 2092", sw("A"), sw("A"), "Consultation not yet published by the Government; see paragraph 8."],
    ["PVD-07", "Good practice guide: Japanese knotweed and other invasive non-native species on council land", ivatt.name, "December 2092", sw("G"), sw("R"), "31 of 148 councils answered the survey; survey reopened to 31 January 2093; revised date of 31 March 2093 proposed."],
    ["PVD-08", "Verge survey 2092 of all highway authorities", burstow.name, "November 2092", sw("G"), sw("G"), "Opened 1 September; 64 responses by 30 September; closes 31 October 2092."],
    ["PVD-09", "Launch the Verge Champions volunteer training programme", ivatt.name, "January 2093", sw("G"), sw("A"), "Training provider contract delayed; first sessions now February 2093."],
    ["PVD-10", "Member peer-learning session on weed control contracts", frogley.name, "January 2093", sw("N"), sw("G"), "Venue booked in Sheffield for 20 January 2093."],
    ["PVD-11", "Joint statement with highway engineers on safety cuts at junctions and bends", burstow.name, "June 2093", sw("N"), sw("N"), "Work starts in quarter 4."],
    ["PVD-12", `Annual report of the Task Group to the ${PARENT}`, stribling.name, "June 2093", sw("N"), sw("G"), "Outline agreed with the Chair on 12 September 2092."],
  ],
  [850, 2900, 1350, 1050, 420, 420, 2640],
);
cap("Table 2: Indicators 2092/93 – figures at the end of quarter 1 and quarter 2, and status at quarter 2");
table(
  ["Ref", "Indicator", "Target 2092/93", "Q1", "Q2", "Status"],
  [
    ["PVK-1", "Highway authorities whose verge management policy provides for pollinators", "60%", "41%", "46%", sw("A")],
    ["PVK-2", "Kilometres of verge managed by cut-and-collect in funded councils (cumulative)", "1,800 km", "620 km", "1,240 km", sw("G")],
    ["PVK-3", "Councils taking part in the Pesticide-Free Pavements Pilot", "6", "6", "6", sw("B")],
    ["PVK-4", "Downloads of the Verges for Pollinators guidance", "2,000", "–", "1,146", sw("G")],
    ["PVK-5", "Verge Champions volunteers trained", "400", "0", "0", sw("R")],
    ["PVK-6", "Councils answering the invasive species survey", "100", "–", "31", sw("R")],
  ],
  [850, 4200, 1400, 1000, 1000, 1180],
);
B.push({ t: "pb" });
h1("Appendix A: Key to status colours");
p("The status cells in Tables 1 and 2 are coloured as follows.");
table(
  ["Colour", "Status", "What it means"],
  [
    [{ text: "Blue", fill: FILL.B, color: "FFFFFF" }, "Complete", "The milestone has been delivered, or the indicator's target has been met."],
    [{ text: "Green", fill: FILL.G }, "On track", "Expected to be delivered, or the target met, by the due date."],
    [{ text: "Amber", fill: FILL.A }, "Some slippage", "Behind plan, but action in hand should recover it within the year."],
    [{ text: "Red", fill: FILL.R, color: "FFFFFF" }, "Off track", "Will not be delivered by the due date without a decision by members."],
    [{ text: "Grey", fill: FILL.N }, "Not due to start", "Work is not planned to begin until a later quarter."],
  ],
  [1400, 2000, 6400],
);

const buf = await buildDocx(B, {
  title: "Delivery plan 2092/93: progress at quarter 2",
  subject: `${BODY}, 3 December 2092, item 4`,
  headerText: `${BODY} – 3 December 2092`,
});
writeFileSync(join(root, "docs", BASE + ".docx"), buf);
writeFileSync(join(root, "text", BASE + ".txt"), renderText(B));
console.log("wrote", BASE);
