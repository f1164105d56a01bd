import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html-escape.js";

describe("escapeHtml", () => {
  it("turns every character that can open markup or close an attribute into a reference", () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(escapeHtml(`&"'<>`)).toBe("&amp;&quot;&#39;&lt;&gt;");
  });

  it("escapes an ampersand once, so existing references stay visible as text", () => {
    expect(escapeHtml("&amp; &lt;")).toBe("&amp;amp; &amp;lt;");
  });

  it("leaves other text alone, including non-ASCII", () => {
    expect(escapeHtml("Cut p99 from 900 ms → 120 ms — 87% less")).toBe("Cut p99 from 900 ms → 120 ms — 87% less");
    expect(escapeHtml("")).toBe("");
  });

  it("makes an attribute-breaking payload inert inside a quoted attribute", () => {
    const attribute = `title="${escapeHtml(`" onmouseover="alert(1)`)}"`;
    expect(attribute).toBe('title="&quot; onmouseover=&quot;alert(1)"');
  });
});
