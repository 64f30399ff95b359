#!/usr/bin/env python3
"""Writes gold.jsonl for set dev16 (the Public Toilets and Changing Places Working Group). The questions were
written from the documents before the set was run through the assistant. Run from the set's folder:
python3 src/make-gold.py"""
import json
import os

A = "public-toilets-changing-places-working-group-agenda-2028-06-14.pdf"
P = "public-toilets-changing-places-working-group-performance-2027-28-q4.docx"
M = "public-toilets-changing-places-working-group-minutes-2028-03-08.html"
T = "public-toilets-changing-places-working-group-membership-tor-2028-29.md"
B = "public-toilets-changing-places-working-group-budget-outturn-2027-28.txt"

# rows used more than once
P01 = "PTM-01 | Changing Places toilets funded in round 1 that are open | 16 | 15 | Amber | Green | Callum Pocklington"
P03 = "PTM-03 | Changing Places toilets in England shown on the national map | 85% | 81% | Amber | Amber | Esther Gudgeon"
P06 = "PTM-06 | Councils signed up to the open toilet data standard | 120 | 97 | Red | Amber | Esther Gudgeon"
P07 = "PTM-07 | Public toilets closed by councils during the year (lower is better) | 60 or fewer | 71 | Red | Red | Lowri Mottershead"
P10 = "PTM-10 | Enquiries from councils answered within 10 working days | 95% | 88% | Amber | Red | Callum Pocklington | Up from 79% in quarter 3, when the round 2 guidance brought a peak of enquiries."
P12 = "PTM-12 | Guidance on business rates relief for public toilets updated | Published by 31 December 2027 | Not published | Red | Amber | Esther Gudgeon | Held back until the government publishes its revised guidance on the relief, now expected in September 2028."
C04 = "CPA1-04 | Stoke-on-Trent City Council | Hanley bus station | £40,000 | July 2028 | The hoist supplier was four months late."
C09 = "CPA1-09 | Bath and North East Somerset Council | Royal Victoria Park | £45,000 | June 2028 | Listed building consent took longer than planned."
C13 = "CPA1-13 | Gateshead Council | Saltwell Park | £38,000 | August 2028 | The building contractor went into administration in January 2028."
C17 = "CPA1-17 | Isle of Wight Council | Ryde Esplanade | £35,000 | September 2028 | A flood risk assessment was needed before building could start."
DECL = "3. Cllr Gareth Cadwallader declared an interest in item 3 as a trustee of the Kernow Access Forum, which is helping Cornwall Council to prepare a bid to round 2 of the Changing Places Accelerator Fund. He would take no part in any decision on that bid. The Chair said that Rutland County Council also intended to bid, and that she would not take part in the decisions on round 2 awards."
KEY_R = "Red – more than 10 per cent short of the target, or a milestone missed"
KEY_A = "Amber – within 10 per cent of the target, or at risk of a short delay"

Q = []


def q(question, category, answer, must, evidence, notes, must_not=None):
    Q.append({"question": question, "category": category, "answer": answer, "must_include": must,
              "must_not_include": must_not or [], "evidence": [{"doc": d, "quote": t} for d, t in evidence], "notes": notes})


# ---------------------------------------------------------------- status_lookup (7)
q("which measures were red at q4 in the toilets working group perf report?", "status_lookup",
  "Three of the 12 measures were Red at quarter 4 2027/28 (31 March 2028): PTM-06, councils signed up to the open toilet data standard (97 against a target of 120); PTM-07, public toilets closed by councils during the year (71 against an aim of 60 or fewer); and PTM-12, the update of the guidance on business rates relief for public toilets (not published; due by 31 December 2027, held back until the government's revised guidance, now expected in September 2028).",
  ["PTM-06", "PTM-07", "PTM-12"],
  [(P, P06), (P, P07), (P, P12)],
  "Status words on coloured cells in the Word table, where the current status is the fifth of eight columns and the Q3 status sits beside it (PTM-07 is Red in both, PTM-06 and PTM-12 were Amber at Q3). Theme rows span the table.")
