# Writes gold.jsonl: 40 questions x001-x040 about the five documents of this set, in set C's format
# (id, question, category, answer, must_include, must_not_include, evidence[{doc, quote}], notes).
# Evidence quotes are copied from text/ (one line of a rendering, or a run inside one); check with
# node src/check-gold.mjs.
import json, os

W = "allotments-community-growing-panel-model-tenancy-agreement-draft-2-2030-01-23.docx"
S = "allotments-community-growing-panel-survey-2029-slides-2030-01-23.pdf"
H = "allotments-community-growing-panel-meeting-2030-04-24.html"
M = "allotment-waiting-list-data-standard-readme-2030-05-02.md"
T = "allotments-community-growing-panel-growing-spaces-fund-progress-2030-04-24.txt"

Q = []
def q(question, category, answer, must, evidence, notes, must_not=()):
    Q.append(dict(question=question, category=category, answer=answer, must_include=list(must), must_not_include=list(must_not),
                  evidence=[dict(doc=d, quote=s) for d, s in evidence], notes=notes))

# ---------------------------------------------------------------- status_lookup (7)
q("which growing spaces projects are running late?", "status_lookup",
  "Three of the 18 round 1 projects are Delayed at 31 March 2030: GSF-04, Derby City Council (Chaddesden Park, new site of 52 plots; was due 31 May 2030, contractor went into administration); GSF-09, Newcastle City Council (Walker Riverside, new site of 60 plots; was due 28 June 2030, contaminated land); and GSF-14, Sheffield City Council (Parson Cross, plots restored after subsidence; was due 31 May 2030, old mine workings). Salford's GSF-13 has not started, but by agreement and it is not late.",
  ["Derby", "Newcastle", "Sheffield"],
  [(T, "GSF-04 | Derby City Council | Chaddesden Park: new site of 52 plots and a community growing hub | 49,000 | 24,500 | 52 | 0 | Delayed | 31 May 2030"),
   (T, "GSF-09 | Newcastle City Council | Walker Riverside: new site of 60 plots | 50,000 | 25,000 | 60 | 0 | Delayed | 28 Jun 2030"),
   (T, "GSF-14 | Sheffield City Council | Parson Cross: plots restored after subsidence | 54,000 | 27,000 | 58 (a) | 0 | Delayed | 31 May 2030"),
   (T, "Three are delayed: Derby (GSF-04), Newcastle (GSF-09) and Sheffield (GSF-14).")],
  "Text report: Table 2 is fixed-width with wrapped council and project cells, over a page break; the status is a word in its own column. Paragraph 4 also names the three. 'Running late' = Delayed; GSF-13 (Not started) is explicitly not late.")
q("which of the pilot councils are still on v1.0 of the waiting list data standard", "status_lookup",
  "Four of the ten pilot councils still publish to version 1.0 (marked ⚠️): Bristol City Council, Leicester City Council, Reading Borough Council and Newcastle City Council. Five publish to version 1.1 (Stockport, Sheffield, South Cambridgeshire, Wakefield, Brighton and Hove) and Somerset has not started yet. Version 1.0 is supported until 31 March 2031.",
  ["Bristol", "Leicester", "Reading", "Newcastle"],
  [(M, "Bristol City Council | ⚠️ 1.0 | Quarterly CSV | Aug 2029"),
   (M, "Leicester City Council | ⚠️ 1.0 | Quarterly CSV | Sep 2029"),
   (M, "Reading Borough Council | ⚠️ 1.0 | Every six months CSV | Oct 2029"),
   (M, "Newcastle City Council | ⚠️ 1.0 | Quarterly CSV | Nov 2029"),
   (M, "✅ publishing to version 1.1 · ⚠️ publishing to version 1.0 · ⏳ committed to publish, not yet publishing")],
  "README: the Version column holds an emoji and a number; the emoji's meaning is only in the key line under the table. 'the pilot councils' = the table's ten councils.")
