# Writes gold.jsonl: 40 questions w001-w040 about the five documents of this set, in set C's format
# (id, question, category, answer, must_include, must_not_include, evidence[{doc, quote}], notes).
# Evidence quotes are copied from text/ (one line of a rendering, or a run inside one); check with
# node src/check-gold.mjs.
import json, os

W = "heat-networks-commission-zoning-consultation-draft-response-2029-03-07.docx"
H = "heat-networks-commission-meeting-2029-03-07.html"
E = "heat-networks-commission-email-zoning-response-sign-off-2029-04-24.txt"
P = "heat-networks-commission-zoning-programme-timeline-2029-06-20.pdf"
M = "heat-networks-commission-feasibility-fund-round-1-awards-2029-06-20.md"

Q = []
def q(question, category, answer, must, evidence, notes, must_not=()):
    Q.append(dict(question=question, category=category, answer=answer, must_include=list(must), must_not_include=list(must_not),
                  evidence=[dict(doc=d, quote=s) for d, s in evidence], notes=notes))

# ---------------------------------------------------------------- status_lookup (7)
q("which tasks on the zoning programme timeline are at risk?", "status_lookup",
  "Three, at 8 June 2029: ZS1.3, the legal review of the draft guidance (Tobias Leadbitter; now 3 Sep to 16 Nov 2029, was to finish 14 Sep); ZS1.4, Publish zone coordinator guidance, a milestone (Imogen Thirkettle; now 30 Nov 2029, was 28 Sep); and ZS5.1, the heat network skills pilot scoping paper (Fergus Macquarrie; now 19 Sep 2029, was 20 Jun).",
  ["Legal review", "Publish zone coordinator guidance", "skills pilot"],
  [(P, "ZS1.3 | Legal review of the draft guidance | Tobias Leadbitter | 3 Sep 2029 | 16 Nov 2029 | At risk | was 14 Sep"),
   (P, "ZS1.4 | Publish zone coordinator guidance | Imogen Thirkettle | 30 Nov 2029 | 30 Nov 2029 | At risk | 30 Nov | was 28 Sep"),
   (P, "ZS5.1 | Heat network skills pilot: scoping paper | Fergus Macquarrie | 2 Apr 2029 | 19 Sep 2029 | At risk | was 20 Jun")],
  "Gantt chart (PDF page 2): the status is a word after a coloured dot and the colour of the bar; workstream rows (ZS1…) have no status. The summary gives only the count (3 at risk).")
q("anything late on the zoning support timeline", "status_lookup",
  "One task is late: ZS4.1, the complaints data agreement with the Heat Customers' Forum (lead Conrad Esslemont). It was due by 31 May 2029 and is now expected by 31 Jul 2029, because the Forum is completing a data protection impact assessment.",
  ["Complaints data agreement"],
  [(P, "ZS4.1 | Complaints data agreement with Heat Customers’ Forum | Conrad Esslemont | 2 Apr 2029 | 31 Jul 2029 | Late | was 31 May"),
   (P, "ZS4.1 | Complaints data agreement with Heat Customers’ Forum | 31 May 2029 | 31 Jul 2029 | The Forum is completing a data protection impact assessment before it can share anonymised complaints data.")],
  "Gantt row with a red bar and an outlined baseline bar ending at 31 May; Table 2 on page 3 gives the reason.")
q("which questions are we disagreeing with in the draft zoning consultation response", "status_lookup",
  "In draft 3 (26 February 2029) the answer is Disagree to two questions: question 3, whether zone coordination should be paid for by a levy on heat network operators' connection charges rather than by grant (we want new burdens funding instead), and question 6, whether existing buildings should have to connect within 24 months of a connection being offered (we propose 36 months). The Commission later changed question 5 to Disagree as well.",
  ["levy", "24 months"],
  [(W, "Do you agree that the costs of zone coordination should be met from a levy on heat network operators’ connection charges rather than from grant?"),
   (W, "Do you agree that existing buildings should be required to connect within 24 months of a connection being offered?"),
   (W, "We propose a deadline of 36 months, with the zone coordinator able to agree a longer period where there is good reason.")],
  "Word: each question sits in a one-cell shaded box ('Question n' over the question); the answer is only on the 'Our answer: Disagree' line under the box, which appears twice and names no question. 'the draft' points at the Word document; q5's later change (web page, email) is a bonus.")