q("whats the status of the enquiries answered in 10 days measure", "status_lookup",
  "PTM-10, enquiries from councils answered within 10 working days, is Amber at quarter 4: 88% against a target of 95%. It has improved from Red at quarter 3, when it was 79% because the round 2 guidance brought a peak of enquiries. Lead officer: Callum Pocklington.",
  ["Amber"],
  [(P, P10)],
  "Named by description. The row has two status columns; an answer that gives the Q3 status (Red) as the current one is wrong, but Red may appear as the previous status, so it is not in must_not_include.")
q("which ones got worse since q3 on the public toilets measures?", "status_lookup",
  "Three measures fell between quarter 3 and quarter 4: PTM-01 (round 1 Changing Places toilets open) from Green to Amber, PTM-06 (councils signed up to the open toilet data standard) from Amber to Red, and PTM-12 (business rates relief guidance updated) from Amber to Red. Two improved: PTM-10 (Red to Amber) and PTM-11 (Amber to Green).",
  ["PTM-01", "PTM-06", "PTM-12"],
  [(P, P01), (P, P06), (P, P12), (P, "Five measures changed status since quarter 3: three fell and two improved.")],
  "Needs the Status and Q3 status columns compared row by row; the summary gives only the counts.")
q("amber measures in the toilets q4 report?", "status_lookup",
  "Three measures are Amber at quarter 4 2027/28: PTM-01, round 1 Changing Places toilets open (15 against a target of 16); PTM-03, Changing Places toilets in England shown on the national map (81% against 85%); and PTM-10, enquiries answered within 10 working days (88% against 95%).",
  ["PTM-01", "PTM-03", "PTM-10"],
  [(P, P01), (P, P03), (P, P10), (P, KEY_A)],
  "The three Amber rows sit in two different themes.")
q("is the business rates relief guidance update on track?", "status_lookup",
  "No. PTM-12, the update of the guidance on business rates relief for public toilets, is Red at quarter 4 (it was Amber at quarter 3): it was due to be published by 31 December 2027 and has not been. It is held back until the government publishes its revised guidance on the relief, now expected in September 2028; officers will bring a draft to the first meeting after that.",
  ["Red"],
  [(P, P12), (P, "5. Business rates relief guidance (PTM-12). The update cannot be finished until the government’s revised guidance is published. Officers will bring a draft to the first meeting after it appears.")],
  "A milestone measure whose status is a word on a coloured cell.")
q("which support to councils measures are green", "status_lookup",
  "In theme 3, support to councils, three of the five measures are Green at quarter 4: PTM-08, webinars held for councils (6 against 6); PTM-09, webinar attendees rating the session good or very good (91% against 85%); and PTM-11, peer reviews of council toilet strategies completed (8 against 8, up from Amber at quarter 3). PTM-10 is Amber and PTM-12 is Red.",
  ["PTM-08", "PTM-09", "PTM-11"],
  [(P, "PTM-08 | Webinars held for councils | 6 | 6 | Green | Green | Lowri Mottershead"),
   (P, "PTM-09 | Webinar attendees rating the session good or very good | 85% | 91% | Green | Green | Lowri Mottershead"),
   (P, "PTM-11 | Peer reviews of council toilet strategies completed | 8 | 8 | Green | Amber | Lowri Mottershead"),
   (P, "Support to councils | 5 | 3 | 1 | 1")],
  "The theme is only in a row spanning the table above its measures; a Green answer from another theme (PTM-02, PTM-04, PTM-05) is wrong.")
q("which round 1 changing places loos arent open yet?", "status_lookup",
  "Four of the 19 round 1 toilets were not open at 31 March 2028 (Table 3 of the quarter 4 report): CPA1-04 Stoke-on-Trent City Council, Hanley bus station (expected July 2028; hoist supplier four months late); CPA1-09 Bath and North East Somerset Council, Royal Victoria Park (June 2028; listed building consent); CPA1-13 Gateshead Council, Saltwell Park (August 2028; contractor went into administration); CPA1-17 Isle of Wight Council, Ryde Esplanade (September 2028; flood risk assessment needed).",
  ["Stoke-on-Trent", "Bath", "Gateshead", "Isle of Wight"],
  [(P, C04), (P, C09), (P, C13), (P, C17)],
  "'loos' for toilets; the list is a small table with no status column (the table's caption says they are not open).")