q("is plymouths allotment grant still going ahead??", "status_lookup",
  "No. Plymouth City Council's grant GSF-11 (Whitleigh: 33 plots on a former garage site, £38,500) is Withdrawn: on 11 March 2030 the council withdrew the project because the housing association that owns the site withdrew its offer of a lease. No grant had been paid. On 24 April 2030 the Panel offered the money to the first reserve bid, Stoke-on-Trent City Council (GSF-R1, £41,000 with £2,500 from the contingency).",
  ["withdrawn"],
  [(T, "GSF-11 | Plymouth City Council | Whitleigh: 33 plots on a former garage site | 38,500 | 0 | 33 | 0 | Withdrawn | –"),
   (T, "On 11 March 2030 Plymouth City Council withdrew its project at Whitleigh (GSF-11, £38,500), because the housing association that owns the site withdrew its offer of a lease. No grant had been paid.")],
  "Named by council, not code. Text report row (Withdrawn) and paragraph 10; the web page's item 7 decision gives the re-allocation.")
q("whats happening with the salford growing site, has it started", "status_lookup",
  "Not yet. Salford City Council's project GSF-13 (Ordsall: community growing site with 18 plots, £26,000) is Not started at 31 March 2030, by agreement: its start was moved to June 2030 to avoid the bird nesting season. Its completion date is 30 September 2030 and it is not late against it. Nothing has been paid yet.",
  ["Not started", "June 2030"],
  [(T, "GSF-13 | Salford City Council | Ordsall: community growing site with 18 plots | 26,000 | 0 | 18 | 0 | Not started | 30 Sep 2030"),
   (T, "Salford's project (GSF-13) has not started, by agreement: its start was moved to June 2030 to avoid the bird nesting season, and it is not late against its agreed completion date.")],
  "GSF-13's row is the one just before the row cut by the page break in the paged file (its three lines are on page 2); the reason is in paragraph 4.")
q("which grant funded allotment projects are finished", "status_lookup",
  "Five round 1 Growing Spaces Fund projects are Complete at 31 March 2030, delivering 146 plots: GSF-01 Barnsley (Kendray, 40 plots), GSF-03 Cheshire West and Chester (Blacon, 24 plots), GSF-05 Dorset (Lorton Lane, Weymouth, 30 plots), GSF-08 Leicester (Aylestone Meadows, 20 plots) and GSF-15 Somerset (Priorswood, Taunton, 32 plots). Each has been paid its full grant.",
  ["Barnsley", "Cheshire West", "Dorset", "Leicester", "Somerset"],
  [(T, "GSF-01 | Barnsley Metropolitan Borough Council | Kendray: clear and restore 40 derelict plots | 32,000 | 32,000 | 40 | 40 | Complete | 28 Feb 2030"),
   (T, "GSF-03 | Cheshire West and Chester Council | Blacon: water supply and 24 restored plots | 27,600 | 27,600 | 24 | 24 | Complete | 31 Jan 2030"),
   (T, "GSF-05 | Dorset Council | Lorton Lane, Weymouth: 30 half plots and raised beds | 29,800 | 29,800 | 30 | 30 | Complete | 15 Mar 2030"),
   (T, "GSF-08 | Leicester City Council | Aylestone Meadows: 20 accessible raised-bed plots | 22,500 | 22,500 | 20 | 20 | Complete | 28 Feb 2030"),
   (T, "GSF-15 | Somerset Council | Priorswood, Taunton: 32 plots and rainwater harvesting | 33,700 | 33,700 | 32 | 32 | Complete | 29 Mar 2030")],
  "Named by description (no fund name). Table 2 rows with status Complete; the summary and paragraph 4 give only the count (five) and Table 1 the totals.")
q("is the tenancy agreement paper for decision or just for discussion", "status_lookup",
  "For discussion. The front sheet of item 5 (23 January 2030, draft 2 of the model allotment tenancy agreement and guidance on rents and concessions) gives the purpose as 'For discussion': the Panel was asked to comment on the draft and its tracked changes, none of which had been accepted, before it went out for consultation. The final version came back for decision on 24 April 2030.",
  ["For discussion"],
  [(W, "Purpose of report | For discussion"),
   (W, "None of the changes has been accepted yet: members are asked to say which they support.")],
  "Word: the purpose is a drop-down content control (For decision / For discussion / For information) in the front-sheet table; only the selected value is in the text.")
