// Folding for search, as the server does it (src/base/text.cpp): lower case, no Vietnamese marks,
// đ → d. Used to highlight the words of a query in the snippets the server returns.
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// The parts of `text` with the spans that match a word of `query` marked, with or without marks.
export function highlight(text: string, query: string): { text: string; hit: boolean }[] {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return [{ text, hit: false }];
  const chars = Array.from(text);
  const folded = chars.map((c) => fold(c));
  const marked = new Array<boolean>(chars.length).fill(false);
  const joined = folded.join('');
  // Where each character starts in the folded text (a character folds to one, or none).
  const starts: number[] = [];
  let at = 0;
  for (const f of folded) {
    starts.push(at);
    at += f.length;
  }
  for (const w of words) {
    for (let i = joined.indexOf(w); i >= 0; i = joined.indexOf(w, i + 1)) {
      chars.forEach((_, k) => {
        if (starts[k] >= i && starts[k] < i + w.length) marked[k] = true;
      });
    }
  }
  const parts: { text: string; hit: boolean }[] = [];
  chars.forEach((c, k) => {
    const last = parts[parts.length - 1];
    if (last && last.hit === marked[k]) last.text += c;
    else parts.push({ text: c, hit: marked[k] });
  });
  return parts;
}
