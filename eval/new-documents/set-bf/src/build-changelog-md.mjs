// Builds docs/snn-policy-CHANGELOG-2186-11-13.md and its rendering in text/.
// Layout: THE CHANGELOG.md OF THE POLICY'S GIT REPOSITORY, IN "KEEP A CHANGELOG" FORM: a short preamble
// (the format and the versioning scheme as the team applies it to a policy: MAJOR / MINOR / PATCH), then
// one "## [version] - YYYY-MM-DD" section per release, newest first, with an "## [Unreleased]" section at the
// top for the draft going to the next meeting; under each release only "### Added / Changed / Deprecated /
// Removed / Fixed / Security" headings and terse bullets that name the policy's section ("§6.2: …") and
// give the old value in brackets ("(was 20 years)"); which body adopted a release and when it takes effect
// is a plain line under the version heading; the version headings are reference links resolved by link
// definitions at the foot of the file ("[3.2.0]: …/compare/v3.1.1...v3.2.0"). The rules in force are never
// stated whole: what applies now is the latest release's change on top of the earlier ones.
// Rendering: headings without "#", list items without "- ", paragraphs and link definitions a line each.
// Synthetic test fixture: the policy, its versions and every decision are invented.
//   node src/build-changelog-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, GIT, FEES } from "./common.mjs";

const FILE = DOCS.changelog;
const BASE = basename(FILE, extname(FILE));
const f = (i, col) => FEES[i][col].replace(" per street", "").replace(" per plot", " a plot");

const md = `# Changelog

All notable changes to the Greater Skelderby Street Naming and Numbering Policy are recorded in this file. The policy itself is \`policy.md\` in this repository; the version in force is the latest release below.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/).

Versions follow [Semantic Versioning](https://semver.org/spec/v2.0.0.html) as the Addressing team applies it to the policy:

- MAJOR: a change to who decides, or to what an applicant must do;
- MINOR: a rule added or changed;
- PATCH: wording corrected without changing a rule.

Section numbers (§) are those of the version described. JSNAC/86/nn is a decision of the Joint Street Naming and Addressing Committee; CAB/86/nnn is a decision of the Combined Authority Board.

## [Unreleased]

Draft 3.3.0, for the Joint Street Naming and Addressing Committee on 28 November 2186.

### Changed

- §5.6: a building may leave out the number 13 if the developer asks before numbering and the Naming Panel agrees. Follows JSNAC/86/19, which allowed it at Osmerley Wharf, Block C, as an exception.
- §7.2: a renaming petition must be signed by at least 25% of the occupiers of the street (was 20%).

### Added

- §4.8: names proposed by a developer must come with a short note of their local meaning.

## [3.2.0] - 2186-09-19

Adopted by JSNAC on 19 September 2186 (JSNAC/86/14). In force from 1 October 2186, except the fees in §9, which apply from 1 April 2187 (JSNAC/86/18).

### Added

- §10 Heritage nameplates: on streets in the Heritage Streets List, replacement nameplates are cast iron in the historic style of the area, paid for from the Nameplate Replacement Programme.
- §4.7: a name must not sound like an existing street name in the same town when said aloud, as tested with the fire and rescue and ambulance control rooms.

### Changed

- §6.2: a person may be commemorated 10 years after their death (was 20 years), with the written consent of their next of kin.
- §4.2: a name must not duplicate an existing street name in the same town or within 1 km (was: in the same postcode district).
- §9: fees from 1 April 2187: naming a new street ${f(0, 2)} (was ${f(0, 1)}); numbering new properties ${f(1, 2)} (was ${f(1, 1).replace(" a plot", "")}); renaming or renumbering an existing property ${f(2, 2)} (was ${f(2, 1)}); adding a name to a numbered property ${f(3, 2)} (was ${f(3, 1)}). The confirmation of address letter stays at ${f(4, 2)}.

### Deprecated

- Paper application form SNN1. Apply online from 1 January 2187; SNN1 will be removed in 4.0.0.

### Fixed

- §5.3: the diagram now shows odd numbers on the left going away from the start of the street, as the text always said (it showed them on the right).

### Security

- §8.3: the online register of applications no longer shows applicants' names or home addresses.

## [3.1.1] - 2186-07-04

### Fixed

- §7.3: "turnout" defined as the ballots returned as a share of the occupiers balloted.
- Typing errors in §2.1 and §8.2.

## [3.1.0] - 2186-06-20

Adopted by JSNAC on 20 June 2186 (JSNAC/86/07).

### Added

- §7 Renaming existing streets: a renaming is considered on a petition signed by at least 20% of the occupiers of the street, or at the request of a ward member. A ballot of occupiers follows, and a street is renamed only if at least two-thirds of the returned ballots are in favour and the turnout is at least 40%.

### Changed

- §3.4: public consultation on proposed names lasts 28 days (was 21 days).

## [3.0.0] - 2186-04-01

The first joint policy, adopted by the Combined Authority Board on 17 March 2186 (CAB/86/031). It replaces the five councils' own policies from 1 April 2186.

### Added

- §1: street naming and numbering for Fenwyke, Haddlestone, Osmerley, Skelderby and Thornby Vale is decided by the Joint Street Naming and Addressing Committee. Its Naming Panel decides applications with no objection; an application with an objection goes to the Committee.
- §5.6: every number in a sequence is used; the number 13 may not be left out.
- §9: one table of fees for all five councils: naming a new street ${f(0, 1)}; numbering new properties ${f(1, 1)}; renaming or renumbering an existing property ${f(2, 1)}; adding a name to a numbered property ${f(3, 1)}; confirmation of address letter ${f(4, 1)}.

### Removed

- The five councils' separate policies and fee tables.
- The option to leave out the number 13 (Fenwyke and Haddlestone policies).
- Naming streets after living people (Thornby Vale policy).

## [2.3.0] - 2185-11-11

The last version of Skelderby City Council's own policy, the base of 3.0.0.

### Changed

- §6.2: a person may be commemorated 20 years after their death (was 25 years).

[Unreleased]: ${GIT}/compare/v3.2.0...HEAD
[3.2.0]: ${GIT}/compare/v3.1.1...v3.2.0
[3.1.1]: ${GIT}/compare/v3.1.0...v3.1.1
[3.1.0]: ${GIT}/compare/v3.0.0...v3.1.0
[3.0.0]: ${GIT}/compare/v2.3.0...v3.0.0
[2.3.0]: ${GIT}/releases/tag/v2.3.0
`;
writeFileSync(join(root, "docs", FILE), md);
const text = md.split("\n").filter((l) => l.trim()).map((l) => l.replace(/^#+ /, "").replace(/^- /, ""));
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