q("is somerset publishing its allotment waiting list data yet", "status_lookup",
  "Not yet. Somerset Council is marked ⏳ in the README's pilot table – committed to publish, not yet publishing – and will publish quarterly from Jun 2030, after moving its sites' records from parish councils to a single list.",
  ["Jun 2030"],
  [(M, "Somerset Council [4] | ⏳ | Quarterly from Jun 2030 | –"),
   (M, "[4] Moving its sites' records from parish councils to a single list first."),
   (M, "✅ publishing to version 1.1 · ⚠️ publishing to version 1.0 · ⏳ committed to publish, not yet publishing")],
  "README: the status is only the ⏳ emoji, explained by the key line; the reason is a <sup>4</sup> note under the table (rendered '[4]').")

# ---------------------------------------------------------------- table_lookup (7)
q("how much have we paid reading so far for whitley wood", "table_lookup",
  "£15,200 of Reading Borough Council's £30,400 grant (GSF-12, Whitley Wood: 26 restored plots and an accessible toilet), paid to 31 March 2030 – the first instalment of half. 10 of the 26 plots were done; the project is On track, due 31 May 2030.",
  ["15,200"],
  [(T, "GSF-12 | Reading Borough Council | Whitley Wood: 26 restored plots and an accessible toilet | 30,400 | 15,200 | 26 | 10 | On track | 31 May 2030")],
  "This is the Table 2 row cut by the page break: its first line (with all the figures) is the last line of page 2 and the rest of its council and project cells ('Council', 'plots and an accessible', 'toilet') are at the top of page 3, under the running header; the column headings are not repeated.")
q("hull allotments project - how many plots planned and how many done", "table_lookup",
  "Hull City Council's project GSF-07 (Sutton Fields: drainage and 44 restored plots) plans 44 plots, of which 18 were done at 31 March 2030. It is On track for completion by 31 July 2030 (grant £37,200, £18,600 paid).",
  ["44", "18"],
  [(T, "GSF-07 | Hull City Council | Sutton Fields: drainage and 44 restored plots | 37,200 | 18,600 | 44 | 18 | On track | 31 Jul 2030")],
  "Table 2's 'Plots planned' and 'Plots done' headings are split over two lines ('Plots' / 'planned', 'Plots' / 'done').")
q("how long are waiting lists in the south west compared to the rest of england", "table_lookup",
  "In the South West there are 79 people on waiting lists for every 100 plots, against 72 for England as a whole (Allotment Provision Survey 2029). Only London (183) and the South East (88) are higher.",
  ["79"],
  [(S, "South West | 79"),
   (S, "People on waiting lists for every 100 plots, by region"),
   (S, "That is 72 people waiting for every 100 plots.")],
  "Slide 4: a horizontal bar chart drawn as shapes; each value is printed at the end of its bar and the England figure labels a dashed reference line ('England: 72'); slide 3 gives the same 72 in a sentence. There is no table.")
q("median wait for a plot at district councils - 2024 v 2029?", "table_lookup",
  "At district councils the median wait for a plot rose from 17 months in 2024 to 26 months in 2029 (all councils: 22 to 31 months).",
  ["17", "26"],
  [(S, "District councils | 17 | 26"),
   (S, "Median wait for a plot (months)")],
  "Slide 5: grouped vertical bars, the values printed above the bars, the year only in the legend's swatches (grey 2024, green 2029).")
q("is median_wait_months mandatory? what type is it", "table_lookup",
  "No, median_wait_months is optional (Required: No). It is a number: the median number of months from joining the list to being offered a plot, for offers made in the 12 months before the as_at date. It was added in version 1.1, replacing the old waiting_time_years field.",
  ["number"],
  [(M, "median_wait_months | number | No | Median number of months from joining the list to being offered a plot, for offers made in the 12 months before the as_at date."),
   (M, "New optional field median_wait_months, calculated as set out in the guidance.")],
  "README Fields table: the description cell has a <br> line break inside it.")