q("what got deferred at the march meeting?", "status_lookup",
  "Item 8, the heat network skills pilot scoping paper (Fergus Macquarrie), was deferred: the paper was not ready in time, and the Chair deferred it to the meeting on 20 June 2029.",
  ["skills pilot"],
  [(H, "8 Heat network skills pilot: scoping paper"),
   (H, "The scoping paper was not ready in time for the meeting."),
   (H, "The Chair deferred the item to the meeting on 20 June 2029.")],
  "Web page, Minutes tab (a hidden tab panel): each item ends with an outcome tag (Noted / Agreed / Agreed with changes / Deferred) as a <strong> of its own.")
q("which actions from the 7 march meeting arent done yet", "status_lookup",
  "Three of the nine actions were not done at 11 June 2029: HNC-A06, writing to the Department for a meeting on new burdens funding for zone coordination (Conrad Esslemont, due 30 April; In progress: letter sent 2 May, no meeting date yet); HNC-A07, the data-sharing agreement with the Heat Customers' Forum for complaints data (Conrad Esslemont, due 31 May; Overdue, now expected by 31 July 2029); and HNC-A08, bringing the skills pilot scoping paper back (Fergus Macquarrie, due 20 June; Carried forward to 19 September 2029). The other six are Done.",
  ["HNC-A06", "HNC-A07", "HNC-A08"],
  [(H, "HNC-A06 Write to the Department asking for a meeting on new burdens funding for zone coordination."),
   (H, "In progress Letter sent on 2 May 2029; no meeting date offered yet."),
   (H, "HNC-A07 Agree a data-sharing agreement with the Heat Customers’ Forum for anonymised complaints data."),
   (H, "HNC-A08 Bring the heat network skills pilot scoping paper back to the Commission."),
   (H, "Carried forward Now expected at the meeting on 19 September 2029.")],
  "Web page, Actions tab (hidden panel): a timeline <ol> ordered by due date, each entry led by a <time>, its status a pill word (Done / In progress / Overdue / Carried forward) before the update.")
q("which feasibility fund bids are on the reserve list", "status_lookup",
  "Two round 1 bids are on the reserve list, in this order: (1) HNFF-11, Sunderland City Council, Port of Sunderland heat network (£44,000, score 57); (2) HNFF-12, City of Lincoln Council, Lincoln city centre heat network (£27,500, score 54). They would be funded from the £18,500 left unallocated and any grant returned.",
  ["Sunderland", "Lincoln"],
  [(M, "HNFF-11 | Sunderland City Council | Port of Sunderland heat network | £44,000 | 20% | 57 | Reserve (1)"),
   (M, "HNFF-12 | City of Lincoln Council | Lincoln city centre heat network | £27,500 | 25% | 54 | Reserve (2)")],
  "Markdown: Table 1 is CSV inside a fenced code block (```csv), money as quoted \"£44,000\" fields, an empty Award field.")
q("is the complaints data sharing agreement with the heat customers forum sorted yet?", "status_lookup",
  "No. Action HNC-A07 (Conrad Esslemont, due 31 May 2029) is Overdue: the Heat Customers' Forum is completing a data protection impact assessment, and the agreement is now expected by 31 July 2029. The June timeline shows the same task (ZS4.1) as Late, moved from 31 May to 31 Jul 2029.",
  ["impact assessment"],
  [(H, "Overdue The Forum is completing a data protection impact assessment; the agreement is now expected by 31 July 2029."),
   (P, "ZS4.1 | Complaints data agreement with Heat Customers’ Forum | Conrad Esslemont | 2 Apr 2029 | 31 Jul 2029 | Late | was 31 May")],
  "Named by description. Answerable from the web page's action timeline (Overdue) or the Gantt (Late); 'impact assessment' is in both documents' reason.")