# ---------------------------------------------------------------- table_lookup (7)
q("how much is recommended for the keswick bid and why is it less than they asked", "table_lookup",
  "CPA2-07, Cumberland Council's new build at Bell Close car park, Keswick (score 74), is recommended for £70,000 against the £75,000 requested, because Keswick Town Council has since agreed to pay £5,000 of the cost.",
  ["70,000"],
  [(A, "CPA2-07 | Cumberland Council | Bell Close car park, Keswick | New build | 75,000 | 70,000 | 74"),
   (A, "4. Twelve bids are recommended for awards totalling £718,000, set out in Table 1 in order of score. Three are recommended for less than the council asked for: CPA2-03, because the drainage survey in the bid is not an eligible cost; CPA2-07, because Keswick Town Council has since agreed to pay £5,000 of the cost; and CPA2-10, because £15,000 of the bid is for landscaping, which the fund does not pay for.")],
  "The site is in the Site column, not the Council column; the reason is in paragraph 4 by reference only.")
q("what did dorset score in round 2?", "table_lookup",
  "Dorset Council's bid, CPA2-09, a mobile unit for county events, scored 71 out of 100 and is recommended for the full £90,000 requested.",
  ["71"],
  [(A, "CPA2-09 | Dorset Council | Mobile unit for county events | Mobile unit | 90,000 | 90,000 | 71")],
  "Score is the last column of the PDF table.")
q("whos first on the reserve list for the changing places fund", "table_lookup",
  "First on the round 2 reserve list is Blackpool Council, Central Promenade (new build), which requested £75,000 and scored 62. Then Cheshire East Council (Lyceum Square, Crewe, £47,000, 61) and Swindon Borough Council (Lydiard Park, £38,000, 60).",
  ["Blackpool"],
  [(A, "1 | Blackpool Council | Central Promenade | New build | 75,000 | 62")],
  "Second PDF table, whose first column is an order number, not a reference.")
q("whats the outturn on the open data standard budget line", "table_lookup",
  "PTB5, open toilet data standard: outturn £46,200 against a budget of £40,000 (Q3 forecast £38,000), an overspend of £6,200, because the supplier, Rimmington Data Services Ltd, worked 14 extra days in March 2028 on a tool that checks councils' toilet data.",
  ["46,200"],
  [(B, "PTB5 | Open toilet data standard | 40,000 | 38,000 | 46,200 | +6,200")],
  "A space-aligned text table; the outturn is the fifth of six columns, after the Q3 forecast.")
q("q3 forecast for staffing in the toilets wg budget?", "table_lookup",
  "PTB1, staffing (2.6 FTE): budget £168,000, forecast at quarter 3 £160,500, provisional outturn £161,300 (an underspend of £6,700).",
  ["160,500"],
  [(B, "PTB1 | Staffing (2.6 FTE) | 168,000 | 160,500 | 161,300 | -6,700")],
  "The Q3 forecast column sits between budget and outturn; an answer giving the outturn only fails.")
q("toolkit downloads vs target at year end?", "table_lookup",
  "PTM-05, downloads of the community toilet scheme toolkit (cumulative): 612 at quarter 4 against a target of 400, Green. Downloads rose after the toolkit was featured in the LGA's first bulletin of January.",
  ["612", "400"],
  [(P, "PTM-05 | Downloads of the community toilet scheme toolkit (cumulative) | 400 | 612 | Green | Green | Lowri Mottershead")],
  "'year end' is quarter 4; target before outturn in the row.")
q("when is the gateshead changing places toilet meant to open", "table_lookup",
  "Gateshead Council's round 1 toilet at Saltwell Park (CPA1-13, £38,000) is expected to open in August 2028; the building contractor went into administration in January 2028.",
  ["August 2028"],
  [(P, C13)],
  "Table 3 of the Word report.")

# ---------------------------------------------------------------- people_roles (7)
q("who chairs the public toilets working group and whos vice chair", "people_roles",
  "For 2028/29 the Chair is Cllr Hester Quenby (Rutland County Council, Conservative) and the Vice-Chair is Cllr Thandiwe Mbatha (Sandwell Metropolitan Borough Council, Labour). The Deputy Chair is Cllr Imogen Rushworth (South Cambridgeshire District Council, Liberal Democrat). They held the same roles at the meeting of 8 March 2028.",
  ["Quenby", "Mbatha"],
  [(T, "Chair | Cllr Hester Quenby | Rutland County Council | Conservative"),
   (T, "Vice-Chair | Cllr Thandiwe Mbatha | Sandwell Metropolitan Borough Council | Labour")],
  "The markdown table has Role first; the March attendance table says the same.")
