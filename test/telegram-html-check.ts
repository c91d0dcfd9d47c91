/**
 * Test support (not a test): `htmlProblems(html)`, a small checker of the Telegram HTML the
 * bot produces, shared by the renderer tests and the end-to-end bot tests.
 */

/**
 * Checks that `html` is valid Telegram HTML as we produce it: only b, i, a href, blockquote
 * (optionally expandable) tags, all balanced and properly nested, no blockquote inside a
 * blockquote, no raw `<`, `>` or `&` in text. Returns the problems found.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-z]+)((?:\s[^<>]*)?)>/g;
  let last = 0;
  const checkText = (text: string) => {
    if (/[<>]/.test(text)) problems.push(`raw < or > in text: ${text.slice(0, 40)}`);
    const amp = text.match(/&(?!(amp|lt|gt|quot);)/);
    if (amp) problems.push(`raw & in text: ${text.slice(0, 40)}`);
  };
  for (const m of html.matchAll(tag)) {
    checkText(html.slice(last, m.index));
    last = m.index! + m[0].length;
    const [, close, name, attrs] = m;
    if (!["b", "i", "a", "blockquote"].includes(name!)) problems.push(`unexpected tag ${name}`);
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else {
      if (name === "a" && !/^ href="[^"<>]*"$/.test(attrs!)) problems.push(`bad a attributes ${attrs}`);
      if (name === "blockquote" && attrs !== "" && attrs !== " expandable") problems.push(`bad blockquote ${attrs}`);
      if (name !== "a" && name !== "blockquote" && attrs !== "") problems.push(`attributes on ${name}`);
      if (name === "blockquote" && stack.includes("blockquote")) problems.push("nested blockquote");
      stack.push(name!);
    }
  }
  checkText(html.slice(last));
  if (stack.length > 0) problems.push(`unclosed ${stack.join(",")}`);
  return problems;
}