q("what rent does the draft reccomend for a half plot", "table_lookup",
  "Draft 2 of the model tenancy guidance recommends £55 to £75 a year for a half plot of 125 square metres in 2030/31 (a full plot of 250 square metres: £100 to £140).",
  ["55", "75"],
  [(W, "Half plot | 125 square metres | £55 to £75 a year")],
  "Word Table 1 (one row inserted and one deleted as tracked changes; this row is unchanged).")
q("why wasnt cllr dhesi at the april meeting", "table_lookup",
  "Councillor Jaswinder Dhesi sent apologies to the meeting of 24 April 2030: the reason given is that she was attending a City of Wolverhampton Council planning committee. No substitute attended for her.",
  ["planning committee"],
  [(H, "Councillor Jaswinder Dhesi | Committee Member | Apologies | Attending a City of Wolverhampton Council planning committee")],
  "Web page: Attendance details table, 'Reason for absence' column.")

# ---------------------------------------------------------------- people_roles (7)
q("apologies at the 24/4 allotments panel? any subs", "people_roles",
  "Two members sent apologies on 24 April 2030: Councillor Jaswinder Dhesi (attending a City of Wolverhampton Council planning committee) and Councillor Hamish Yarrow (illness). Councillor Saffron Lidgett attended as substitute for Councillor Yarrow. Councillor Barnaby Wragge was absent without apologies, and Councillor Desmond Ravenhall attended virtually.",
  ["Dhesi", "Yarrow", "Lidgett"],
  [(H, "Councillor Jaswinder Dhesi | Committee Member | Apologies | Attending a City of Wolverhampton Council planning committee"),
   (H, "Councillor Hamish Yarrow | Committee Member | Apologies, sent substitute | Illness"),
   (H, "Apologies were received from Councillor Jaswinder Dhesi and Councillor Hamish Yarrow. Councillor Saffron Lidgett attended as substitute for Councillor Yarrow.")],
  "Web page: the attendance table's Role for the substitute is only 'Substitute'; whom she replaced is in item 1's minutes.")
q("who did the allotment survey presentation in jan", "people_roles",
  "Dr Rashida Mallinson, Senior Research Officer (LGA Research), presented the Allotment Provision Survey 2029 headline results to the Panel on 23 January 2030 (item 3).",
  ["Rashida Mallinson"],
  [(S, "Dr Rashida Mallinson"),
   (S, "Senior Research Officer, LGA Research"),
   (S, "Wednesday 23 January 2030 – Item 3")],
  "Slides: the title slide names the speaker; every other slide has her name in the footer (not in the rendering). 'jan' = 23 January 2030.")
q("who took the double plot out of the rent table in the draft", "people_roles",
  "Cllr Anselm Duckitt (the Vice-Chair). In draft 2 the Double plot row of Table 1 (500 square metres, £200 to £280 a year) is a tracked deletion by him; it is not in the table as it reads with the changes accepted.",
  ["Duckitt"],
  [(W, "Cllr Anselm Duckitt Deleted: Double plot | 500 square metres | £200 to £280 a year")],
  "Word: a whole table row deleted as a tracked change (w:trPr/w:del); the row and its author exist only in the markup.")
q("who looks after the waiting list standard repo", "people_roles",
  "The maintainers are Kit Roebuck (@kroebuck-lga), Data Standards Lead, and Jonah Bairnsfather (@jbairnsfather), Developer, in the LGA Data Standards team. The standard is owned by the Allotments and Community Growing Panel, which approves minor and major versions; the lead member is Cllr Hamish Yarrow.",
  ["Kit Roebuck", "Jonah Bairnsfather"],
  [(M, "Maintainers: Kit Roebuck (@kroebuck-lga), Data Standards Lead, and Jonah Bairnsfather (@jbairnsfather), Developer."),
   (M, "The standard is owned by the Local Government Association's Allotments and Community Growing Panel and is maintained by the LGA Data Standards team.")],
  "README Governance bullets with bold labels.")
