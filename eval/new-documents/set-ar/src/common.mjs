// Shared content of set AR: the LGA's (invented) Business Improvement Districts Panel, 2063/64.
// Everything here is invented: people, figures, decisions. Real council names are used for colour only.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mkdirSync, writeFileSync } from "node:fs";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = "/usr/share/fonts/truetype/dejavu";

export const BODY = "Business Improvement Districts Panel";
export const PARENT = "Growth and Enterprise Board";

// Membership 2063/64 (the agenda pack is the only document that gives councils and groups for everyone)
export const MEMBERS = [
  { name: "Cllr Philippa Drummey", council: "Stockport Metropolitan Borough Council", group: "Labour", role: "Chair" },
  { name: "Cllr Aldous Mallabar", council: "Cheshire East Council", group: "Conservative", role: "Vice-Chair" },
  { name: "Cllr Marisol Clutterbuck", council: "Bath and North East Somerset Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { name: "Cllr Ifeoma Akinwale", council: "Ashfield District Council", group: "Independent", role: "Deputy Chair" },
  { name: "Cllr Bartholomew Goodbody", council: "Broxbourne Borough Council", group: "Conservative", role: "Member" },
  { name: "Cllr Hesketh Scrivenor", council: "North Yorkshire Council", group: "Conservative", role: "Member" },
  { name: "Cllr Gwenllian Rackstraw", council: "Herefordshire Council", group: "Conservative", role: "Member" },
  { name: "Cllr Roisin Eskdale", council: "Newcastle City Council", group: "Labour", role: "Member" },
  { name: "Cllr Tamsin Langridge", council: "Southampton City Council", group: "Labour", role: "Member" },
  { name: "Cllr Deepak Ranganathan", council: "Leicester City Council", group: "Labour", role: "Member" },
  { name: "Cllr Oswin Upjohn", council: "Cheltenham Borough Council", group: "Liberal Democrat", role: "Member" },
  { name: "Cllr Saffron Haugen", council: "Norwich City Council", group: "Green", role: "Member" },
];
export const SUBS = [
  { name: "Cllr Nathaniel Barraclough", council: "Dorset Council", group: "Conservative" },
  { name: "Cllr Yasmin Bhamra", council: "Wolverhampton City Council", group: "Labour" },
  { name: "Cllr Crispin Dowsett", council: "Eastbourne Borough Council", group: "Liberal Democrat" },
  { name: "Cllr Ottilie Roskilly", council: "Castle Point Borough Council", group: "Independent" },
];
export const OFFICERS = {
  moncrieff: { name: "Dr Imogen Moncrieff", post: "Head of Place Economy", phone: "020 7946 0662", email: "imogen.moncrieff@local.gov.uk" },
  cottam: { name: "Ruairi Cottam", post: "Senior Adviser, Place Economy", phone: "020 7946 0618", email: "ruairi.cottam@local.gov.uk" },
  papadakis: { name: "Zainab Papadakis", post: "Finance Policy Adviser", phone: "020 7946 0654", email: "zainab.papadakis@local.gov.uk" },
  brisco: { name: "Linnea Brisco", post: "Member Services Officer", phone: "020 7946 0624", email: "linnea.brisco@local.gov.uk" },
  aylmer: { name: "Fergus Aylmer", post: "Programme Officer", phone: "020 7946 0639", email: "fergus.aylmer@local.gov.uk" },
};

export function out(kind, name, data) {
  mkdirSync(join(root, kind), { recursive: true });
  writeFileSync(join(root, kind, name), data);
}

// thousands separator
export const fmt = (n) => {
  const s = Math.abs(n).toLocaleString("en-GB");
  return n < 0 ? "-" + s : s;
};

// wrap text into lines of at most `width` characters (greedy, by words)
export function wrap(text, width) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (!cur) cur = w;
    else if ((cur + " " + w).length <= width) cur += " " + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}