q("contact officer for the round 2 awards paper? need their email", "people_roles",
  "Callum Pocklington, Adviser (Grants): phone 020 7946 0684, email callum.pocklington@local.gov.uk.",
  ["Callum Pocklington", "callum.pocklington@local.gov.uk"],
  [(A, "Contact officer: Callum Pocklington"), (A, "Email: callum.pocklington@local.gov.uk")],
  "The PDF's contact details are a borderless grid of labels and values under a 'Contact details' heading, after the front sheet. The agenda cover names a different contact (Barnaby Illsley, Member Services) for the meeting.",
  must_not=["Barnaby Illsley"])
q("who sent apologies to the 8 march meeting and who subbed for them", "people_roles",
  "Apologies at the 8 March 2028 meeting came from Cllr Terence Ainscough (Lancashire County Council) and Cllr Rhiannon Etherington (Stockport Metropolitan Borough Council). Cllr Aled Pumphrey (Shropshire Council) attended as substitute for Cllr Ainscough, and Cllr Sunita Yeardley (Leicester City Council) for Cllr Etherington.",
  ["Ainscough", "Etherington", "Pumphrey", "Yeardley"],
  [(M, "2. Apologies were received from Cllr Terence Ainscough and Cllr Rhiannon Etherington. Cllr Aled Pumphrey attended as substitute for Cllr Ainscough, and Cllr Sunita Yeardley as substitute for Cllr Etherington."),
   (M, "Apologies | Cllr Terence Ainscough | Lancashire County Council")],
  "The attendance table names the group only on the first row of each group (Etherington's row has no 'Apologies' cell); paragraph 2 pairs substitutes with members.")
q("who are the subs for 2028/29?", "people_roles",
  "Substitutes for 2028/29: Cllr Philippa Stobart (North Yorkshire Council, Conservative), Cllr Sunita Yeardley (Leicester City Council, Labour), Cllr Oliver Bagshawe (Eastleigh Borough Council, Liberal Democrat) and Cllr Nia Winstanley (Mid Devon District Council, Independent). The Green group has not named a substitute.",
  ["Stobart", "Yeardley", "Bagshawe", "Winstanley"],
  [(T, "Cllr Philippa Stobart, North Yorkshire Council (Conservative)"), (T, "Cllr Oliver Bagshawe, Eastleigh Borough Council (Liberal Democrat)"), (T, "Cllr Nia Winstanley, Mid Devon District Council (Independent)")],
  "A bulleted list, not the members' table; Pumphrey (a substitute in 2027/28) is now a member.")
q("who is lead member for toilet data and mapping", "people_roles",
  "Cllr Jasper Wigglesworth (Brighton and Hove City Council, Green) is lead member for toilet data and mapping in 2028/29.",
  ["Wigglesworth"],
  [(T, "Toilet data and mapping: Cllr Jasper Wigglesworth")],
  "Markdown bullet with a bold label.")
q("what actions did lowri pick up at the march meeting", "people_roles",
  "Two actions for Lowri Mottershead from 8 March 2028: send the Access to Toilets Alliance's 'Can't Go Out' survey report to members by 22 March 2028 (item 4), and add the question on drinking water refill points to the provision survey and confirm the contract with Varley Hinchcliffe Research Ltd by 24 March 2028 (item 5).",
  ["22 March 2028", "24 March 2028"],
  [(M, "2 | Send the ‘Can’t Go Out’ survey report to members | Lowri Mottershead | 22 March 2028 | 4"),
   (M, "3 | Add the question on refill points to the provision survey and confirm the contract | Lowri Mottershead | 24 March 2028 | 5")],
  "First name only. The actions are also 'Action:' paragraphs under items 4 and 5.")
q("who wrote the q4 performance report? got a number for them?", "people_roles",
  "Lowri Mottershead, Senior Adviser (Public Toilets and Changing Places): Tel 020 7946 0739, lowri.mottershead@local.gov.uk.",
  ["Lowri Mottershead", "020 7946 0739"],
  [(P, "Tel: 020 7946 0739"), (P, "Senior Adviser (Public Toilets and Changing Places)")],
  "The Word report has no contact on its front sheet; a 'Report author' block of four unlabelled-then-labelled lines closes it.")