q("contact officer for the model tenancy agreement paper + phone no?", "people_roles",
  "Ffion Truscott, Senior Adviser (Allotments and Growing): 020 7946 0431, ffion.truscott@local.gov.uk.",
  ["Ffion Truscott", "0431"],
  [(W, "Contact officer | Ffion Truscott"),
   (W, "Phone no | 020 7946 0431")],
  "Word: the front sheet's values are plain-text content controls in a two-column table.")
q("any declarations of interest at the april panel", "people_roles",
  "Two. On item 5 (the model tenancy agreement) the Chair, Councillor Philippa Dransfield, declared an other registrable interest because she holds an allotment tenancy from Sheffield City Council; she stayed and took part. On item 7 (Growing Spaces Fund) Councillor Leticia Midgley declared a non-registrable interest in the Newcastle project (GSF-09) as a trustee of the Walker Riverside Growers' Association, a partner in it, and left the meeting for that discussion.",
  ["Dransfield", "Midgley"],
  [(H, "Item 5: Councillor Philippa Dransfield declared an other registrable interest, as she holds an allotment tenancy from Sheffield City Council. She remained in the meeting and took part in the item."),
   (H, "Item 7: Councillor Leticia Midgley declared a non-registrable interest in the Newcastle project (GSF-09), as a trustee of the Walker Riverside Growers' Association, a partner in the project. She left the meeting for the discussion of that project.")],
  "Web page: 'Declarations of interest' list after the attendance tables; item 2's minutes only point to it.")
q("who are the deputy chairs of the allotments panel", "people_roles",
  "Councillor Morwenna Blamires and Councillor Desmond Ravenhall are the Deputy Chairs (the Chair is Councillor Philippa Dransfield and the Vice-Chair Councillor Anselm Duckitt).",
  ["Blamires", "Ravenhall"],
  [(H, "Councillor Morwenna Blamires | Deputy Chair | Present"),
   (H, "Councillor Desmond Ravenhall | Deputy Chair | Attended virtually")],
  "Web page: roles only in the Role column of the attendance table. The Word draft mentions 'the Deputy Chair' without a name, and Blamires only as a reviewer.")

# ---------------------------------------------------------------- board_paper (7)
q("what are the recs in the growing spaces fund progress report", "board_paper",
  "That the Panel: (a) notes progress on the Growing Spaces Fund at 31 March 2030; (b) agrees to offer a grant of £41,000 to Stoke-on-Trent City Council (GSF-R1), funded by the £38,500 returned by Plymouth City Council (GSF-11) and £2,500 from the contingency; (c) agrees to extend the completion dates of GSF-04 (Derby), GSF-09 (Newcastle) and GSF-14 (Sheffield) to 30 September 2030; and (d) agrees that Sheffield City Council keeps its full award of £54,000 for GSF-14, which will now restore 58 plots instead of 70.",
  ["Stoke-on-Trent", "30 September 2030", "54,000"],
  [(T, "(b) agrees to offer a grant of £41,000 to Stoke-on-Trent City Council (GSF-R1), funded by the £38,500 returned by Plymouth City Council (GSF-11) and £2,500 from the contingency;"),
   (T, "(c) agrees to extend the completion dates of GSF-04 (Derby), GSF-09 (Newcastle) and GSF-14 (Sheffield) to 30 September 2030; and"),
   (T, "(d) agrees that Sheffield City Council keeps its full award of £54,000 for GSF-14, which will now restore 58 plots instead of 70.")],
  "Text report front sheet: labels padded to column 32, the (a)-(d) lines wrapped with a hanging indent.")
q("what does the draft model tenancy say about a council ending a tenancy", "board_paper",
  "Draft 2 says a council may end a tenancy by giving 12 months' notice expiring on or before 6 April or on or after 29 September, as the Allotments Acts require (the solicitor's change: draft 1 said 'at any time by giving one month's notice'), or by one month's notice if the rent is unpaid 40 days after it is due, or if the tenant has broken the agreement and not put it right after a second notice under paragraph 5.",
  ["12 months", "6 April", "29 September"],
  [(W, "15. A council may end a tenancy by giving 12 months’ notice expiring on or before 6 April or on or after 29 September, as the Allotments Acts require."),
   (W, "16. A council may also end a tenancy by one month’s notice if the rent is unpaid 40 days after it is due, or if the tenant has broken the agreement and not put it right after a second notice under paragraph 5.")],
  "Word: paragraph 15 reads this way only with the tracked changes accepted (the deletion 'at any time by giving one month's notice' is by Beatrix Yelland).")