# ---------------------------------------------------------------- table_lookup (7)
q("how much is southampton getting from the feasibility fund?", "table_lookup",
  "£38,000. Southampton City Council's bid HNFF-03 (Western Docks waste heat recovery study) asked for £45,500, scored 77 and is recommended at a reduced amount, because the award leaves out £7,500 for legal advice on a heat supply agreement, which the Fund does not pay for.",
  ["38,000"],
  [(M, "HNFF-03 | Southampton City Council | Western Docks waste heat recovery study | £45,500 | 25% | 77 | Recommended (reduced) | £38,000"),
   (M, "HNFF-03: the award leaves out £7,500 for legal advice on a heat supply agreement, which the Fund does not pay for.")],
  "CSV record in a fenced code block; the bid and the award are both money fields, the award the last one.")
q("what did lincoln score", "table_lookup",
  "The City of Lincoln Council's bid (HNFF-12, Lincoln city centre heat network, £27,500) scored 54 out of 100, which puts it second on the reserve list.",
  ["54"],
  [(M, "HNFF-12 | City of Lincoln Council | Lincoln city centre heat network | £27,500 | 25% | 54 | Reserve (2)")],
  "Score field of the CSV record; the award field is empty.")
q("whats the outturn on the zoning support programme budget line for 28/29", "table_lookup",
  "£296,850 against a budget of £310,000: an underspend of £13,150 (provisional outturn 2028/29, confirmed as final by Olumide Garside). The £13,150 can be carried forward into 2029/30, but only for the legal review of the zone coordinator guidance.",
  ["296,850"],
  [(E, "Zoning support programme | 310,000 | 296,850 | (13,150)"),
   (E, "Budget: Olumide has confirmed that the outturn figures below are final.")],
  "The table is inside the second level of quoting of an email thread ('>>   Zoning support programme   310,000 …'), space-aligned, underspends in brackets.")
q("when's the interim learning report due", "table_lookup",
  "14 Dec 2029: ZS2.3, the interim learning report of the peer support for zoning pilot councils (lead Fergus Macquarrie), is a milestone on 14 Dec 2029 and is on track.",
  ["14 Dec"],
  [(P, "ZS2.3 | Interim learning report | Fergus Macquarrie | 14 Dec 2029 | 14 Dec 2029 | On track | 14 Dec")],
  "A milestone row of the Gantt: a diamond with its date beside it; Start and Finish are the same date.")
q("who's leading the customer charter template and when does it start", "table_lookup",
  "Conrad Esslemont. ZS4.2, the customer charter template for council-run networks, runs from 1 Aug 2029 to 20 Dec 2029 and has not started.",
  ["Conrad Esslemont", "1 Aug"],
  [(P, "ZS4.2 | Customer charter template for council-run networks | Conrad Esslemont | 1 Aug 2029 | 20 Dec 2029 | Not started")],
  "Gantt row (Lead and Start columns); the HTML officers list gives his post, Head of Local Energy.")
q("whats the match funding on the exeter bid", "table_lookup",
  "30%. Exeter City Council's bid HNFF-09 (Marsh Barton energy centre study) asked for £29,900 with 30% match funding, scored 62 and is recommended at a reduced £24,400.",
  ["30%"],
  [(M, "HNFF-09 | Exeter City Council | Marsh Barton energy centre study | £29,900 | 30% | 62 | Recommended (reduced) | £24,400")],
  "Named by council; the 'Match funding' field of the CSV record.")
q("what was the total underspend on the commission budget last year", "table_lookup",
  "£13,600 in 2028/29: the provisional outturn was £506,400 against a budget of £520,000. Most of it (£13,150) was on the zoning support programme. (In March the forecast underspend had been £21,100.)",
  ["13,600"],
  [(E, "Total | 520,000 | 506,400 | (13,600)")],
  "'last year' is 2028/29 from the papers' 2029 viewpoint. The web page's month-10 forecast (£21,100) is an older figure, not a must_not_include.")

