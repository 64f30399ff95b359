/**
 * A survey tool's raw export (Qualtrics' "Download data as CSV"): three header rows (the question ids,
 * "Q1", "Q5_1"; the questions as respondents saw them; a row of `{"ImportId":"QID1"}` for re-import), then
 * the tool's bookkeeping columns before the answers (start and end times, IP address, progress, location,
 * distribution channel …), and among the responses the survey's own previews and tests and the responses
 * left unfinished. A reader of the results reads the answers under the questions, response by response,
 * leaving out the previews, tests, spam and unfinished responses, as the tool's own reports do.
 *
 * Only the answers' columns are kept, in their order, so each response stays a run of the file's cells.
 */

/** Qualtrics' embedded bookkeeping fields, by the ids of its first header row. */
const BOOKKEEPING = new Set(
  [
    "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
    "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "ExternalDataReference", "LocationLatitude",
    "LocationLongitude", "DistributionChannel", "UserLanguage",
  ].map((id) => id.toLowerCase()),
);

/** A response type that is not a respondent's: the survey's preview, a test, spam. */
const NOT_A_RESPONSE = /^(?:survey preview|survey test|spam|preview|test)$/i;

const isImportIdRow = (record: string[]) => {
  const filled = record.filter((cell) => cell.trim());
  return filled.length >= 3 && filled.filter((cell) => /^\{\s*"ImportId"\s*:/.test(cell.trim())).length >= filled.length * 0.8;
};

/** The records of a survey tool's raw export as a table of answers; other records as they are. */
export function surveyExportAnswers(records: string[][]): string[][] {
  const importRow = records.findIndex(isImportIdRow);
  if (importRow < 2) return records;
  const ids = records[importRow - 2]!.map((id) => id.trim());
  const questions = records[importRow - 1]!;
  const bookkeeping = ids.flatMap((id, k) => (BOOKKEEPING.has(id.toLowerCase()) ? [k] : []));
  // (Only an export whose bookkeeping fields are the tool's: at least its start date, finished flag and status.)
  if (!["startdate", "finished", "status"].every((id) => ids.some((own) => own.toLowerCase() === id))) return records;
  const column = (id: string) => ids.findIndex((own) => own.toLowerCase() === id);
  const status = column("status");
  const finished = column("finished");
  const keep = questions.map((_, k) => k).filter((k) => !bookkeeping.includes(k));
  const responses = records.slice(importRow + 1).filter((record) => {
    if (!record.some((cell) => cell.trim())) return false;
    if (NOT_A_RESPONSE.test((record[status] ?? "").trim())) return false;
    return !/^(?:false|0)$/i.test((record[finished] ?? "").trim());
  });
  return [...records.slice(0, importRow - 2), keep.map((k) => questions[k] ?? ""), ...responses.map((record) => keep.map((k) => record[k] ?? ""))];
}
