# Writes gold.jsonl: 40 questions v001-v040 about the five documents of this set, in set C's format
# (id, question, category, answer, must_include, must_not_include, evidence[{doc, quote}], notes).
# Evidence quotes are copied from text/ (one line of a rendering, or a run inside one); check with
# node src/check-gold.mjs.
import json, os

W = "markets-street-trading-panel-work-programme-progress-2027-28-q2.docx"
P = "markets-street-trading-panel-start-up-fund-round-2-2027-10-13.pdf"
H = "markets-street-trading-panel.html"
M = "markets-street-trading-panel-action-log-forward-plan-2027-10-06.md"
T = "markets-street-trading-panel-minutes-2027-07-14.txt"

Q = []
def q(question, category, answer, must, evidence, notes, must_not=()):
    Q.append(dict(question=question, category=category, answer=answer, must_include=list(must), must_not_include=list(must_not),
                  evidence=[dict(doc=d, quote=s) for d, s in evidence], notes=notes))

# ---------------------------------------------------------------- status_lookup (7)
q("which workstreams are off track in the q2 progress report?", "status_lookup",
  "One: MKT-W5, the Market Hall Decarbonisation Survey (lead officer Nasrin Yeadon, lead member Cllr Farida Ombler). The survey of the 80 councils that own a covered market hall closed on 29 September 2027 with 23 responses (29 per cent), well short of the 60 needed; the contractor has proposed reopening it for six weeks at an extra cost of £6,800.",
  ["decarbonisation"],
  [(W, "Status | ☐ Complete ☐ On track ☐ Some slippage ☒ Off track"),
   (W, "Progress this quarter | The survey of the 80 councils that own a covered market hall closed on 29 September 2027 with 23 responses (29 per cent), well short of the 60 needed for robust national estimates.")],
  "Word highlight forms: the status is the ticked check box (☒) among four options in the form's last row; the workstream's name is only in the Heading 2 above the form. The summary gives counts only (one off track).")
q("whats got some slippage on the markets work programme", "status_lookup",
  "Two workstreams have some slippage at the end of quarter 2: MKT-W2, the Street Trading Licensing Toolkit (publication moved from 30 September to 30 November 2027 because the external legal review took longer), and MKT-W6, Digital Stalls: card payments and online orders (training paused in August 2027 when the delivery partner changed). Two measures also show some slippage: MKT-K3 and MKT-K6.",
  ["Toolkit", "Digital Stalls"],
  [(W, "Progress this quarter | The draft was completed in August 2027 and members’ comments were received by 8 September."),
   (W, "Publication has moved from 30 September 2027 to 30 November 2027."),
   (W, "Progress this quarter | Card readers were offered to 400 traders and 212 have been taken up. Training sessions were paused in August 2027 when the delivery partner changed.")],
  "The ticked box 'Some slippage' appears in two forms (W2 and W6); the question says 'work programme', so workstreams are wanted; the measures with the same status are a bonus.")
q("is the night markets peer network done?", "status_lookup",
  "Yes. MKT-W4, the Seasonal and Night Markets Peer Network, is marked Complete: four regional events were held between April and July 2027 with 171 delegates, and the final report, “After Dark: running evening markets well”, was published on 15 September 2027. The workstream has closed.",
  ["Complete"],
  [(W, "Progress this quarter | Four regional network events were held between April and July 2027, with 171 delegates in all. The final report, “After Dark: running evening markets well”, was published on 15 September 2027."),
   (W, "Next steps | None: the workstream has closed.")],
  "Status by ticked check box ('☒ Complete'); named by description ('night markets peer network').")
q("which kpis are rated some slippage at q2", "status_lookup",
  "Two measures: MKT-K3, new traders started through the Start-up Fund (58 at quarter 2 against a target of 150; the profile to the end of quarter 2 was 75), and MKT-K6, traders in the eight Digital Stalls pilot markets taking card payments (73% at quarter 2, down from 74%, against a target of 90%).",
  ["MKT-K3", "MKT-K6"],
  [(W, "MKT-K3 | New traders started through the Start-up Fund (cumulative) | – | 150 | 31 | 58 | ▲ | Some slippage"),
   (W, "MKT-K6 | Traders in the eight Digital Stalls pilot markets taking card payments | 71% | 90% | 74% | 73% | ▼ | Some slippage")],
  "Table 1 of the Word report, status words in the last column, trend arrows beside them.")