# ---------------------------------------------------------------- people_roles (7)
q("who subbed at the march meeting and for who", "people_roles",
  "Two substitutes on 7 March 2029: Cllr Kwesi Mensah-Thorne (Manchester City Council, Labour) for Cllr Ottilie Rawnsley, and Cllr Henrietta Gaskarth (North Yorkshire Council, Conservative) for Cllr Desmond Bairstow; both members sent apologies.",
  ["Mensah-Thorne", "Rawnsley", "Gaskarth", "Bairstow"],
  [(H, "Cllr Kwesi Mensah-Thorne, Manchester City Council, Labour (for Cllr Rawnsley)"),
   (H, "Cllr Henrietta Gaskarth, North Yorkshire Council, Conservative (for Cllr Bairstow)")],
  "Web page, Attendance tab (hidden panel): ONE <dl> whose <dt> are the kinds of attendance and whose <dd> are people; minute 1 says the same in a sentence.")
q("who's the new vice chair of the heat networks commission?", "people_roles",
  "Cllr Piers Stanyforth (Buckinghamshire Council, Conservative), from 1 May 2029. He replaces Cllr Alasdair Cromack, who became Leader of Cheshire East Council on 30 April and stood down from the Commission; Cllr Henrietta Gaskarth moves from substitute to full member in his place.",
  ["Stanyforth"],
  [(E, "Vice-Chair: the Conservative Group office confirmed this morning that Cllr Piers Stanyforth will be Vice-Chair from 1 May 2029, and that Cllr Henrietta Gaskarth moves from substitute to full member in Alasdair’s place from the same date."),
   (E, "He becomes Leader of Cheshire East Council on 30 April and will stand down from the Commission that day.")],
  "Only the email thread has the change; the March web page still shows Cllr Alasdair Cromack as Vice-Chair (a wrong answer, not a must_not_include since a good answer names him as the one replaced).")
q("who drafted the zoning consultation response and whats her number", "people_roles",
  "Imogen Thirkettle, Adviser (Heat and Energy): 020 7946 0613, imogen.thirkettle@local.gov.uk.",
  ["Thirkettle", "0613"],
  [(W, "Drafted by: Imogen Thirkettle, Adviser (Heat and Energy), 020 7946 0613, imogen.thirkettle@local.gov.uk")],
  "A bold run-in label line at the top of the Word draft; the same number is in her email signature.")
q("who chaired the feasibility fund assessment panel", "people_roles",
  "Cllr Saoirse Mulqueen, a Deputy Chair of the Commission (Ashfield District Council, which did not bid). The other members were Cllr Lowri Carwardine (who took no part in scoring her own council's bid, HNFF-10), Hebe Catterall (Grants Manager) and Fergus Macquarrie.",
  ["Mulqueen"],
  [(M, "Chair of the panel; Deputy Chair of the Commission (Ashfield District Council, which did not bid)"),
   (H, "(c) appointed Cllr Saoirse Mulqueen and Cllr Lowri Carwardine to the assessment panel, with Cllr Mulqueen as its chair.")],
  "Markdown: a Pandoc definition list – the name is the term on one line, the role the definition on the next (':   …'); the March decision on the web page says the same.")
q("who did the presentation on heat network customers in march", "people_roles",
  "Dr Anjali Roscoe, Director of Research at the Heat Customers' Forum, presented the Forum's research report 'Paying for heat' (item 5, 7 March 2029).",
  ["Roscoe"],
  [(H, "Presentation by Dr Anjali Roscoe, Director of Research, Heat Customers’ Forum · 11.48am"),
   (H, "Dr Anjali Roscoe, Director of Research, Heat Customers’ Forum (item 5)")],
  "Minutes tab: the item's meta line; Attendance tab: 'In attendance'.")
