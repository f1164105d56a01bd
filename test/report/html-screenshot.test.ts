/**
 * Renders the HTML level report in a real Chromium through playwright-core and checks what a
 * reader would see: no console errors, nothing fetched, a drawn radar, a non-trivial screenshot.
 *
 * Chromium is found from RESLINT_CHROMIUM, then /usr/bin/chromium, /usr/bin/chromium-browser, then
 * the PATH; without one the test is skipped (.ci/run installs it with apt-get when it can). With
 * RESLINT_UPDATE_SCREENSHOT=1 the screenshot is also written to docs/report-screenshot.png for the
 * README.
 *
 * `@reslint/core` and `@reslint/rules` resolve to the BUILT packages: run `pnpm build` first.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatHtmlReport, readPosting } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffPosting, staffResume } from "./fixtures.js";
import { reportInput } from "./report-input.js";

const screenshotPath = fileURLToPath(new URL("../../docs/report-screenshot.png", import.meta.url));

/** RESLINT_CHROMIUM, then Debian's and Ubuntu's paths, then `chromium` or `chromium-browser` on the PATH. */
function findChromium(): string | null {
  const onPath = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((directory) => directory !== "")
    .flatMap((directory) => [join(directory, "chromium"), join(directory, "chromium-browser")]);
  const candidates = [process.env.RESLINT_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", ...onPath];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

const executablePath = findChromium();
if (!executablePath)
  console.warn(
    "html-screenshot: no Chromium found, so the screenshot test is skipped. Install one " +
      "(Debian/Ubuntu: `apt-get install chromium`) or point RESLINT_CHROMIUM at a Chromium or Chrome binary.",
  );

function pngWidth(png: Buffer): number {
  // A PNG's IHDR chunk starts at byte 8; its width is the big-endian integer at bytes 16–19.
  return png.readUInt32BE(16);
}

describe.skipIf(!executablePath)("HTML report in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
    browser = await chromium.launch({
      executablePath: executablePath ?? undefined,
      args: asRoot ? ["--no-sandbox"] : [],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders without errors or requests, draws the radar and screenshots well", async () => {
    const input = reportInput(staffResume, {
      level: "staff",
      rules,
      posting: readPosting(staffPosting, vocabulary),
      filePath: "marta-okonkwo-reyes.md",
    });
    expect(input.result.level.posting).toBeDefined();
    expect(input.result.level.assessment).not.toBeNull();
    const html = formatHtmlReport(input);

    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));

    await page.setContent(html, { waitUntil: "load" });

    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => !/^(about:|data:)/.test(url))).toEqual([]);

    const radar = await page.locator("svg.radar").boundingBox();
    expect(radar?.width ?? 0).toBeGreaterThan(0);
    expect(radar?.height ?? 0).toBeGreaterThan(0);
    expect(await page.locator("svg.radar polygon").count()).toBe(2);
    expect(await page.locator("table.worksheet .badge").count()).toBe(input.result.level.posting?.worksheet.length);
    expect(await page.locator("mark").count()).toBeGreaterThan(0);

    const png = await page.screenshot({ fullPage: true, type: "png" });
    expect(png.length).toBeGreaterThan(20_000);
    expect(pngWidth(png)).toBeGreaterThanOrEqual(800);

    if (process.env.RESLINT_UPDATE_SCREENSHOT === "1") {
      mkdirSync(dirname(screenshotPath), { recursive: true });
      writeFileSync(screenshotPath, png);
    }
    await page.close();
  });
});
