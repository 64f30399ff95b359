/** Numbers written in words ("twenty-three", "eleven"), as papers write small counts. */

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** A number from one to ninety-nine in words ("twenty three", "Twenty-three"), as a pattern. */
export const NUMBER_IN_WORDS = new RegExp(`\\b(?:(?:${TENS.filter(Boolean).join("|")})(?:[- ](?:${UNITS.slice(1, 10).join("|")}))?|${UNITS.slice(1).join("|")})\\b`, "i");

/** The value of a number written in words, or undefined. */
export function wordsToNumber(text: string): number | undefined {
  const parts = text.toLowerCase().split(/[- ]+/);
  const tens = TENS.indexOf(parts[0]!);
  if (tens >= 2) {
    if (parts.length === 1) return tens * 10;
    const unit = UNITS.indexOf(parts[1]!);
    return parts.length === 2 && unit >= 1 && unit <= 9 ? tens * 10 + unit : undefined;
  }
  const unit = UNITS.indexOf(parts[0]!);
  return parts.length === 1 && unit >= 1 ? unit : undefined;
}
