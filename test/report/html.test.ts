/**
 * The HTML level report on a real lint result. `@reslint/core` and `@reslint/rules` resolve to the
 * BUILT packages: run `pnpm build` first.
 */
import { fatalResult, formatHtmlReport, readResumeText } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { describe, expect, it } from "vitest";
import { reportInput } from "./report-input.js";

const hostilePath = `resumes/<script>alert("path")</script>&'x'.md`;

const resume = [
  "# Priya Raman",
  "",
  "## Summary",
  "",
  "Backend engineer who has spent eight years on payments systems.",
  "",
  "## Experience",
  "",
  "### Senior Engineer — Tollgate Payments (2019–present)",
  "",
  "- Helped with the `<script>alert(1)</script>` & \"ledger\" 'rewrite' for the whole company.",
  "- Designed the idempotency layer for the card-authorisation API, chose Postgres advisory locks over a Redis lease, and cut duplicate charges from 40 a week to zero.",
  "- Ran the on-call rotation for the settlement service, wrote its runbook and led 12 postmortems, after which paging volume fell by 60%.",
  "- Wrote the RFC for a shared retry library that four product teams adopted within two quarters.",
  "- Improved the reconciliation job.",
  "",
  "## Education",
  "",
  "- BSc Computer Science, University of Leeds (2014)",
  "",
].join("\n");

/** Built systems only: the production-ownership finding falls on the Experience heading. */
const sectionFindings = [
  "## Experience",
  "",
  "### Engineer — Brightwell (2020–2024)",
  "",
  "- Helped with the search indexer rewrite in Go.",
  "- Built the catalogue import pipeline that loads 3M products a night.",
  "- Designed the pricing service's caching layer, cutting p99 latency from 900 ms to 120 ms.",
  "",
].join("\n");

