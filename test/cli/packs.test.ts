/**
 * Rule packs through the CLI, in process with `run()`: the example pack changes findings exactly
 * as docs/writing-a-pack.md says, pack rules in --list-rules and --explain, severities from the
 * config, and a broken pack as one fatal result (exit 2) while resumes under other configs are linted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, run } from "../../packages/cli/src/cli.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const exampleConfig = join(repo, "examples/packs/.reslintrc.yaml");
const page = readFileSync(join(repo, "docs/writing-a-pack.md"), "utf8");

interface JsonMessage {
  ruleId: string | null;
  line: number;
  column: number;
  severity: 1 | 2;
  message: string;
  fatal?: true;
  trigger?: { text: string; line: number; column: number; endLine: number; endColumn: number };
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

let work = "";

function put(path: string, text: string): string {
  const target = join(work, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

async function reslint(argv: string[], overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(argv, {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    cwd: work,
    isTTY: false,
    env: {},
    ...overrides,
  });
  return { status, stdout: out.join(""), stderr: err.join("") };
}

async function lintJson(argv: string[]) {
  const { status, stdout, stderr } = await reslint([...argv, "--format", "json"]);
  return { status, stderr, results: JSON.parse(stdout) as JsonResult[] };
}

/** The example resume, which docs/writing-a-pack.md shows under "What the example pack changes". */
const RESUME = readFileSync(join(repo, "examples/packs/jordan-lee.md"), "utf8");

const ROCKSTAR = [
  "rules:",
  "  - id: acme/no-rockstar",
  "    description: Calls the writer a guru.",
  "    severity: warn",
  "    levels: all",
  "    when: { phrases: [rockstar|ninja|guru] }",
  "    message: '\"{trigger}\" describes you, not your work.'",
  "    doc: |",
  "      # acme/no-rockstar",
  "",
  "      Gurus show their work.",
  "",
].join("\n");

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "reslint-packs-cli-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the example pack", () => {
  it("changes the findings exactly as docs/writing-a-pack.md says", async () => {
    const resume = put("example/jordan-lee.md", RESUME);
    expect(page).toContain(`\`\`\`markdown\n${RESUME}\`\`\``);
    const without = await lintJson([resume, "--no-config", "--level", "senior"]);
    const withPack = await lintJson([resume, "--config", exampleConfig]);
    expect([without.status, withPack.status]).toEqual([0, 1]);
    const key = (message: JsonMessage) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`;
    const before = without.results[0]?.messages ?? [];
    const after = withPack.results[0]?.messages ?? [];
    // Nothing the built-in rules found goes away.
    expect(before.map((message) => message.ruleId)).toEqual([
      "level-mismatch",
      "missing-production-ownership",
      "title-evidence-mismatch",
    ]);
    expect(after.filter((message) => before.some((other) => key(other) === key(message)))).toHaveLength(before.length);
    const added = after.filter((message) => !before.some((other) => key(other) === key(message)));
    expect(
      added.map(({ ruleId, line, column, severity, trigger }) => ({ ruleId, line, column, severity, trigger })),
    ).toEqual([
      {
        ruleId: "acme/no-rockstar",
        line: 5,
        column: 1,
        severity: 2,
        trigger: { text: "guru", line: 5, column: 34, endLine: 5, endColumn: 38 },
      },
      {
        ruleId: "unattributed-leadership",
        line: 11,
        column: 3,
        severity: 1,
        trigger: { text: "Shepherded", line: 11, column: 3, endLine: 11, endColumn: 13 },
      },
    ]);
    // The page's table has one row per added finding, as reported.
    for (const message of added) {
      const severity = message.severity === 2 ? "error" : "warning";
      expect(page).toMatch(
        new RegExp(
          `^\\| ${message.line}:${message.column} +\\| ${severity} +\\| \`${message.ruleId}\` +\\| ${message.trigger?.text} +\\|`,
          "m",
        ),
      );
    }
  });

  it("is listed with its pack and explained from its doc", async () => {
    const cwd = join(repo, "examples/packs");
    const { status, stdout } = await reslint(["--list-rules"], { cwd });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^acme\/no-rockstar +warn +every level +acme \(acme-ladder\)$/m);
    expect(stdout).toMatch(/^vague-complexity +warn +every level +built-in$/m);
    const listed = JSON.parse((await reslint(["--list-rules", "--format", "json"], { cwd })).stdout);
    expect(listed.at(-1)).toEqual({
      id: "acme/no-rockstar",
      severity: "warn",
      levels: ["mid", "senior", "staff", "tech-lead", "manager"],
      pack: "acme",
      folder: "acme-ladder",
      description: "Calls the writer a rockstar, ninja or guru instead of showing the work.",
    });
    const explained = await reslint(["--explain", "acme/no-rockstar"], { cwd });
    expect(explained.status).toBe(0);
    expect(explained.stdout.startsWith("# acme/no-rockstar\n\nFlags a claim that calls the writer")).toBe(true);
    // Without the config, the pack's rules are not known.
    expect((await reslint(["--explain", "acme/no-rockstar", "--no-config"], { cwd })).status).toBe(2);
  });
});