q("which start-up fund bids arent recomended?", "status_lookup",
  "Three round 2 bids are not recommended: MTSF2-12, Torbay Council (Paignton Market, £24,700, score 23); MTSF2-13, Boston Borough Council (Boston Market, £16,900, score 21); and MTSF2-14, Tendring District Council (Clacton Street Market, £22,250, score 18). They scored poorly on need and stall availability. Two more bids (Lewisham and Wakefield) are on the reserve list.",
  ["Torbay", "Boston", "Tendring"],
  [(P, "MTSF2-12 | Torbay Council | Paignton Market | 6 | 24,700 | 15% | 23 | Not recommended | –"),
   (P, "MTSF2-13 | Boston Borough Council | Boston Market | 5 | 16,900 | 19% | 21 | Not recommended | –"),
   (P, "MTSF2-14 | Tendring District Council | Clacton Street Market | 4 | 22,250 | 15% | 18 | Not recommended | –")],
  "Landscape appendix page of the PDF: an unruled table told apart by zebra shading only. Typo 'recomended'.")
q("which actions on the action log are still open?", "status_lookup",
  "Three actions are open (empty box): A27/07, agree a data-sharing protocol with the Association of Market Operators for the Markets Health Check (Jago Kitching; due 30 June 2027, revised to 31 October 2027); A27/13, report options for reopening the market hall decarbonisation survey (Nasrin Yeadon, due 13 October 2027); and A27/15, ask the Conservative Group office for a new substitute nomination (Marguerite Lusted, due 13 October 2027). A27/16, the Shrewsbury Market Hall visit, also has an empty box but is struck through: it was dropped.",
  ["A27/07", "A27/13", "A27/15"],
  [(M, "[ ] A27/07 Agree a data-sharing protocol with the Association of Market Operators for the Markets Health Check."),
   (M, "[ ] A27/13 Report options for reopening the market hall decarbonisation survey to the October meeting."),
   (M, "[ ] A27/15 Ask the Conservative Group office for a new substitute nomination.")],
  "Markdown task list: '- [ ]' open, '- [x]' done, struck through (~~) dropped, as the page's key says. A27/16 has an empty box and is struck through; an answer that lists it as open is not penalised by must_not_include (see README caveats).")
q("was the shrewsbury market hall visit action done?", "status_lookup",
  "No. A27/16, arranging a members' visit to Shrewsbury Market Hall (owner Marguerite Lusted, due 30 November 2027), was dropped on 2 September 2027 because Cllr Drabble, who offered to host the visit, has left the Panel.",
  ["dropped"],
  [(M, "[ ] A27/16 Arrange a members' visit to Shrewsbury Market Hall."),
   (M, "Update: Dropped on 2 September 2027: Cllr Drabble, who offered to host the visit, has left the Panel.")],
  "The item is struck through in the markdown (~~…~~) with an empty box; its update line says Dropped.")

# ---------------------------------------------------------------- table_lookup (7)
q("how much is bury getting from the start-up fund round 2", "table_lookup",
  "Bury Council (MTSF2-01, Bury Market) bid £28,500 and scored 44 out of 50; it is recommended at a reduced award of £24,000, because the award leaves out £4,500 for refurbishing stalls, which the Fund does not cover.",
  ["24,000"],
  [(P, "MTSF2-01 | Bury Council | Bury Market | 14 | 28,500 | 18% | 44 | Recommended (reduced) | 24,000"),
   (P, "MTSF2-01: the award leaves out £4,500 for refurbishing stalls.")],
  "Appendix A row; the bid and the award are both in the row, the award in the last column.")
q("what did norwich score", "table_lookup",
  "Norwich City Council's bid for Norwich Market (MTSF2-05) scored 36 out of 50. It asked for £27,950 with 30% match funding for 11 new traders and is recommended in full (£27,950).",
  ["36"],
  [(P, "MTSF2-05 | Norwich City Council | Norwich Market | 11 | 27,950 | 30% | 36 | Recommended | 27,950")],
  "Score column 'Score (out of 50)', whose header wraps onto two lines in the PDF.")
