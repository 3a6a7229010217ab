// Text made safe for XML 1.0 attribute values, whatever an article contained: characters XML
// cannot carry are dropped, markup characters escaped, and tab/newline/CR kept as character
// references (a parser would otherwise normalise them to spaces inside attributes).

// C0 controls other than tab, LF, CR; the non-characters U+FFFE/U+FFFF; UTF-16 surrogates
// without their partner (JavaScript strings can hold them, UTF-8 cannot).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NOT_XML_TEST = new RegExp(NOT_XML.source);

/** Drops every character XML 1.0 cannot carry; other exporters use it too, so the text matches. */
export function cleanText(text: string): string {
  return NOT_XML_TEST.test(text) ? text.replace(NOT_XML, '') : text;
}

const SPECIAL = /[&<>"\t\n\r]/g;
const SPECIAL_TEST = /[&<>"\t\n\r]/;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** The text as the content of a double-quoted XML attribute or of an element. */
export function xmlText(text: string): string {
  const clean = cleanText(text);
  return SPECIAL_TEST.test(clean) ? clean.replace(SPECIAL, (c) => ENTITY[c] ?? c) : clean;
}

/** A finite number in a form both XSD (xs:double) and every reader accept; -0 becomes 0. */
export function xmlNumber(value: number): string {
  return value === 0 ? '0' : String(value);
}