describe("packs in a config", () => {
  it("take severities from the config's rules, and --explain finds the rule through --config", async () => {
    put("sev/packs/acme/rules.yaml", ROCKSTAR);
    put("sev/.reslintrc.yaml", "packs: [packs/acme]\nrules:\n  acme/no-rockstar: error\n");
    const resume = put("sev/cv.md", RESUME);
    const { results } = await lintJson([resume]);
    expect(results[0]?.messages.find((message) => message.ruleId === "acme/no-rockstar")).toMatchObject({
      severity: 2,
      message: '"guru" describes you, not your work.',
      line: 5,
    });
    put("sev/.reslintrc.yaml", "packs: [packs/acme]\nrules:\n  acme/no-rockstar: off\n");
    const off = await lintJson([put("sev/other/cv.md", RESUME)]);
    expect(off.results[0]?.messages.map((message) => message.ruleId)).not.toContain("acme/no-rockstar");
    const explained = await reslint(["--explain", "acme/no-rockstar", "--config", "sev/.reslintrc.yaml"]);
    expect(explained).toEqual({ status: 0, stdout: "# acme/no-rockstar\n\nGurus show their work.\n", stderr: "" });
  });

  it("make a broken pack one fatal result for its resumes, exit 2, while other resumes are linted", async () => {
    put(
      "broken/packs/acme/rules.yaml",
      ROCKSTAR.replace("when: { phrases: [rockstar|ninja|guru] }", "when: leadershp"),
    );
    put("broken/packs/acme/words.yaml", "extends: leadership\nphrases:\n  - 'led <'\n");
    put("broken/.reslintrc.yaml", "packs: [packs/acme]\n");
    const broken = put("broken/cv.md", RESUME);
    const fine = put("fine/cv.md", RESUME);
    const { status, stderr, results } = await lintJson([broken, fine]);
    expect([status, stderr]).toEqual([2, ""]);
    expect(results[0]?.messages).toEqual([
      expect.objectContaining({
        fatal: true,
        ruleId: null,
        severity: 2,
        message:
          'broken/packs/acme/rules.yaml:6: rules[0].when "leadershp" is not a signal; did you mean "leadership"? (1 more problem in this config; run reslint --print-config on the resume to see them all).',
      }),
    ]);
    expect(results[1]?.messages.map((message) => message.ruleId)).toContain("title-evidence-mismatch");
    const printed = await reslint(["--print-config", "broken/cv.md"]);
    expect(printed.status).toBe(2);
    expect(printed.stderr.trimEnd().split("\n")).toEqual([
      'reslint: broken/packs/acme/rules.yaml:6: rules[0].when "leadershp" is not a signal; did you mean "leadership"?',
      'reslint: broken/packs/acme/words.yaml:3: phrases[0] "led <" has an unclosed \'<\' in "<"; close it as <any> or <num>, or remove it.',
    ]);
    const listed = await reslint(["--list-rules"], { cwd: join(work, "broken") });
    expect(listed.status).toBe(2);
    expect(listed.stdout).toContain("weak-ownership-verb");
    expect(listed.stderr).toMatch(/^reslint: packs\/acme\/rules\.yaml:6: rules\[0\]\.when "leadershp" is not a signal/);
    // The built-in rules' pages do not depend on the packs, so a broken one does not hide them.
    const builtIn = await reslint(["--explain", "weak-ownership-verb"], { cwd: join(work, "broken") });
    expect([builtIn.status, builtIn.stdout.split("\n")[0], builtIn.stderr]).toEqual([0, "# weak-ownership-verb", ""]);
    expect((await reslint(["--explain", "acme/no-rockstar"], { cwd: join(work, "broken") })).status).toBe(2);
  });

  it("say so when a pack holds nothing, or a file in it is empty", async () => {
    mkdirSync(join(work, "empty/packs/acme"), { recursive: true });
    put("empty/.reslintrc.yaml", "packs: [packs/acme]\n");
    const resume = put("empty/cv.md", RESUME);
    const nothing = await lintJson([resume]);
    expect(nothing.status).toBe(2);
    expect(nothing.results[0]?.messages[0]?.message).toBe(
      'empty/packs/acme: this pack holds no words and no rules (no .yaml file with "extends:" or "rules:"); add some, or take the pack out of packs.',
    );
    put("empty/packs/acme/notes.yaml", "");
    expect((await lintJson([resume])).results[0]?.messages[0]?.message).toBe(
      'empty/packs/acme/notes.yaml: is neither words for the vocabulary (a file starting "extends: <part>") nor rules (a file holding "rules:"); add one of them, or move the file out of the pack.',
    );
  });

  it("let disable comments and accepted findings name a pack rule", async () => {
    put("quiet/packs/acme/rules.yaml", ROCKSTAR);
    put(
      "quiet/.reslintrc.yaml",
      "packs: [packs/acme]\naccept:\n  - rule: acme/no-rockstar\n    claim: the team's guru\n    reason: a joke\n",
    );
    const resume = put(
      "quiet/cv.md",
      RESUME.replace(
        "Platform engineer and Kubernetes guru.",
        "<!-- reslint-disable-next-line acme/no-rockstar -- our house joke -->\nPlatform engineer and Kubernetes guru.",
      ).replace("- Built the order", "- Built, as the team's guru, the order"),
    );
    const { stdout } = await reslint([resume, "--format", "json"]);
    const [result] = JSON.parse(stdout) as (JsonResult & {
      suppressedMessages: (JsonMessage & { suppressions: { kind: string; justification: string }[] })[];
    })[];
    expect(result?.messages.map((message) => message.ruleId)).not.toContain("acme/no-rockstar");
    expect(result?.suppressedMessages.map((message) => [message.ruleId, message.suppressions[0]?.kind])).toEqual([
      ["acme/no-rockstar", "directive"],
      ["acme/no-rockstar", "accept"],
    ]);
  });

  it("print the packs in force with --print-config", async () => {
    put("printed/packs/acme/rules.yaml", ROCKSTAR);
    put("printed/packs/acme/leadership.yaml", "extends: leadership\nphrases: [shepherded]\n");
    put("printed/.reslintrc.yaml", "packs: [packs/acme]\n");
    const { status, stdout } = await reslint(["--print-config", "printed/cv.md"]);
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.packs).toEqual([
      {
        name: "acme",
        folder: "printed/packs/acme",
        rules: ["acme/no-rockstar"],
        extends: ["leadership"],
        source: "printed/.reslintrc.yaml",
      },
    ]);
    expect(printed.rules["acme/no-rockstar"]).toEqual({ severity: "warn", options: {}, source: "default" });
  });
});