q("who flagged the point about tenants data on the draft zoning response?", "people_roles",
  "Tobias Leadbitter, in a comment on question 8 of draft 3: the LGA should not offer to share information about tenants' homes, as it is likely to be personal data, and should limit what it shares to building-level heat demand and floor area. The Commission agreed this on 7 March.",
  ["Leadbitter"],
  [(W, "Tobias Leadbitter: We should not offer to share information about tenants’ homes: it is likely to be personal data. Suggest we limit this to building-level heat demand and floor area.")],
  "A real Word comment (word/comments.xml) anchored to a sentence of the answer to question 8: the name is the comment's author, shown only in the margin balloon; mammoth's raw text leaves comments out.")
q("did anyone declare an interest at the 7 march meeting", "people_roles",
  "Yes: Cllr Bartholomew Ince declared an interest in item 6 (the Heat Network Feasibility Fund) as a non-executive director of Gateshead Energy Company, which expected to bid to the Fund; he took no part in that item. No other interests were declared.",
  ["Ince", "Gateshead Energy"],
  [(H, "Cllr Bartholomew Ince declared an interest in item 6 as a non-executive director of Gateshead Energy Company, which expects to bid to the Heat Network Feasibility Fund.")],
  "Minute 2 of the web page (Minutes tab).")

# ---------------------------------------------------------------- board_paper (7)
q("what are the recs in the feasibility fund round 1 paper", "board_paper",
  "That the Commission: (a) approves the ten awards in Table 1, totalling £431,500; (b) agrees the reserve list in the order shown, funded from the £18,500 left unallocated and from any grant returned; and (c) agrees that any of the £18,500 not used for the reserve list by 30 September 2029 is added to round 2.",
  ["431,500", "18,500"],
  [(M, "(a) approves the ten awards in Table 1, totalling £431,500;"),
   (M, "(b) agrees the reserve list in the order shown in Table 1, to be funded from the £18,500 left unallocated and from any grant that is returned; and"),
   (M, "(c) agrees that any of the £18,500 not used for the reserve list by 30 September 2029 is added to round 2.")],
  "Pandoc definition list: 'Recommendations' is a term; the (a)–(c) lines are one definition paragraph split by backslash hard line breaks.")
q("what is the zoning timeline paper asking the commission to agree", "board_paper",
  "It asks the Commission to note progress at 8 June 2029, to agree the revised dates in Table 2 (four dates moved since March), including publishing the zone coordinator guidance on 30 November 2029 instead of 28 September, and to note that the £13,150 carried forward from 2028/29 will pay for external legal support for the review of the guidance.",
  ["30 November 2029"],
  [(P, "(b) agrees the revised dates in Table 2, including publication of the zone coordinator guidance on 30 November 2029; and"),
   (P, "(c) notes that the £13,150 carried forward from 2028/29 will pay for external legal support for the review of the guidance.")],
  "PDF page 1: front sheet in the left column beside the key.")
q("whats the lga's key messages on heat zoning", "board_paper",
  "From the draft response's key messages: councils should be the zone coordinator in their own area by default (with the option to share with a combined authority); zone coordination is a new burden needing new burdens funding of at least £45 million a year from 2030/31, not a levy; public buildings should connect where affordable, with a longer deadline than the 24 months proposed; and heat network customers need the same protection as gas and electricity customers, including a price cap, from the start of zoning.",
  ["45 million", "price cap"],
  [(W, "■ Councils should be the zone coordinator in their own area by default, with the option to share the role with a combined authority."),
   (W, "■ Zone coordination is a new burden: it needs new burdens funding of at least £45 million a year from 2030/31, not a levy that would take years to build up."),
   (W, "■ Heat network customers need the same protection as gas and electricity customers, including a price cap, from the start of zoning.")],
  "A floating Word text box ('Key messages', VML, absolutely positioned at the right of page 1); its text is in the drawing, anchored after the label lines. The final figure became £48 million (email), a bonus.")