# ---------------------------------------------------------------- board_paper (7)
q("what are the recs in the changing places round 2 paper", "board_paper",
  "That the Working Group: 1. agrees the 12 awards totalling £718,000 set out in Table 1; 2. agrees the reserve list of three bids in Table 2, in the order shown; and 3. delegates to the Head of Neighbourhoods and Place, in consultation with the Vice-Chair, the decision to offer a grant to a reserve bid if a council withdraws before 31 October 2028.",
  ["718,000", "reserve", "Vice-Chair"],
  [(A, "1. agrees the 12 awards totalling £718,000 set out in Table 1;"),
   (A, "2. agrees the reserve list of three bids in Table 2, in the order shown; and"),
   (A, "3. delegates to the Head of Neighbourhoods and Place, in consultation with the Vice-Chair, the decision to offer a grant to a reserve bid if a council withdraws before 31 October 2028.")],
  "Recommendations under a heading of their own, with a typed numbered list, in a PDF whose paragraphs are also numbered 1., 2., 3. further on.")
q("what's the membership/tor paper asking us to agree?", "board_paper",
  "Item 2 (14 June 2028) is for decision. It asks the Working Group to note its membership and substitutes for 2028/29, to agree the revised terms of reference at Appendix A (new end date of 31 March 2030, grants up to £100,000 each, the rule on bids from members' own councils), and to agree the meeting dates for 2028/29.",
  ["terms of reference", "meeting dates"],
  [(T, "2. agrees the revised terms of reference at Appendix A; and"), (T, "3. agrees the meeting dates for 2028/29 (paragraph 8)."), (T, "Purpose of report: For decision.")],
  "Markdown front sheet of bold run-in labels; the numbered recommendations are a markdown list.")
q("how were the round 2 bids scored", "board_paper",
  "Two officers scored each bid out of 100 against the published criteria: need (40 points), deliverability (30), value for money (20) and involvement of disabled people and their organisations (10). The Deputy Chair, Cllr Imogen Rushworth, moderated the scores of bids within five points of the threshold; bids scoring below 60 are not recommended.",
  ["need", "deliverability", "60"],
  [(A, "3. Twenty-seven councils bid for £1,362,500 in all. Two officers scored each bid out of 100 against the published criteria: need (40 points), deliverability (30), value for money (20) and involvement of disabled people and their organisations (10).")],
  "Prose paragraph of the PDF paper.")
q("any declarations of interest at the march meeting?", "board_paper",
  "Yes. Cllr Gareth Cadwallader declared an interest in item 3 as a trustee of the Kernow Access Forum, which is helping Cornwall Council to prepare a round 2 bid; he would take no part in any decision on that bid. The Chair, Cllr Hester Quenby, said Rutland County Council also intended to bid and that she would not take part in the decisions on round 2 awards.",
  ["Cadwallader", "Kernow Access Forum"],
  [(M, DECL)],
  "Inside item 1's third paragraph on the web page; there is no separate declarations section.")
q("what did they decide on mobile changing places units in march", "board_paper",
  "On 8 March 2028 the Working Group agreed that a mobile Changing Places unit may receive a grant of up to £90,000 if the council shows it will be in use on at least 40 days a year, and that the limit for a fixed Changing Places toilet stays at £75,000.",
  ["90,000", "40 days"],
  [(M, "agreed that a mobile Changing Places unit may receive a grant of up to £90,000, if the council shows it will be in use on at least 40 days a year;")],
  "A lettered <ol> under a bold 'Decision' paragraph on the web page; the June PDF paper repeats the limit in paragraph 2.")
q("why is the data standard measure red", "board_paper",
  "PTM-06 is Red because 97 councils had signed up to the open toilet data standard by 31 March 2028 against a target of 120 (more than 10 per cent short). Sign-up rose from 88 to 97 in March after members wrote to their councils, but most councils that have not signed up say they lack the staff time to keep their data up to date. The target will be carried into 2028/29.",
  ["97", "120"],
  [(P, "3. Open toilet data standard (PTM-06). Sign-up rose from 88 to 97 councils in March but stayed well short of the target of 120. Most of the councils that have not signed up say they lack the staff time to keep their data up to date."), (P, P06)],
  "Paragraph 3 of the Word report and the row.")