/** The same escaping the report applies, for finding text in it. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function render(): string {
  return formatHtmlReport(reportInput(resume, { level: "staff", rules, filePath: hostilePath }));
}

describe("formatHtmlReport", () => {
  const html = render();

  it("is one self-contained page: no URLs, no external stylesheets or scripts", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain("<style>");
  });

  it("shows the header: file, format, target and the estimate with its confidence", () => {
    expect(html).toContain("<dt>Format</dt><dd>markdown</dd>");
    expect(html).toMatch(/<dt>Target level<\/dt><dd>staff /);
    expect(html).toMatch(
      /<dt>Evidence reads as<\/dt><dd><span class="estimate">[a-z-]+<\/span> \((low|medium|high) confidence\)/,
    );
    expect(html).toContain("Down-level risk.");
  });

  it("draws the lens radar as inline SVG with the resume's and the target's polygons", () => {
    const svg = /<svg class="radar"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg).not.toBe("");
    const polygons = svg.match(/<polygon\b[^>]*>/g) ?? [];
    expect(polygons).toHaveLength(2);
    expect(svg).toContain('class="expected"');
    expect(svg).toContain('class="resume"');
    for (const polygon of polygons) {
      const points = /points="([^"]+)"/.exec(polygon)?.[1]?.split(" ") ?? [];
      expect(points).toHaveLength(4);
      for (const point of points) expect(point).toMatch(/^-?\d+(\.\d)?,-?\d+(\.\d)?$/);
    }
    for (const label of ["Scope", "Complexity", "Authority", "Consequence", "This resume", "Expected for staff"])
      expect(svg).toContain(label);
    expect(svg.match(/<circle\b[^>]*fill="none"/g)).toHaveLength(4);
  });

  it("lists the rubric with human labels, scores and the rows a resume cannot show", () => {
    const rubric = /<section id="rubric">[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(rubric).toContain('<th scope="row">Evidence over tenure</th>');
    expect(rubric).toContain('<th scope="row">Production responsibility</th>');
    expect(rubric).toMatch(/<td class="score">[0-4] \/ 4/);
    expect(rubric).toMatch(
      /<tr class="unobservable"><th scope="row">Role calibration<\/th><td class="score unobservable">not observable in a resume<\/td><td>[^<]+<\/td>/,
    );
    expect(rubric).toMatch(/<span class="where">line \d+<\/span> <q>/);
  });

  it("escapes hostile text from the file path and the claims", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("resumes/&lt;script&gt;alert(&quot;path&quot;)&lt;/script&gt;&amp;&#39;x&#39;.md");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ledger&quot; &#39;rewrite&#39;");
  });

  it("marks a finding's trigger words in its claim, titled with the message and rule id", () => {
    const mark = /<mark class="(?:warning|error)" title="([^"]*)">Helped with<\/mark>/.exec(html);
    expect(mark).not.toBeNull();
    expect(mark?.[1]).toContain("(weak-ownership-verb)");
    const claim =
      /<div class="claim[^"]*" id="claim-\d+"><p class="claim-text"><span class="where">line 11<\/span>[\s\S]*?(?=<div class="claim|<\/section>)/.exec(
        html,
      )?.[0] ?? "";
    expect(claim).toContain('<code class="rule">weak-ownership-verb</code>');
  });

  it("gives each judged claim its evidence reading and says which claims were not judged", () => {
    expect(html).toMatch(/<span class="chip altitude"[^>]*>(task|feature|service|multi-team|organisation)<\/span>/);
    expect(html).toMatch(/<span class="chip lens"[^>]*>(scope|complexity|authority|consequence) [0-4]<\/span>/);
    expect(html).toContain("not judged for level");
    expect(html).toContain("<h3>Experience</h3>");
    expect(html).toContain('<span class="role-name">Senior Engineer · Tollgate Payments · 2019 – present</span>');
  });

  it("puts findings on headings and role lines under the resume as a whole, claim findings under their claim", () => {
    const input = reportInput(sectionFindings, { level: "staff", rules });
    const page = formatHtmlReport(input);
    const whole = /<section id="resume-wide">[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    const text = /<section id="resume">[\s\S]*$/.exec(page)?.[0] ?? "";
    const onHeading = input.result.messages.filter((message) => message.ruleId === "missing-production-ownership");
    expect(onHeading.length).toBeGreaterThan(0);
    for (const message of onHeading) {
      expect(whole).toContain(escapeText(message.message));
      expect(text).not.toContain(escapeText(message.message));
    }
    const onClaim = input.result.messages.filter((message) => message.ruleId === "weak-ownership-verb");
    expect(onClaim.length).toBeGreaterThan(0);
    for (const message of onClaim) {
      expect(whole).not.toContain(escapeText(message.message));
      expect(text).toContain(escapeText(message.message));
    }
  });

  it("is deterministic", () => {
    expect(render()).toBe(html);
  });
});

describe("formatHtmlReport with too few claims", () => {
  it("says there were too few claims to estimate a level and draws no radar", () => {
    const html = formatHtmlReport(
      reportInput("## Experience\n\n- Helped with the billing migration.\n", { level: "staff", rules }),
    );
    expect(html).toContain("too few claims to estimate a level");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain('id="rubric"');
    expect(html).toMatch(/<mark class="warning" title="[^"]*">Helped with<\/mark>/);
  });
});

describe("formatHtmlReport for a file that could not be read", () => {
  it("says so and lists the fatal message on the resume as a whole", () => {
    const result = fatalResult("broken.pdf", "pdf", "The file is not a PDF <really>.", "senior");
    const html = formatHtmlReport({ result, document: readResumeText("", { vocabulary }), evidence: [] });
    expect(html).toContain("none: the file could not be read");
    expect(html).toMatch(/<section id="resume-wide">[\s\S]*The file is not a PDF &lt;really&gt;\.[\s\S]*<\/section>/);
    expect(html).toContain("reslint found no claims in this resume.");
  });
});