q("how are feasibility fund bids scored?", "board_paper",
  "Two officers score each bid out of 100 against five criteria: need and opportunity (30 points), deliverability (25), carbon savings (20), customer benefit (15) and value for money (10). Bids scoring 60 or more are recommended, 50 to 59 go on a reserve list in order of score, and below 50 are not recommended; the Grants Manager moderates where the two scores differ by more than 10 points. Bids with match funding below 20 per cent are ineligible.",
  ["Deliverability", "60"],
  [(M, "Each bid was scored out of 100 by two officers against five criteria:"),
   (M, "Deliverability (25 points)"),
   (M, "Bids scoring 60 or more are recommended, bids scoring 50 to 59 are placed on a reserve list in order of score, and bids scoring below 50 are not recommended.")],
  "The criteria are a Pandoc definition list (the points are in the term, the description in the definition).")
q("why are we against paying for zone coordination thru a levy", "board_paper",
  "The draft response (question 3, answer Disagree) says a levy on connection charges would raise little in the first years of zoning, when few buildings have connected, while councils' costs are highest at the start; the 28 advanced pilot councils report annual coordination costs of £310,000 to £520,000 for a large urban zone and £95,000 to £180,000 for a small town zone. Zone coordination is a new duty and should be funded under the new burdens doctrine: at least £45 million a year from 2030/31, with transitional funding for 2029/30.",
  ["new burdens"],
  [(W, "A levy on connection charges would raise little in the first years of zoning, when few buildings have connected, yet councils’ costs are highest at the start."),
   (W, "Zone coordination is a new duty and should be funded under the new burdens doctrine. We estimate that at least £45 million a year will be needed from 2030/31, and we ask the Department to set out transitional funding for 2029/30.")],
  "The answer under the question 3 box; the second quote runs over a commented range (Olumide Garside's comment is anchored to 'We estimate … 2030/31').")
q("what did the commission agree on the zoning consultation response on 7 march", "board_paper",
  "Agreed with changes. The Commission (a) agreed the draft response subject to changes; (b) changed the answer to question 5 (public buildings required to connect) from Partly agree to Disagree until a price cap is in force; (c) asked in question 6 for a 36-month deadline, which the zone coordinator may extend to 48 months for schools in rural areas; (d) limited question 8 to building-level heat demand and floor area, with nothing on tenants' homes; and (e) delegated the final wording to the Chair, with members' written comments by 16 March 2029.",
  ["Disagree", "48 months"],
  [(H, "(b) agreed that the answer to question 5 (publicly owned buildings to be required to connect) be changed from Partly agree to Disagree until a price cap for heat network customers is in force;"),
   (H, "(c) agreed that the answer to question 6 ask for a deadline of 36 months, which the zone coordinator may extend to 48 months for schools in rural areas;"),
   (H, "(e) delegated the final wording to the Chair, with members’ written comments to be sent to officers by 16 March 2029.")],
  "Minutes tab: the outcome tag 'Agreed with changes' followed by typed (a)–(e) list items.")
q("why has the zone coordinator guidance slipped", "board_paper",
  "Publication has moved from 28 Sep to 30 Nov 2029 because it follows the legal review (ZS1.3, now 3 Sep to 16 Nov 2029), and the review has to reflect the final zoning regulations, which the Department now expects to lay in September 2029 rather than June. Legal capacity is also a risk: one solicitor is available from September to November, and the £13,150 carried forward from 2028/29 will buy external legal support if needed.",
  ["regulations", "September"],
  [(P, "ZS1.3 | Legal review of the draft guidance | 2 Jul to 14 Sep 2029 | 3 Sep to 16 Nov 2029 | The review has to reflect the final zoning regulations, which the Department now expects to lay in September 2029 rather than June."),
   (P, "ZS1.4 | Publish zone coordinator guidance | 28 Sep 2029 | 30 Nov 2029 | Follows the legal review (ZS1.3).")],
  "Table 2 on PDF page 3 (reasons wrap in their cells); the guidance's own row gives only 'Follows the legal review', so the reason is one row up.")