q("budget paper - why is the final underspend smaller than the q3 forecast?", "board_paper",
  "At quarter 3 the forecast was an underspend of £14,200; the provisional outturn is an underspend of £7,500 (£295,500 against £303,000). The difference is mainly extra work on the open toilet data standard (PTB5): the supplier, Rimmington Data Services Ltd, worked 14 extra days in March 2028 to build a tool that checks councils' toilet data, agreed on 6 March 2028, so PTB5 ended £6,200 over budget.",
  ["14,200", "7,500"],
  [(B, "Summary: The Working Group's budget for 2027/28 was £303,000. The provisional outturn is £295,500, an underspend of £7,500 (2.5 per cent). The forecast at quarter 3 was an underspend of £14,200; the difference is mainly extra work on the open toilet data standard in March 2028. The Changing Places Accelerator Fund is a separate government grant and is reported in Table 2."),
   (B, "4. Open toilet data standard (PTB5), +6,200. The supplier, Rimmington Data Services Ltd, worked 14 extra days in March 2028 to build a tool that checks councils' toilet data before it is published.")],
  "Plain-text front sheet with labels padded to a column; the Summary value is one long line.")

# ---------------------------------------------------------------- fact (5)
q("how many bids came in for round 2 and how much did they ask for in total", "fact",
  "27 councils bid to round 2 of the Changing Places Accelerator Fund, for £1,362,500 in all, against £740,000 available.",
  ["27", "1,362,500"],
  [(A, "Round 2 of the Changing Places Accelerator Fund closed on 19 April 2028 with 27 bids for £1,362,500 against the £740,000 available.")],
  "Also in paragraph 3 ('Twenty-seven councils bid for £1,362,500 in all') and the performance report's PTM-02 comment (27 bids).")
q("whats the quorum for the toilets working group", "fact",
  "Three members, from at least two political groups (clause 5 of the terms of reference).",
  ["three", "two political groups"],
  [(T, "5. Quorum. Three members, from at least two political groups.")],
  "Appendix A of the markdown paper, clause with a bold lead-in.")
q("what % of ppl in the alliance survey said they limit trips out bc of toilets?", "fact",
  "62 per cent. The Access to Toilets Alliance's 'Can't Go Out' survey of 3,140 people with bladder and bowel conditions, disabled people and carers (autumn 2027) found 62 per cent limited trips out because they could not be sure of finding a toilet; 38 per cent had been unable to use a council toilet in the past year because it was locked or closed.",
  ["62"],
  [(M, "8. Marcus Dzikowski presented the findings of the Alliance’s survey of 3,140 people with bladder and bowel conditions, disabled people and carers, carried out in autumn 2027. 62 per cent said they limited trips out because they could not be sure of finding a toilet, and 38 per cent had been unable to use a council toilet in the past year because it was locked or closed.")],
  "'ppl', 'bc', '%' for 'per cent'.")
q("when's the next meeting after the june one", "fact",
  "Wednesday 20 September 2028 at 11.00 am, at 18 Smith Square (and online). The date is proposed in the membership paper, subject to item 2.",
  ["20 September 2028"],
  [(T, "Wednesday 20 September 2028, 11.00 am"), (A, "Date of next meeting: Wednesday 20 September 2028, 11.00 am, 18 Smith Square (subject to item 2).")],
  "In the agenda under the table and in the markdown list of dates.")
q("how much is the wg's budget for 28/29", "fact",
  "£309,000, agreed as part of the LGA's budget in March 2028 (the 2027/28 budget was £303,000).",
  ["309,000"],
  [(B, "9. The Working Group's budget for 2028/29 is £309,000, agreed as part of the LGA's budget in March 2028. The underspend for 2027/28 returns to the LGA's general reserve and is not carried forward.")],
  "Under a heading '2028/29' underlined with dashes in the text file; the Changing Places fund figures are a different thing.")