q("whats the q2 figure for stall occupancy in the pilot markets", "table_lookup",
  "81% at quarter 2 (MKT-K2, average stall occupancy in the 12 pilot markets), up from 79% in quarter 1 and a baseline of 78% in 2026/27, against a target of 85% for 2027/28. Status: On track.",
  ["81%"],
  [(W, "MKT-K2 | Average stall occupancy in the 12 pilot markets | 78% | 85% | 79% | 81% | ▲ | On track")],
  "Table 1 of the Word report: Q1 and Q2 columns beside baseline and target.")
q("who's first on the reserve list for round 2 and how much did they bid", "table_lookup",
  "Reserve 1 is MTSF2-10, the London Borough of Lewisham (Deptford Market), which bid £22,400 and scored 28. Reserve 2 is Wakefield Council (MTSF2-11, £19,500, score 26).",
  ["Lewisham", "22,400"],
  [(P, "MTSF2-10 | London Borough of Lewisham | Deptford Market | 10 | 22,400 | 21% | 28 | Reserve 1 | –")],
  "The reserve order is a word in the Recommendation column ('Reserve 1').")
q("match funding % for the huddersfield bid?", "table_lookup",
  "15%. The Huddersfield Open Market bid is Kirklees Council's (MTSF2-08): £29,800 for 12 new traders, score 32, recommended in full.",
  ["15%"],
  [(P, "MTSF2-08 | Kirklees Council | Huddersfield Open Market | 12 | 29,800 | 15% | 32 | Recommended | 29,800")],
  "The bid is named by its market (Huddersfield), the council is Kirklees.")
q("whats the target for health check registrations this year and where are we", "table_lookup",
  "The target for 2027/28 is 40 councils registered to use the Markets Health Check (MKT-K1). At quarter 2, 26 councils had registered (14 at quarter 1): On track, trend improving.",
  ["40", "26"],
  [(W, "MKT-K1 | Councils registered to use the Markets Health Check | 0 | 40 | 14 | 26 | ▲ | On track")],
  "Measure named by description.")
q("what's on the forward plan for the jan meeting", "table_lookup",
  "For 19 January 2028 the forward plan has four items: Markets Health Check: pilot findings (discussion, Jago Kitching); National Markets Fortnight 2027: evaluation (information, Ottilie Mowbray); a guest speaker, Tobias Grealish of the Association of Market Operators (discussion, Solveig Harrop); and the Markets Programme budget 2028/29 (decision, Ezra Bellerby).",
  ["pilot findings", "evaluation", "Grealish", "budget"],
  [(M, "19 January 2028 | Markets Health Check: pilot findings | Discussion | Jago Kitching"),
   (M, "National Markets Fortnight 2027: evaluation | Information | Ottilie Mowbray"),
   (M, "Guest speaker: Tobias Grealish, Association of Market Operators | Discussion | Solveig Harrop"),
   (M, "Markets Programme budget 2028/29 | Decision | Ezra Bellerby")],
  "Markdown table whose Meeting cell is filled only on the first row of each meeting; the next three rows have an empty Meeting cell.")

# ---------------------------------------------------------------- people_roles (7)
q("who is the contact officer for the start-up fund round 2 paper", "people_roles",
  "Ruth Attwooll, Senior Adviser (Markets and High Streets): phone 020 7946 0287, email ruth.attwooll@local.gov.uk.",
  ["Ruth Attwooll", "0287"],
  [(P, "Senior Adviser (Markets and High Streets)"), (P, "ruth.attwooll@local.gov.uk"), (P, "020 7946 0287")],
  "PDF front sheet in a grey panel, each label (CONTACT OFFICER, POSITION, PHONE NO, EMAIL) on its own line above its value.")
