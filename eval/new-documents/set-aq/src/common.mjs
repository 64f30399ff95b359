// Shared names, dates and contact details for the set's builders (one source of content).
// Synthetic test fixtures: every person, figure and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () =>
  import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = "/usr/share/fonts/truetype/dejavu";

export const BODY = "Pollinators and Verges Task Group";
export const PARENT = "Climate, Nature and Environment Board";

export const OFFICERS = {
  stribling: { name: "Aurelia Stribling", post: "Head of Climate and Environment", phone: "020 7946 0979", email: "aurelia.stribling@local.gov.uk" },
  burstow: { name: "Ignatius Burstow", post: "Senior Adviser (Nature and Verges)", phone: "020 7946 0933", email: "ignatius.burstow@local.gov.uk" },
  frogley: { name: "Greta Frogley", post: "Adviser (Weed Control and Pesticides)", phone: "020 7946 0944", email: "greta.frogley@local.gov.uk" },
  ivatt: { name: "Ulrika Ivatt", post: "Adviser (Invasive Species)", phone: "020 7946 0956", email: "ulrika.ivatt@local.gov.uk" },
  jeffcoate: { name: "Cornelius Jeffcoate", post: "Finance Business Partner", phone: "020 7946 0968", email: "cornelius.jeffcoate@local.gov.uk" },
  ellerker: { name: "Sabine Ellerker", post: "Member Services Officer", phone: "020 7946 0921", email: "sabine.ellerker@local.gov.uk" },
};

// Members 2092/93 by political group (membership updated 4 November 2092).
export const GROUPS = [
  { group: "Conservative", members: [
    { name: "Cllr Octavia Pennycook", role: "Chair", council: "Suffolk County Council" },
    { name: "Cllr Percival Thackwray", council: "North Yorkshire Council" },
    { name: "Cllr Mabel Oakenfull", council: "Wiltshire Council" },
    { name: "Cllr Hector Smallbones", council: "Lincolnshire County Council" },
  ], sub: { name: "Cllr Farah Enticknap", council: "Solihull Metropolitan Borough Council" } },
  { group: "Labour", members: [
    { name: "Cllr Amos Nankervis", role: "Vice-Chair", council: "Leeds City Council" },
    { name: "Cllr Radhika Wimpory", council: "Bristol City Council" },
    { name: "Cllr Dorian Hinchliffe", council: "Sheffield City Council" },
    { name: "Cllr Josephine Colclough", council: "Durham County Council", mark: "*" },
  ], sub: { name: "Cllr Ezekiel Rudkin", council: "Wakefield Council" } },
  { group: "Liberal Democrat", members: [
    { name: "Cllr Florian Jelbart", role: "Deputy Chair", council: "South Cambridgeshire District Council" },
    { name: "Cllr Xanthe Puddifoot", council: "Cornwall Council" },
  ], sub: { name: "Cllr Romilly Vallender", council: "Somerset Council" } },
  { group: "Independent", members: [
    { name: "Cllr Hortense Drinkall", role: "Deputy Chair", council: "Herefordshire Council" },
    { name: "Cllr Kenelm Rattray", council: "Mid Suffolk District Council", party: "Green Party" },
  ], sub: { name: "Cllr Bryn Harbord", council: "Cumberland Council" } },
];