describe("a pack's words and postings", () => {
  // "Shepherd" is leadership only in the example pack's words; with them this posting asks for staff.
  const POSTING = [
    "- Define the service standards every product team follows.",
    "- Shepherd the migration of all twenty teams to the shared deploy platform.",
    "- Set the technical direction for build tooling across the organisation.",
    "",
  ].join("\n");
  const inferred = (result: JsonResult | undefined) =>
    (result as { level?: { posting?: { inferred?: string } } } | undefined)?.level?.posting?.inferred;

  it("reads a posting with the words of the config's packs, named in the config or with --posting", async () => {
    const resume = put("posting/cv.md", RESUME);
    put("posting/staff.md", POSTING);
    const plain = await lintJson([resume, "--no-config", "--posting", "posting/staff.md"]);
    const flagged = await lintJson([resume, "--config", exampleConfig, "--posting", "posting/staff.md"]);
    put(
      "posting/.reslintrc.yaml",
      `packs: [${JSON.stringify(join(repo, "examples/packs/acme-ladder"))}]\nposting: staff.md\n`,
    );
    const configured = await lintJson([resume]);
    expect([inferred(plain.results[0]), inferred(flagged.results[0]), inferred(configured.results[0])]).toEqual([
      "mid",
      "staff",
      "staff",
    ]);
  });
});
