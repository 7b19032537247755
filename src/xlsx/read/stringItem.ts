/**
 * The text of a string item, shared (`<si>`) or inline (`<is>`): its `<t>`, or its rich text runs' `<t>`s joined;
 * phonetic runs (`<rPh>`, the reading of Japanese text) are not part of what the cell shows.
 */
export class StringItemText {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  /** Whether text here is part of the item's text: only then need it be decoded. */
  get wantsText(): boolean {
    return this.inText;
  }

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't') this.inText = this.phonetic === 0;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The text so far, and start again. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    return text.includes('_x') ? unescapeCharacters(text) : text;
  }
}

/** Characters XML cannot hold are written `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19). */
function unescapeCharacters(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