q("why is the derby allotment project delayed", "board_paper",
  "Derby City Council's contractor for GSF-04 (Chaddesden Park) went into administration in January 2030, after the site had been cleared. A new contractor was appointed on 2 April 2030 and works restart in May; the council expects to finish by 31 July 2030. (The Panel extended the completion date to 31 July 2030 rather than the 30 September proposed.)",
  ["administration", "31 July"],
  [(T, "6. GSF-04, Derby City Council (Chaddesden Park). The council's contractor went into administration in January 2030, after the site had been cleared. A new contractor was appointed on 2 April 2030 and works will restart in May. The council now expects to complete the project by 31 July 2030.")],
  "Text report paragraph 6 (hard-wrapped with a hanging indent).")
q("what are we asking government for off the back of the allotment survey", "board_paper",
  "Three asks: (1) protect allotment land – a stronger test before the Secretary of State consents to the disposal of statutory allotment land; (2) fund new plots – a £15 million capital fund from 2031/32 to create 6,000 new plots over three years; (3) measure demand consistently – back the Allotment Waiting List Data Standard as the national measure of demand. (The Minister's reply of 9 April 2030 ruled out a capital fund but offered a meeting on land protection.)",
  ["£15 million", "6,000"],
  [(S, "A stronger test before the Secretary of State consents to the disposal of statutory allotment land"),
   (S, "A £15 million capital fund from 2031/32 to create 6,000 new plots over three years"),
   (S, "Back the Allotment Waiting List Data Standard as the national measure of demand")],
  "Slide 9: three numbered asks, each a number in a drawn circle, a bold heading and a line of text.")
q("what changed in v1.1 of the data standard", "board_paper",
  "Version 1.1 (released 29 April 2030) adds a required field list_status (open, closed or suspended) and an optional median_wait_months; gives plot sizes in square metres (plot_size_sqm) instead of rods (plot_size_rods removed); renames site_ref to site_id and replaces applications with applicants (people, with applicants_on_other_lists); and makes plots_vacant required. 47 issues were raised in public comment: 41 resolved, 6 held over for version 1.2.",
  ["list_status", "square metres"],
  [(M, "New required field list_status: whether the site's waiting list is open, closed or suspended."),
   (M, "Plot sizes are given in square metres (plot_size_sqm) instead of rods (plot_size_rods is removed)."),
   (M, "site_ref is renamed site_id, and applications is replaced by applicants, which counts people rather than applications. Someone on the lists of two sites is counted on both, and shown in applicants_on_other_lists.")],
  "README 'What's new' bullets (inline code, hard-wrapped list items); the collapsed <details> table of version 1.0 fields says the same per field.")
q("what did the panel agree on the waiting list standard in april", "board_paper",
  "On 24 April 2030 the Panel (a) approved version 1.1 of the Allotment Waiting List Data Standard for release on 29 April 2030; (b) agreed that version 1.0 be supported until 31 March 2031; (c) set a target of 60 councils publishing to the standard by 31 March 2031; and (d) asked Councillor Hamish Yarrow, lead member for data and waiting lists, to write to the 20 councils with the longest waits for a plot.",
  ["29 April", "60 councils"],
  [(H, "(a) approves version 1.1 of the Allotment Waiting List Data Standard for release on 29 April 2030;"),
   (H, "(c) sets a target of 60 councils publishing to the standard by 31 March 2031; and"),
   (H, "(d) asks Councillor Hamish Yarrow, as lead member for data and waiting lists, to write to the 20 councils with the longest waits for a plot to encourage them to publish.")],
  "Web page item 6: 'Decision:' block and 'Minutes:' with RESOLVED (a)-(d) as separate paragraphs.")