q("who chairs the markets panel and who are the deputies", "people_roles",
  "Chair: Cllr Rosalind Stobbart (Labour, Bury Council). Vice-Chair: Cllr Anselm Tregoning (Conservative, Cornwall Council). Deputy Chairs: Cllr Farida Ombler (Liberal Democrat, Eastleigh Borough Council) and Cllr Wendy Pocklington (Independent, Ashfield District Council).",
  ["Stobbart", "Tregoning", "Ombler", "Pocklington"],
  [(H, "Cllr Rosalind Stobbart | Chair | Council Bury Council | Political group Labour"),
   (H, "Cllr Anselm Tregoning | Vice-Chair | Council Cornwall Council | Political group Conservative"),
   (H, "Cllr Farida Ombler | Deputy Chair | Council Eastleigh Borough Council | Political group Liberal Democrat"),
   (H, "Cllr Wendy Pocklington | Deputy Chair | Council Ashfield District Council | Political group Independent")],
  "HTML member cards inside a collapsed accordion section: the role is a tag (<strong>) under the name, council and group in a <dl>. 'Deputies' could be read as the Vice-Chair too; all three roles are given.")
q("who sent apologies to the july meeting", "people_roles",
  "At the meeting on 14 July 2027 apologies came from Cllr Lorcan Drabble (Shropshire Council, Conservative), substituted by Cllr Marcus Fenwright, and Cllr Imelda Spurway (Bristol City Council, Labour), substituted by Cllr Oona Blackledge.",
  ["Drabble", "Spurway"],
  [(T, "Cllr Lorcan Drabble | Shropshire Council (Con)"), (T, "Cllr Imelda Spurway | Bristol City Council (Lab)"),
   (T, "Cllr Marcus Fenwright (for Cllr Drabble) | Lincolnshire County Council (Con)")],
  "Text minutes: the names are under the label APOLOGIES on a line of its own, in two space-aligned columns.")
q("who's the lead member for the start-up fund", "people_roles",
  "Cllr Tariq Bhamji (Labour, Leicester City Council) is lead member for the Market Traders’ Start-up Fund (workstream MKT-W3, whose lead officer is Ruth Attwooll).",
  ["Bhamji"],
  [(H, "Cllr Tariq Bhamji | Member | Council Leicester City Council | Political group Labour | Lead member for Market Traders’ Start-up Fund"),
   (W, "Lead member | Cllr Tariq Bhamji")],
  "In the web page's member card (<dt>Lead member for</dt>) and the Word highlight form.")
q("who is the lead officer on digital stalls", "people_roles",
  "Declan Pashley, Programme Manager, Markets Programme, is lead officer for MKT-W6, Digital Stalls: card payments and online orders. The lead member is Cllr Barnaby Hurrell.",
  ["Declan Pashley"],
  [(W, "Lead officer | Declan Pashley"), (W, "Lead member | Cllr Barnaby Hurrell")],
  "Word highlight form rows under the Heading 2 '2.6 Digital Stalls: card payments and online orders'.")
q("who are the green and lib dem members of the panel", "people_roles",
  "Green: Cllr Cerys Vallance (Stroud District Council). Liberal Democrat: Cllr Farida Ombler (Eastleigh Borough Council, Deputy Chair) and Cllr Barnaby Hurrell (Cheltenham Borough Council). The Liberal Democrat substitute is Cllr Peregrine Tuffnell (Westmorland and Furness Council).",
  ["Vallance", "Ombler", "Hurrell"],
  [(H, "Cllr Cerys Vallance | Member | Council Stroud District Council | Political group Green"),
   (H, "Cllr Farida Ombler | Deputy Chair | Council Eastleigh Borough Council | Political group Liberal Democrat"),
   (H, "Cllr Barnaby Hurrell | Member | Council Cheltenham Borough Council | Political group Liberal Democrat")],
  "Political group is a <dd> in each card; 'lib dem' abbreviates Liberal Democrat.")
q("who's the clerk for the panel? need their number", "people_roles",
  "Marguerite Lusted, Member Services Officer and clerk to the Panel: 020 7946 0456.",
  ["Marguerite Lusted", "0456"],
  [(H, "Marguerite Lusted | Member Services Officer and clerk to the Panel | 020 7946 0456")],
  "Web page's summary list of officers (name / job title / contact). The wiki page also names her as clerk but gives no number.")