# ---------------------------------------------------------------- cross_document (3)
q("the chair's own council bid for round 2 didnt it? how much are they recommended and did she declare it", "cross_document",
  "Yes. The Chair, Cllr Hester Quenby, is from Rutland County Council, whose bid CPA2-03 (Victoria Hall, Oakham, conversion, score 81) is recommended for £48,000 against £52,000 requested (the drainage survey is not an eligible cost). At the 8 March 2028 meeting she said Rutland intended to bid and that she would not take part in the decisions on round 2 awards; the paper's delegation for the reserve list is to the Head of Neighbourhoods and Place in consultation with the Vice-Chair.",
  ["Rutland", "48,000"],
  [(T, "Chair | Cllr Hester Quenby | Rutland County Council | Conservative"),
   (A, "CPA2-03 | Rutland County Council | Victoria Hall, Oakham | Conversion | 52,000 | 48,000 | 81"),
   (M, DECL)],
  "Chair's council (markdown or web attendance) -> PDF Table 1 -> web minutes' declaration.")
q("who replaced terence ainscough on the wg and was he at the march meeting", "cross_document",
  "Cllr Aled Pumphrey (Shropshire Council, Conservative), the Conservative substitute in 2027/28, has been appointed a member for 2028/29 in Cllr Ainscough's place. He was at the 8 March 2028 meeting as substitute for Cllr Ainscough, who had sent apologies; the Chair reported then that Cllr Ainscough would stand down at the end of the municipal year.",
  ["Pumphrey"],
  [(T, "5. Changes since 2027/28: Cllr Terence Ainscough (Lancashire County Council) stood down at the end of the municipal year. The Conservative group has appointed Cllr Aled Pumphrey, its substitute in 2027/28, as a member in his place, and has named Cllr Philippa Stobart as its new substitute."),
   (M, "Substitutes | Cllr Aled Pumphrey | Shropshire Council")],
  "Markdown paper -> web attendance table.")
q("how much round 1 money is still to be paid out and which councils is it waiting on", "cross_document",
  "£118,000 of the £760,000 round 1 awards was still to pay at 31 March 2028 (£642,000 paid): £79,000 due to the four councils whose toilets were not open and £39,000 of final claims from councils whose toilets opened in March 2028. The four not yet open are Stoke-on-Trent City Council (Hanley bus station), Bath and North East Somerset Council (Royal Victoria Park), Gateshead Council (Saltwell Park) and Isle of Wight Council (Ryde Esplanade).",
  ["118,000", "Stoke-on-Trent", "Gateshead"],
  [(B, "Round 1 still to pay | 118,000"),
   (B, "8. Grants are paid in two halves: the first when the grant agreement is signed and the second when the toilet opens. The £118,000 still to pay on round 1 is £79,000 due to the four councils whose toilets were not open at 31 March 2028 and £39,000 of final claims from councils whose toilets opened in March 2028."),
   (P, C04), (P, C13)],
  "Text budget paper (amount, no names) -> Word report's Table 3 (the councils).")

# ---------------------------------------------------------------- unanswerable (4)
q("what did the varley hinchcliffe survey find? whats the response rate", "unanswerable",
  "The papers do not say. The provision survey opened on 3 April 2028 and its early findings are an oral update at item 4 of the 14 June 2028 meeting; no findings or response rate are written down.",
  [], [],
  "Unanswerable: only the survey's dates, supplier and cost are given.")
q("how much did cornwall council ask for in round 2", "unanswerable",
  "The papers do not say. The March minutes say the Kernow Access Forum was helping Cornwall Council to prepare a bid, but Cornwall is not in the recommended awards or the reserve list, and the bids scoring below 60 are not listed.",
  [], [],
  "Unanswerable: tempting because Cornwall's bid is mentioned in a declaration.")
q("how much is budgeted for webinars next yr", "unanswerable",
  "The papers give only the total 2028/29 budget (£309,000), not a figure for webinars; the £12,000 for webinars and events is the 2027/28 budget.",
  [], [],
  "Unanswerable: the 2027/28 line (PTB3) is a tempting wrong answer.")
q("what was decided at the 24 nov 2027 meeting?", "unanswerable",
  "The papers do not hold the note of the 24 November 2027 meeting; they only record that it was agreed as a correct record on 8 March 2028.",
  [], [],
  "Unanswerable: the meeting is only named.")

assert len(Q) == 40, len(Q)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for i, g in enumerate(Q, 1):
        f.write(json.dumps({"id": f"u{i:03d}", **g}, ensure_ascii=False) + "\n")
print("wrote gold.jsonl:", len(Q), "questions")
