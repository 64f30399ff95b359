// Builds docs/certg-meeting-request-2371-12-15-outlook.txt and its rendering in text/.
// Layout: AN OUTLOOK MEETING REQUEST SAVED AS TEXT (the organiser's calendar item, File > Save As > "Text
// Only (*.txt)", on 3 December 2371 after the request was updated): Outlook's block of item fields, each
// "Label:<TAB>value" – Subject, Location, then Start / End as "Wed 15/12/2371 10:30", Show Time As,
// Recurrence "(none)", Meeting Status, Organizer, THE ATTENDEES AS GLOBAL ADDRESS LIST DISPLAY NAMES
// ("Surname, Forename (Cllr)", "Surname, Forename") JOINED BY SEMICOLONS ON ONE LINE – the twelve members
// and three officers as Required Attendees, the three named substitutes, the analyst and a shared mailbox
// as Optional – and Resources (the room's mailbox); then the body as Outlook turns HTML into text: the
// clerk's note of what was updated, paragraphs, THE AGENDA TABLE AS TAB-SEPARATED LINES (time, item,
// lead by INITIALS, paper), DATES WITHOUT A YEAR ("Mon 13 Dec", "Fri 10 Dec"), the named substitutes
// by political group, the clerk's signature, and Teams' join block between rules of underscores
// (link text without the links, meeting ID, passcode, "Need help? | System reference", dial-in lines).
// Windows-1252 would lose the en dash, so the file is saved as UTF-8 with a byte order mark, CRLF.
// Rendering: every line as it stands, tabs as " | ", the rules of underscores and blank lines left out.
// Synthetic test fixture: every person, meeting and number is invented.
//   node src/build-meeting-request-outlook-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, OFFICERS as O, P, MEMBERS, SUBS, cllr, ROOM, ROOM_OLD } from "./common.mjs";

const FILE = DOCS.invite;
const BASE = basename(FILE, extname(FILE));
const gal = (k) => (P[k] ? `${P[k].sur}, ${P[k].fore} (Cllr)` : `${O[k].sur}, ${O[k].fore}`);
const RULE = "_".repeat(80);
const L = [];
L.push(`Subject:\t${SHORT} – ${BODY} – 15 December (updated: room change and item 6 added)`);
L.push(`Location:\t${ROOM}, London SW1P 3HZ; Microsoft Teams Meeting`);
L.push("");
L.push("Start:\tWed 15/12/2371 10:30");
L.push("End:\tWed 15/12/2371 13:00");
L.push("Show Time As:\tBusy");
L.push("");
L.push("Recurrence:\t(none)");
L.push("");
L.push("Meeting Status:\tMeeting organiser");
L.push("");
L.push(`Organizer:\t${gal("ph")}`);
L.push(`Required Attendees:\t${[...MEMBERS.map((p) => gal(p.k)), gal("af"), gal("kr"), gal("mt")].join("; ")}`);
L.push(`Optional Attendees:\t${[...SUBS.map((p) => gal(p.k)), gal("si"), "Democratic Services (shared mailbox)"].join("; ")}`);
L.push("Resources:\tSmith Square Room 1.1 (24)");
L.push("");
L.push("UPDATED 3 December: the meeting has moved to Room 1.1 (Room 2.4 is closed for repairs) and item 6 has been added. Nothing else has changed.");
L.push("");
L.push("Dear members,");
L.push("");
L.push(`This is the meeting request for the next meeting of the ${BODY}, on Wednesday 15 December from 10:30 to 13:00, in person in Room 1.1 or on Teams. Lunch will be in Room 1.2 afterwards.`);
L.push("");
L.push("Papers will be published on Wed 8 Dec. If you cannot attend, please tell me by Fri 10 Dec and ask your group's named substitute to attend in your place:");
L.push("");
L.push(`Labour – ${cllr("agyekum")}`);
L.push(`Conservative – ${cllr("sutcliffe")}`);
L.push(`Liberal Democrat – ${cllr("wasilewska")}`);
L.push("The Green Party and Independent members have no named substitute.");
L.push("");
L.push("Agenda");
L.push("Time\tItem\tLead\tPaper");
L.push("10:30\t1. Welcome, apologies and declarations of interest\tChair\t–");
L.push("10:35\t2. Notes of 20 October and action log\tPH\tLoop page (link)");
L.push("10:45\t3. Warm Streets programme: quarter 2 performance and heat pump recovery plan (WRP-02)\tSI / KR\tDashboard export; recovery plan to follow");
L.push("11:15\t4. Budget at period 7 and risk register\tMT\tBudget and risks workbook (PDF)");
L.push("11:35\t5. Community Energy Fund round 2: recommended awards (key decision)\tAF / Cllr Callaghan-Wode\tItem 5 paper");
L.push("12:15\t6. Able-to-pay retrofit: loan pilot update (added 3 December)\tCllr Maplethorpe / KR\tVerbal");
L.push("12:35\t7. Work programme for 2372 and the February meeting\tPH\t–");
L.push("12:50\t8. Any other business\tChair\t–");
L.push("");
L.push("Cllr Onyekachi and Cllr Pembury have declared interests in item 5 and will leave the room for it.");
L.push("");
L.push("Chair's briefing: Mon 13 Dec, 14:00–14:45 on Teams (Chair, Vice-Chair, Deputy Chair, AF, PH).");
L.push("Group pre-meetings: Labour Tue 14 Dec 17:30; Conservative Tue 14 Dec 18:00 (both on Teams).");
L.push("Next meeting after this one: Wed 16 Feb, 10:30.");
L.push("");
L.push("Kind regards");
L.push("");
L.push(O.ph.name);
L.push(`${O.ph.post} | ${SHORT}`);
L.push(`${O.ph.phone} | ${O.ph.email}`);
L.push("");
L.push(RULE);
L.push("Microsoft Teams meeting");
L.push("Join on your computer, mobile app or room device");
L.push("Click here to join the meeting");
L.push("Meeting ID: 371 552 908 114");
L.push("Passcode: Xk7pQ2");
L.push("Download Teams | Join on the web");
L.push("Or call in (audio only)");
L.push("+44 20 7946 0999,,518204377#   United Kingdom, London");
L.push("Phone Conference ID: 518 204 377#");
L.push("Find a local number | Reset PIN");
L.push("Learn More | Meeting options");
L.push(RULE);
L.push("");

writeFileSync(join(root, "docs", FILE), "\uFEFF" + L.join("\r\n"), "utf8");
const out = L.filter((l) => l.trim() && l !== RULE).map((l) => l.replace(/\t/g, " | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