# ---------------------------------------------------------------- board_paper (7)
q("what are the recs in the start up fund round 2 paper", "board_paper",
  "That the Panel: (a) approves the nine awards listed in Appendix A, totalling £214,700; (b) agrees the reserve list in the order shown in Appendix A, to be funded from the £5,300 left unallocated and from any grant returned from round 1 or round 2; and (c) delegates to the Senior Adviser (Markets and High Streets), in consultation with the Chair, the agreement of grant conditions with each council.",
  ["214,700", "reserve", "Senior Adviser"],
  [(P, "(a) approves the nine awards listed in Appendix A, totalling £214,700;"),
   (P, "(b) agrees the reserve list in the order shown in Appendix A, to be funded from the £5,300 left unallocated and from any grant returned from round 1 or round 2; and"),
   (P, "(c) delegates to the Senior Adviser (Markets and High Streets), in consultation with the Chair, the agreement of grant conditions with each council.")],
  "Recommendations under a label on its own line in the front-sheet panel, (a)-(c) with hanging letters.")
q("why were bury and plymouth's bids cut", "board_paper",
  "Both are recommended at a reduced amount. Bury Council’s bid (MTSF2-01) included £4,500 for refurbishing stalls, which the Fund does not cover (award £24,000 of £28,500), and Plymouth City Council’s bid (MTSF2-02) included £7,500 for three traders already funded in round 1 (award £22,500 of £30,000).",
  ["4,500", "7,500"],
  [(P, "Two bids are recommended at a reduced amount. Bury Council’s bid (MTSF2-01) included £4,500 for refurbishing stalls, which the Fund does not cover, and Plymouth City Council’s bid (MTSF2-02) included £7,500 for three traders already funded in round 1."),
   (P, "MTSF2-01: the award leaves out £4,500 for refurbishing stalls. MTSF2-02: the award leaves out £7,500 for three traders funded in round 1.")],
  "Paragraph 6 of the paper and the note under Appendix A.")
q("how were round 2 bids scored", "board_paper",
  "Each bid was scored by two officers out of 50, against five criteria of 10 points each: need, number of new traders, stall availability, mentoring offer and value for money; the Senior Adviser moderated any score where the two differed by more than five points. Bids scoring 30 or more are recommended, 25 to 29 go on the reserve list, and below 25 are not recommended.",
  ["50", "30", "25"],
  [(P, "5. Each bid was scored by two officers, and the Senior Adviser moderated any score where they differed by more than five points. Bids scoring 30 or more are recommended; bids scoring 25 to 29 are placed on the reserve list; bids scoring below 25 are not recommended."),
   (P, "Scores are out of 50. 30 or more: recommended; 25 to 29: reserve list, in order of score; below 25: not recommended.")],
  "Paragraphs 3 and 5 and the note under the appendix table; the minutes' resolution 5.3(c) lists the criteria too.")
q("what is the prgress report asking the panel to agree", "board_paper",
  "That the Panel: (a) notes progress on the work programme at the end of quarter 2; (b) agrees that the Street Trading Licensing Toolkit is published by 30 November 2027; and (c) notes that the Programme Manager will decide, in consultation with the Chair, whether to reopen the market hall decarbonisation survey by 29 October 2027.",
  ["30 November 2027"],
  [(W, "(b) agrees that the Street Trading Licensing Toolkit is published by 30 November 2027; and"),
   (W, "(a) notes progress on the work programme at the end of quarter 2;")],
  "Word report, section 4 (Heading 1 '4. Recommendations'). Typo 'prgress'.")
q("what does the start up fund actually pay for", "board_paper",
  "The Fund pays councils to offer new traders up to 12 weeks’ free stall rent, a mentor from an established trader and a starter kit (gazebo, weights, signage and a card reader). It does not pay for building works or for refurbishing stalls.",
  ["12 weeks", "mentor", "starter kit"],
  [(P, "2. The Fund pays councils to offer new traders up to 12 weeks’ free stall rent, a mentor from an established trader and a starter kit (gazebo, weights, signage and a card reader). It does not pay for building works or for refurbishing stalls."),
   (W, "Aim | Grants to councils to offer new traders up to 12 weeks’ free stall rent, a mentor and a starter kit.")],
  "Paragraph 2 of the PDF paper; the Word form's Aim row says the same more briefly.")
