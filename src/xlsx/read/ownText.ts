/**
 * A copy of text cut from a part that does not keep the part alive. V8 cuts a substring of 13 characters or more as
 * a view into the string it came from (a "sliced string"), so a name read from a sheet kept its whole chunk of the
 * sheet's XML (256K characters) alive for as long as the digest held the name: at 280,000 rows, tens of megabytes.
 * Joined to a character and cut again, the text is copied on its own.
 */
export function ownText(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