# ---------------------------------------------------------------- fact (5)
q("how many councils responded to the lga heat network survey", "fact",
  "64 of the 112 councils invited (57 per cent) responded to the LGA's survey of councils with a heat network interest in November 2028. Of them, 46 want to be the zone coordinator, 9 want to share the role with a combined authority and 9 do not want it.",
  ["64"],
  [(W, "i. LGA survey of councils with a heat network interest, November 2028. 112 councils were invited to take part and 64 responded (57 per cent).")],
  "A real Word endnote (lower-roman i, at the end of the document); mammoth's raw text leaves endnotes out. The body only says 'the councils that answered our survey'.")
q("whats the median price per kwh on council run heat networks", "fact",
  "11.9p per kWh in 2028, across 41 council-run networks (Heat Customers' Forum, 'Paying for heat', October 2028); the highest price found was 24.6p per kWh, more than twice the median.",
  ["11.9p"],
  [(W, "Customers on 41 council-run networks paid a median of 11.9p per kWh in 2028, but the highest price we found was more than twice that."),
   (W, "v. Heat Customers’ Forum, ‘Paying for heat’, October 2028. The highest price found was 24.6p per kWh.")],
  "Body sentence under question 7 plus its endnote v (source and the highest price).")
q("did the zoning response actually go in? whats the confirmation ref", "fact",
  "Yes. It went to the Department through the consultation portal at 15:10 on Tuesday 24 April 2029, with confirmation reference ZCR-2029-0862.",
  ["ZCR-2029-0862"],
  [(E, "Done: the final response went to the Department at 15:10 today through the consultation portal (confirmation reference ZCR-2029-0862).")],
  "The newest message of the email thread (dated Tue, 24 Apr 2029 in its header). The web page's action HNC-A05 also says it was submitted on 24 April 2029 but gives no reference.")
q("when and where is the heat networks conference", "fact",
  "The LGA Heat Networks Conference will be held in Birmingham on Tuesday 9 October 2029.",
  ["Birmingham", "9 October"],
  [(H, "The Chair reported that the LGA Heat Networks Conference will be held in Birmingham on Tuesday 9 October 2029."),
   (P, "ZS5.2 | LGA Heat Networks Conference, Birmingham | Fergus Macquarrie | 9 Oct 2029 | 9 Oct 2029 | On track | 9 Oct")],
  "Minute 10 (any other business) on the web page; the Gantt milestone ZS5.2 gives '9 Oct 2029' (an answer using only that form would miss '9 October' – see caveats).")
q("how much of round 1 is left unallocated", "fact",
  "£18,500 of the £450,000 for round 1, after ten recommended awards totalling £431,500. It is not enough to fund the first reserve bid (HNFF-11, £44,000) in full.",
  ["18,500"],
  [(M, "The ten recommended awards total £431,500, leaving £18,500 of the £450,000 for round 1 unallocated.")],
  "An auto-numbered Pandoc list item ('#.'), the number not in the file.")

# ---------------------------------------------------------------- cross_document (3)
q("what answer did we end up giving on making schools and care homes connect to heat networks", "cross_document",
  "Disagree. Draft 3 of the response answered question 5 (publicly owned buildings, including schools and care homes, required to connect) Partly agree, and the Chair commented that members would want Disagree until a price cap is in force. On 7 March 2029 the Commission changed the answer to Disagree, and draft 5, signed off by the Chair and submitted on 24 April 2029, answers Disagree.",
  ["Partly agree", "Disagree"],
  [(W, "Do you agree that publicly owned buildings, including schools and care homes, should be required to connect to a heat network where a connection is offered within a zone?"),
   (W, "Cllr Rosalind Gomersall: I think members will want us to say Disagree here until a price cap is actually in force. Let’s take this at the meeting on 7 March."),
   (H, "(b) agreed that the answer to question 5 (publicly owned buildings to be required to connect) be changed from Partly agree to Disagree until a price cap for heat network customers is in force;"),
   (E, "1. Question 5 now answers Disagree: schools and care homes should not be required to connect until a price cap is in force.")],
  "Word draft (question box + answer line + the Chair's margin comment with a threaded reply) -> web page decision (b) -> email (draft 5). The draft's 'Our answer: Partly agree' alone is the wrong final answer.")
