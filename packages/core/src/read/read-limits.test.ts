import { describe, expect, it } from "vitest";
import { ResumeReadError } from "./errors.js";
import { READ_TIME_LIMIT_MS, timeLimited, timeLimitMessage } from "./read-limits.js";

describe("timeLimited", () => {
  it("settles as the work does when it is in time", async () => {
    await expect(timeLimited(Promise.resolve(7), 1_000, "late")).resolves.toBe(7);
    await expect(timeLimited(Promise.reject(new Error("broken")), 1_000, "late")).rejects.toThrow("broken");
  });

  it("rejects with a read error carrying the message when the work is late", async () => {
    const never = new Promise<number>(() => undefined);
    const error = await timeLimited(never, 5, "too slow").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResumeReadError);
    expect((error as Error).message).toBe("too slow");
  });
});

describe("timeLimitMessage", () => {
  it("names the setting only when a config lowered the limit", () => {
    expect(timeLimitMessage("PDF", READ_TIME_LIMIT_MS, "lint the text")).toBe(
      "This PDF took more than 8 seconds to read, so reslint stopped; save it again from the original document, or lint the text.",
    );
    expect(timeLimitMessage("Word document", 2_500, "lint the text")).toBe(
      "This Word document took more than 2.5 seconds to read, the most limits.timePerFileMs allows, so reslint stopped; raise the limit, or lint the text.",
    );
  });
});