q("what was resolved on the street trading toolkit in july", "board_paper",
  "On 14 July 2027 the Panel resolved that it (a) comments on the draft toolkit as recorded in the minutes; (b) asks members to send any further comments to Bryony Scragg by 8 September 2027; and (c) agrees that the toolkit be published by 30 September 2027.",
  ["8 September 2027", "30 September 2027"],
  [(T, "(b) asks members to send any further comments to Bryony Scragg by 8 September 2027; and"),
   (T, "(c) agrees that the toolkit be published by 30 September 2027.")],
  "Text minutes, paragraph 4.3 'Resolved: that the Panel' with (a)-(c) on indented lines of their own.")
q("whats happening with the decarbonisation survey - are they reopening it?", "board_paper",
  "Not decided yet. The survey of the 80 councils that own a covered market hall closed on 29 September 2027 with only 23 responses (29 per cent), short of the 60 needed. The contractor, Hallamshire Retail Research, has proposed reopening it for six weeks with telephone follow-up at an extra cost of £6,800; the Programme Manager is to decide by 29 October 2027, in consultation with the Chair, whether to reopen it.",
  ["23", "6,800", "29 October"],
  [(W, "The contractor, Hallamshire Retail Research, has proposed reopening it for six weeks with telephone follow-up, at an extra cost of £6,800."),
   (W, "Next steps | The Programme Manager to decide by 29 October 2027, in consultation with the Chair, whether to reopen the survey."),
   (W, "(c) notes that the Programme Manager will decide, in consultation with the Chair, whether to reopen the market hall decarbonisation survey by 29 October 2027.")],
  "Word form rows for MKT-W5 and recommendation (c); the wiki's A27/13 update says the same decision date.")

# ---------------------------------------------------------------- fact (5)
q("how many councils took part in markets fortnight this year", "fact",
  "137 councils took part in National Markets Fortnight 2027 (4 to 18 September 2027), and 1,140 markets were listed on the campaign map, against 900 in 2026.",
  ["137"],
  [(W, "137 councils took part and 1,140 markets were listed on the campaign map, against 900 in 2026.")],
  "The July minutes give 96 councils signed up by 14 July; the final figure is in the October progress report.")
q("how many card readers have traders taken up", "fact",
  "212: card readers were offered to 400 traders in the eight Digital Stalls pilot markets and 212 have been taken up.",
  ["212"],
  [(W, "Progress this quarter | Card readers were offered to 400 traders and 212 have been taken up.")],
  "Word highlight form of MKT-W6.")
q("whats the quorum for the panel", "fact",
  "The quorum is four members from at least two political groups (members attending online count towards it).",
  ["four", "two political groups"],
  [(H, "The quorum is four members from at least two political groups.")],
  "Terms of reference, inside a collapsed accordion section of the web page, under the h3 'Membership and quorum'.")
q("when does the panel's term end", "fact",
  "The Panel will run until 31 March 2029, when the LGA Board will review whether it is still needed.",
  ["31 March 2029"],
  [(H, "The Panel will run until 31 March 2029, when the LGA Board will review whether it is still needed.")],
  "Terms of reference, h3 'Term'.")
q("how many new traders did round 1 get started by end of june", "fact",
  "31 new traders had started trading by 30 June 2027 from round 1, which awarded £180,000 to 11 councils in June 2027.",
  ["31"],
  [(T, "Round 1 had awarded £180,000 to 11 councils in June 2027, and 31 new traders had started trading by 30 June 2027."),
   (W, "MKT-K3 | New traders started through the Start-up Fund (cumulative) | – | 150 | 31 | 58 | ▲ | Some slippage")],
  "Minute 5.1; the Q1 column of MKT-K3 in the Word report gives the same 31.")