q("how much new burdens funding are we asking for in the final zoning response, has it changed from the draft?", "cross_document",
  "Yes. Draft 3 asked for at least £45 million a year from 2030/31 (based on 340 zones at about £132,000 a year each). After the Department's update of 5 April 2029 raised its estimate to 362 zones, the final response asks for £48 million a year, and at the Chair's request says the figure will need to be revisited if the number of zones changes again.",
  ["45 million", "48 million"],
  [(W, "We estimate that at least £45 million a year will be needed from 2030/31"),
   (W, "Olumide Garside: The £45 million assumes 340 zones at about £132,000 a year each. If the Department changes its estimate of the number of zones, our figure should change with it."),
   (E, "4. Question 3: the Department’s update of 5 April raised its estimate to 362 zones, so our new burdens ask goes up from £45 million to £48 million a year (about £132,000 a zone, as before).")],
  "Word body and comment (the draft) -> the officer's point 4, quoted at the second level of the email thread, with the Chair's inline reply under it.")
q("the skills pilot scoping paper got deferred in march, when's it coming back now?", "cross_document",
  "To the meeting on 19 September 2029. It was deferred on 7 March to 20 June 2029, but action HNC-A08 has been carried forward, and the June timeline shows the scoping paper (ZS5.1) at risk, now due 19 Sep 2029 instead of 20 Jun, because it waits for the results of the skills survey of councils, which closes on 31 July 2029.",
  ["19 September"],
  [(H, "The Chair deferred the item to the meeting on 20 June 2029."),
   (H, "Carried forward Now expected at the meeting on 19 September 2029."),
   (P, "ZS5.1 | Heat network skills pilot: scoping paper | 20 Jun 2029 | 19 Sep 2029 | The paper deferred on 7 March 2029 now waits for the results of the skills survey of councils, which closes on 31 July 2029.")],
  "Web page minute 8 (Deferred) and action timeline -> PDF Table 2 (and the Gantt row ZS5.1).")

# ---------------------------------------------------------------- unanswerable (4)
q("what did the commission decide on the round 1 feasibility fund awards on 20 june?", "unanswerable",
  "The papers do not say. They hold the report to the 20 June 2029 meeting recommending ten awards totalling £431,500, but no minutes or decisions of that meeting.",
  [], [], "Only the recommendation exists; the minutes held are those of 7 March 2029.")
q("how many responses did the government get to the heat zoning consultation", "unanswerable",
  "The papers do not say. They cover the LGA's own response (submitted on 24 April 2029) and the LGA's survey of councils (64 of 112 responded), not the number of responses the Department received.",
  [], [], "Tempting figures: the survey's 64 responses, the 28 pilot councils.")
q("whats the commission's budget for 2029/30", "unanswerable",
  "The papers do not give it. They give the 2028/29 budget (£520,000) and its outturn (£506,400), the £13,150 carried forward into 2029/30 for the legal review, and the Feasibility Fund's £750,000 for 2029/30, but not the Commission's budget for 2029/30.",
  [], [], "Tempting: £520,000 is 2028/29; £750,000 is the Fund only.")
q("what level is the price cap for heat network customers going to be set at", "unanswerable",
  "The papers do not say. The LGA's response agrees that the regulator should set a price cap from the start of zoning in 2030 and quotes prices customers paid in 2028 (a median of 11.9p per kWh), but no level for a cap is given.",
  [], [], "Tempting figures: 11.9p median and 24.6p highest price are what customers paid.")

cats = {}
for i, g in enumerate(Q, 1):
    g["id"] = f"w{i:03d}"
    cats[g["category"]] = cats.get(g["category"], 0) + 1
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in Q:
        f.write(json.dumps({k: g[k] for k in ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"]}, ensure_ascii=False) + "\n")
print(len(Q), "questions", cats)
