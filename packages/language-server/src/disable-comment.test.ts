import { describe, expect, it } from "vitest";
import { disableLineEdit } from "./disable-comment.js";

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 10 } });

describe("disableLineEdit", () => {
  it("appends the comment at the end of the claim's last line, after trailing spaces are skipped", () => {
    const text = "# Sam\n\n- Helped with the billing migration   \n- Next";
    expect(disableLineEdit(text, range(2), "weak-ownership-verb")).toEqual({
      range: { start: { line: 2, character: 35 }, end: { line: 2, character: 35 } },
      newText: " <!-- reslint-disable-line weak-ownership-verb -->",
    });
  });

  it("adds a rule to the comment already on the line, and offers nothing where the line already turns it off", () => {
    const text = "- Helped a lot <!-- reslint-disable-line tenure-as-evidence -->\r\n";
    expect(disableLineEdit(text, range(0), "weak-ownership-verb")).toEqual({
      range: { start: { line: 0, character: 59 }, end: { line: 0, character: 59 } },
      newText: ", weak-ownership-verb",
    });
    expect(disableLineEdit(text, range(0), "tenure-as-evidence")).toBeNull();
    expect(disableLineEdit("- a <!-- reslint-disable-line -->", range(0), "x")).toBeNull();
  });
});