# ---------------------------------------------------------------- cross_document (3)
q("who took drabble's place on the panel and what council is he from", "cross_document",
  "Cllr Marcus Fenwright (Conservative, Lincolnshire County Council). Cllr Lorcan Drabble (Shropshire Council) left the Panel on 31 August 2027, and Cllr Fenwright, previously a Conservative substitute (he substituted for Cllr Drabble at the 14 July 2027 meeting), became a full member on 1 September 2027.",
  ["Fenwright", "Lincolnshire"],
  [(H, "Cllr Lorcan Drabble (Conservative, Shropshire Council) left the Panel on 31 August 2027. Cllr Marcus Fenwright, previously a Conservative substitute, became a full member on 1 September 2027."),
   (H, "Cllr Marcus Fenwright | Member | Council Lincolnshire County Council | Political group Conservative"),
   (T, "Cllr Marcus Fenwright (for Cllr Drabble) | Lincolnshire County Council (Con)")],
  "The web page's note names the replacement but not his council; his card (or the July minutes' substitutes list) gives Lincolnshire County Council. The July minutes (1.3) say the Conservative Group intended to nominate him.")
q("the chair declared an interest in the round 2 fund back in july - what's her council in line for?", "cross_document",
  "The Chair, Cllr Rosalind Stobbart, declared an interest on 14 July 2027 because Bury Council intended to bid in round 2. Bury Council's bid (MTSF2-01, Bury Market) asked for £28,500, scored 44 and is recommended at a reduced £24,000, leaving out £4,500 for refurbishing stalls.",
  ["Bury", "24,000"],
  [(T, "2.1 Cllr Rosalind Stobbart declared an interest in item 5, Market Traders' Start-up Fund: round 2 criteria, because Bury Council intended to bid in round 2."),
   (P, "MTSF2-01 | Bury Council | Bury Market | 14 | 28,500 | 18% | 44 | Recommended (reduced) | 24,000")],
  "Minutes (declaration) -> PDF appendix (the award). The PDF's paragraph 8 also mentions the declaration.")
q("when was the street trading toolkit supposed to come out originally and whats the new date", "cross_document",
  "In July the Panel agreed that the Street Trading Licensing Toolkit be published by 30 September 2027. Publication has moved to 30 November 2027, because the external legal review took longer than planned (many local Acts still govern street trading in some areas); the October report asks the Panel to agree the new date.",
  ["30 September 2027", "30 November 2027"],
  [(T, "(c) agrees that the toolkit be published by 30 September 2027."),
   (W, "Publication has moved from 30 September 2027 to 30 November 2027.")],
  "Minutes resolution 4.3(c) -> Word form MKT-W2 (and recommendation (b)). The Word row alone also holds both dates.")

# ---------------------------------------------------------------- unanswerable (4)
q("what did the panel decide on the round 2 awards on 13 october", "unanswerable",
  "The papers do not say. They hold the report to the 13 October 2027 meeting recommending nine awards totalling £214,700, but no minutes or decisions of that meeting.",
  [], [], "Only the proposal exists; the minutes held are those of 14 July 2027.")
q("what fee does the street trading toolkit recommend councils charge for a consent", "unanswerable",
  "The papers do not say. The July minutes record that some councils charge more than £2,000 a year for a consent and others less than £200, and that members asked the toolkit to explain how fees may lawfully be set, but no recommended fee is given.",
  [], [], "Tempting figures (£2,000, £200) are what councils charge, not a recommendation.")
q("who's the new conservative substitute", "unanswerable",
  "Nobody has been named. The Conservative substitute place is vacant while the Conservative Group makes a new nomination, expected by the end of October 2027.",
  [], [], "The web page and the action log (A27/15) say the place is vacant; a name would be invented.")
q("how much is the hallamshire retail research contract worth in total", "unanswerable",
  "The papers do not give the contract's value. They only say that Hallamshire Retail Research has proposed reopening the survey for six weeks at an extra cost of £6,800.",
  [], [], "Only the extra cost of reopening is given.")

cats = {}
for i, g in enumerate(Q, 1):
    g["id"] = f"v{i:03d}"
    cats[g["category"]] = cats.get(g["category"], 0) + 1
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in Q:
        f.write(json.dumps({k: g[k] for k in ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"]}, ensure_ascii=False) + "\n")
print(len(Q), "questions", cats)