q("what does the tenancy draft say about putting rents up", "board_paper",
  "Draft 2 says councils should increase rents by no more than 10 per cent in any one year and give tenants at least 12 months' notice of an increase. Both are tracked changes: the Vice-Chair, Cllr Anselm Duckitt, changed the cap from 5 to 10 per cent, and the Senior Solicitor, Beatrix Yelland, changed the notice from six months' to 12 months'. (The Panel kept both on 24 April 2030.)",
  ["10 per cent", "12 months"],
  [(W, "8. Councils should increase rents by no more than 10 per cent in any one year, and should give tenants at least 12 months’ notice of an increase."),
   (W, "Cllr Anselm Duckitt Deleted: 5"),
   (W, "Beatrix Yelland Deleted: six months’")],
  "Word paragraph 8 as it reads with the changes accepted, and the tracked changes in it (rendered as lines after the paragraph).")

# ---------------------------------------------------------------- fact (5)
q("response rate on the allotment provision survey?", "fact",
  "191 of the 276 councils in England with a duty to provide allotments responded – 69 per cent – from every region. The survey was open from 10 September to 26 October 2029.",
  ["191", "69"],
  [(S, "191 councils responded (69 per cent), from every region"),
   (S, "An online survey of the 276 councils in England that have a duty to provide allotments")],
  "Slide 2 bullets.")
q("how many allotment plots have been lost since 2024", "fact",
  "338 plots, on 14 sites closed since April 2024 (9 of them on land sold or redeveloped for housing). Over the same time 47 new sites with 1,910 plots opened, a net gain of 1,572 plots.",
  ["338"],
  [(S, "Lost | 14 sites closed | 338 plots"),
   (S, "9 of the 14 closed sites were on land sold or redeveloped for housing")],
  "Slide 7: two tinted panels (Gained / Lost), each a heading, a big figure and a smaller one.")
q("how much has the growing spaces fund paid out so far", "fact",
  "£354,750 to 31 March 2030 – 60 per cent of the £589,900 now committed to round 1 projects (£628,400 awarded less Plymouth's withdrawn £38,500).",
  ["354,750"],
  [(T, "5. The Fund has paid £354,750 to councils, 60 per cent of the £589,900 now committed to round 1 projects. The 17 projects still going ahead will create or restore 628 plots, of which 232 had been delivered by 31 March 2030."),
   (T, "Total | 18 | 628,400 | 354,750 | 661 | 232")],
  "Text report paragraph 5 and Table 1's Total row.")
q("what licence is the waiting list standard published under", "fact",
  "The standard and its documentation are published under the Open Government Licence v3.0; the validator code in /validator is under the MIT licence.",
  ["Open Government Licence"],
  [(M, "The standard and its documentation are published under the Open Government Licence v3.0. The validator code in /validator is under the MIT licence."),
   (M, "Licence: OGL v3.0")],
  "README Licence section (a collapsed reference link) and a badge's alt text.")
q("how much is the tenancy agreement consultation costing us", "fact",
  "About £4,500 for the consultation and publication of the model tenancy agreement, met from the Panel's budget for 2029/30.",
  ["4,500"],
  [(W, "18. Financial implications: the consultation and publication will cost about £4,500, which will be met from the Panel’s budget for 2029/30.")],
  "Word paragraph 18.")

# ---------------------------------------------------------------- cross_document (3)
q("the vice chair wanted the concession for people on benefits changed to up to 50% in the tenancy draft - did that go through in the end?", "cross_document",
  "No. In draft 2 Cllr Anselm Duckitt changed the concession from 'at least' to 'up to' 50 per cent (a tracked change), and also deleted the concession for tenants aged 66 or over. On 24 April 2030 he moved the 'up to 50 per cent' wording again and the amendment was lost: the Panel agreed that the guidance advise councils to offer a concession of at least 50 per cent of the rent to tenants who receive a means-tested benefit, and left any concession by age to each council.",
  ["at least 50 per cent"],
  [(W, "Cllr Anselm Duckitt Deleted: at least"),
   (W, "Cllr Anselm Duckitt Inserted: up to"),
   (H, "On being put to the vote, the amendment was lost."),
   (H, "(b) agrees that the guidance advise councils to offer a concession of at least 50 per cent of the rent to tenants who receive a means-tested benefit, and leave any concession by age to each council;")],
  "Word (tracked change by the Vice-Chair; the accepted-view paragraph 9 says 'up to', which is the wrong final answer) -> web page item 5 minutes and resolution (b).")
