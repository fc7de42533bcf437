/**
 * Redaction of personal data in free text typed by citizens, applied on the device before an event
 * is queued and again on the server before anything is stored. Browser-safe: plain string work.
 *
 * What is removed: Indonesian NIK (and KK) numbers, passport numbers, phone numbers, e-mail
 * addresses, and any other long run of digits (account or application numbers). What must survive:
 * fees (`Rp 350.000`, `1.650.000`, `500rb`), years, durations (`30 hari`), dates.
 */

/** Placeholders that replace what was removed; neutral, so they read the same in both languages. */
export const REDACTED = {
  email: '[email]',
  nik: '[nik]',
  phone: '[phone]',
  passport: '[passport-no]',
  number: '[number]',
} as const;

// A separator people type inside long numbers: one space, dot or dash (sometimes two spaces).
const SEP = '(?:[ .\\-]| {2})';
// Amounts are written "Rp 350.000", "Rp. 1.650.000", "IDR 500000": never personal data.
const NOT_MONEY = '(?<!(?:rp|idr|usd|\\$)\\.? ?)';
// Not the continuation of a longer number ("1.650.000" must not be read from its middle).
const NOT_TAIL = '(?<!\\d[.,]?)';

const EMAIL = /[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}/giu;

// A NIK is 16 digits: written solid, as 4-4-4-4, as 6-6-4 (region, birth date, serial) or as
// 2-2-2-6-4 (province, regency, district, birth date, serial). Only those groupings: a generic
// "16 digits with separators anywhere" would swallow lists of fees like "350.000 500.000 ...".
const NIK = new RegExp(
  `${NOT_MONEY}${NOT_TAIL}(?:\\d{16}|\\d{4}(?:${SEP}\\d{4}){3}|\\d{6}${SEP}\\d{6}${SEP}\\d{4}|` +
    `\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{6}${SEP}\\d{4})(?![\\d]|[.,]\\d)`,
  'gi',
);

// Indonesian numbers: a trunk prefix (0, 62, +62, "(+62)") and 8–12 more digits in groups, so 9–13
// digits in all. A landline may carry its area code in brackets: "(021) 5794 1234", "+62 (21) ...".
const PHONE = new RegExp(
  `${NOT_MONEY}(?:(?<![\\w+])\\(?\\+62\\)?|${NOT_TAIL}(?<!\\+)(?:62|0))${SEP}?\\(?[1-9](?:\\)?${SEP}?\\d){7,11}(?![\\d]|[.,]\\d)` +
    `|\\(\\s*(?:\\+?62|0)\\s*\\d{1,3}\\s*\\)${SEP}?\\d{3,4}${SEP}?\\d{3,5}(?!\\d)`,
  'gi',
);

// Other countries' numbers as people write them: "+" or "00", a country code, then groups split by
// spaces, dots, dashes or brackets ("+1 (202) 555-0143", "+44 (0)20 7946 0958", "0044 20 7946 0958").
// E.164 allows at most 15 digits; 8 is the shortest real one with its country code.
const INTERNATIONAL = /(?<![\p{L}\p{N}+])(?:\+|\b00)[1-9](?:[ .\-]?(?:\(0\)[ .\-]?)?\(?\d{1,5}\)?){2,7}(?![\d]|[.,]\d)/gu;
const digitCount = (s: string) => s.replace(/\D/g, '').length;

// A number with its area code in brackets, written without a country ("(202) 555-0143").
const BRACKETED_AREA = /(?<![\p{L}\p{N}])\(\d{2,4}\)[ .\-]?\d{3,4}[ .\-]?\d{3,4}(?!\d)/gu;

// Indonesian passports: one or two letters and seven digits ("B1234567", "X 1234567", "AB1234567").
// "Rp1234567" is an amount, not a passport.
const PASSPORT = /(?<![\p{L}\p{N}])(?!rp)\p{L}{1,2}[ \-]?\d{7}(?![\d]|[.,]\d)/giu;

// Whatever long number is left (bank account, application or permit numbers) identifies someone.
// Ten digits is beyond any fee written without separators that a question would mention.
const LONG_NUMBER = /(?<!\d[.,]?)\d{10,}(?![\d]|[.,]\d)/g;

/** The text with personal data replaced by the placeholders in {@link REDACTED}. */
export function redact(text: string): string {
  return text
    .replace(EMAIL, REDACTED.email)
    .replace(NIK, REDACTED.nik)
    .replace(PHONE, REDACTED.phone)
    .replace(INTERNATIONAL, (m) => (digitCount(m) >= 8 && digitCount(m) <= 15 ? REDACTED.phone : m))
    .replace(BRACKETED_AREA, REDACTED.phone)
    .replace(PASSPORT, REDACTED.passport)
    .replace(LONG_NUMBER, REDACTED.number);
}