q("how many councils publish to the waiting list standard now vs at the time of the survey", "cross_document",
  "31 councils publish to the standard at 2 May 2030, against only 19 (all on version 1.0) at the time of the Allotment Provision Survey 2029. The Panel's target is 60 councils by 31 March 2031.",
  ["19", "31"],
  [(S, "Only 19 councils publish their waiting list using the Allotment Waiting List Data Standard (version 1.0)."),
   (M, "31 councils publish their waiting lists to the standard (at 2 May 2030)."),
   (H, "31 councils now publish their waiting lists to the standard, compared with 19 at the time of the Allotment Provision Survey.")],
  "Slide 8 callout box -> README (and its badge 'Publishing councils: 31') -> web page item 6 minutes, which gives both figures.")
q("the lead member on the tenancy agreement draft has left hasnt she? who's taken over", "cross_document",
  "Yes. The draft's lead member, Cllr Rosemary Nuttall (lead member for tenancies and rents), stood down from the Panel on 28 February 2030 after her appointment to Herefordshire Council's cabinet. The Conservative Group appointed Councillor Giles Ormondroyd (Cotswold District Council), previously a substitute, as a member from 1 March 2030, and on 24 April 2030 the Panel made him lead member for tenancies and rents.",
  ["Nuttall", "Ormondroyd"],
  [(W, "Lead member | Cllr Rosemary Nuttall (lead member for tenancies and rents)"),
   (H, "The Chair reported that Councillor Rosemary Nuttall had stood down from the Panel on 28 February 2030, following her appointment to Herefordshire Council's cabinet, and thanked her for her work as lead member for tenancies and rents."),
   (H, "(b) agrees that Councillor Giles Ormondroyd be the lead member for tenancies and rents.")],
  "Word front sheet (a content control) names her only as 'lead member'; the web page's item 4 gives the change. The question names her by role, not by name.")

# ---------------------------------------------------------------- unanswerable (4)
q("how much is in the pot for round 2 of the growing spaces fund", "unanswerable",
  "The papers do not say. The progress report says the Government has not yet confirmed the budget for round 2, and that proposals for round 2 in 2030/31 will come to the Panel on 17 July 2030. Round 1 (2029/30) had £650,000.",
  [], [], "Tempting figures: £650,000 (the 2029/30 Fund), £19,100 (contingency left).")
q("how many people are waiting for allotments in wales", "unanswerable",
  "The papers do not say. The Allotment Provision Survey 2029 covered the 276 councils in England with a duty to provide allotments; it gives no figures for Wales.",
  [], [], "Tempting: England's 157,320 people on waiting lists and the regional rates.")
q("how many people are on waiting lists in the north west", "unanswerable",
  "The papers do not give a number of people for the North West. The survey slides give only the rate: 61 people on waiting lists for every 100 plots in the North West (England 72), and 157,320 people in total for the responding councils.",
  [], [], "Only a rate per 100 plots is given by region; no counts by region and no plot numbers by region to derive one.")
q("whats the panel's total budget for 29/30", "unanswerable",
  "The papers do not give it. They give the Growing Spaces Fund's £650,000 for 2029/30 and say the tenancy consultation (about £4,500) will be met from the Panel's 2029/30 budget, but not the Panel's own budget.",
  [], [], "Tempting: £650,000 is the grant fund only.")

cats = {}
for i, g in enumerate(Q, 1):
    g["id"] = f"x{i:03d}"
    cats[g["category"]] = cats.get(g["category"], 0) + 1
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in Q:
        f.write(json.dumps({k: g[k] for k in ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"]}, ensure_ascii=False) + "\n")
print(len(Q), "questions", cats)
