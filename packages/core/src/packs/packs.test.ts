import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseClaim } from "../analyse/claim.js";
import { lintResumeText } from "../check/lint.js";
import { ConfigError } from "../config/config-error.js";
import { ConfigExplorer } from "../config/explorer.js";
import { type ConfigLayer, cliLayer, fileLayers } from "../config/layers.js";
import { resolveConfig } from "../config/resolve.js";
import { testRuleMetas, testRules } from "../config/test-rules.js";
import type { TargetLevel } from "../model/target-levels.js";
import { vocabulary } from "../test-vocabulary.js";
import { declarativeRule } from "./declarative.js";
import { loadPacks } from "./load.js";
import { PackError } from "./pack-error.js";
import { vocabularyWithPacks } from "./vocabulary.js";

let root = "";

async function put(path: string, text: string): Promise<string> {
  const file = join(root, path);
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, text);
  return file;
}

/** A rules file with one rule; `fields` are YAML lines of the rule after its id. */
const rulesFile = (id: string, ...fields: string[]) =>
  ["rules:", `  - id: ${id}`, ...fields.map((field) => `    ${field}`), ""].join("\n");

const ROCKSTAR = rulesFile(
  "acme/no-rockstar",
  "description: Calls the writer a rockstar.",
  "severity: warn",
  "levels: all",
  "when: { phrases: [rockstar|ninja|guru] }",
  "message: '\"{trigger}\" describes you, not your work.'",
);

/** The lines of a pack problem, files relative to the temporary folder. */
async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.lines(root);
    throw error;
  }
  throw new Error("expected a ConfigError");
}

/** The config a resume at `resume` resolves to, its config file found from its folder upwards. */
async function configOf(resume: string, extra: ConfigLayer[] = []) {
  const filePath = join(root, resume);
  const loaded = await new ConfigExplorer(testRuleMetas, { stopDir: root }).search(join(filePath, ".."));
  return resolveConfig({
    filePath,
    layers: [...(loaded ? fileLayers(loaded, filePath) : []), ...extra],
    rules: testRules,
    vocabulary,
    configFile: loaded?.file ?? null,
  });
}

const RESUME = [
  "# Sam Example",
  "",
  "## Summary",
  "",
  "Backend engineer and Python guru.",
  "",
  "## Experience",
  "",
  "### Software Engineer — Example Co (2020–2024)",
  "",
  "- Built the search API as the team's ninja, serving 40k requests a second",
  "- Shepherded the checkout rewrite across the web team",
  "",
].join("\n");

async function findings(resume: string, text = RESUME, level?: TargetLevel) {
  const config = await configOf(resume, level ? [cliLayer({ level }, root)] : []);
  return lintResumeText(text, config).result.messages.map(({ ruleId, line, column, severity, trigger, message }) => ({
    ruleId,
    line,
    column,
    severity,
    trigger,
    message,
  }));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "reslint-packs-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("loading a pack", () => {
  it("reads a folder's pack.yaml, its words and its rules", async () => {
    await put("load/packs/ladder/pack.yaml", "name: acme\ndescription: Acme's ladder.\n");
    await put("load/packs/ladder/leadership.yaml", "extends: leadership\nphrases:\n  - shepherded|shepherds\n");
    await put("load/packs/ladder/rules.yaml", ROCKSTAR);
    const [pack] = await loadPacks(["packs/ladder"], join(root, "load/.reslintrc.yaml"), []);
    expect(pack).toMatchObject({
      name: "acme",
      description: "Acme's ladder.",
      folder: join(root, "load/packs/ladder"),
      spec: "packs/ladder",
      extensions: [{ extends: "leadership", phrases: ["shepherded|shepherds"] }],
    });
    expect(pack?.rules.map((rule) => rule.meta)).toEqual([
      {
        id: "acme/no-rockstar",
        description: "Calls the writer a rockstar.",
        severity: "warning",
        levels: ["mid", "senior", "staff", "tech-lead", "manager"],
        url: pathToFileURL(join(root, "load/packs/ladder/rules.yaml")).href,
        pack: "acme",
      },
    ]);
    expect(pack?.files.map((file) => file.slice(root.length + 1))).toEqual([
      "load/packs/ladder/leadership.yaml",
      "load/packs/ladder/pack.yaml",
      "load/packs/ladder/rules.yaml",
    ]);
  });

  it("is named after its folder without a pack.yaml, and reads a rule's page from docFile", async () => {
    await put("named/acme/docs/no-rockstar.md", "# acme/no-rockstar\n\nThe page.\n");
    await put(
      "named/acme/rules.yaml",
      ROCKSTAR.replace("    message:", "    docFile: docs/no-rockstar.md\n    message:"),
    );
    const [pack] = await loadPacks(["acme"], join(root, "named/.reslintrc.yaml"));
    expect(pack?.name).toBe("acme");
    expect(pack?.rules[0]?.meta).toMatchObject({
      doc: "# acme/no-rockstar\n\nThe page.\n",
      url: pathToFileURL(join(root, "named/acme/docs/no-rockstar.md")).href,
    });
  });

  it("finds an installed package in node_modules, from the config file's folder upwards", async () => {
    await put("node_modules/@acme/reslint-pack/pack.yaml", "name: acme\n");
    await put("node_modules/@acme/reslint-pack/rules.yaml", ROCKSTAR);
    const [pack] = await loadPacks(["@acme/reslint-pack"], join(root, "deep/cv/.reslintrc.yaml"));
    expect(pack?.folder).toBe(join(root, "node_modules/@acme/reslint-pack"));
    expect(pack?.rules.map((rule) => rule.meta.id)).toEqual(["acme/no-rockstar"]);
  });

  it("keeps a pack read once until one of its files changes, appears or goes", async () => {
    await put("cached/acme/rules.yaml", ROCKSTAR);
    const config = join(root, "cached/.reslintrc.yaml");
    const [first] = await loadPacks(["acme"], config);
    const [again] = await loadPacks(["acme"], config);
    expect(again).toBe(first);
    await put("cached/acme/rules.yaml", ROCKSTAR.replace("describes you", "is about you"));
    const [changed] = await loadPacks(["acme"], config);
    expect(changed).not.toBe(first);
    expect(changed?.version).toBeGreaterThan(first?.version ?? 0);
    await put("cached/acme/leadership.yaml", "extends: leadership\nphrases: [shepherded]\n");
    const [added] = await loadPacks(["acme"], config);
    expect(added?.extensions).toHaveLength(1);
  });
});

describe("a pack's words", () => {
  it("add matches to a built-in signal (extends: leadership)", async () => {
    await put("words/packs/acme/leadership.yaml", "extends: leadership\nphrases:\n  - shepherded|shepherds\n");
    const packs = await loadPacks(["packs/acme"], join(root, "words/.reslintrc.yaml"));
    const extended = vocabularyWithPacks(vocabulary, packs);
    const claim = "Shepherded the checkout rewrite across the web team";
    expect(analyseClaim(claim, vocabulary).leadership).toEqual([]);
    expect(analyseClaim(claim, extended).leadership).toEqual([{ text: "Shepherded", start: 0, end: 10 }]);
  });

  it("are compiled once for a set of packs, and a pack without words leaves the vocabulary as it is", async () => {
    await put("once/packs/acme/leadership.yaml", "extends: leadership\nphrases: [shepherded]\n");
    await put("once/packs/plain/rules.yaml", ROCKSTAR.replace("acme/", "plain/"));
    const config = join(root, "once/.reslintrc.yaml");
    const packs = await loadPacks(["packs/acme", "packs/plain"], config);
    expect(vocabularyWithPacks(vocabulary, packs)).toBe(vocabularyWithPacks(vocabulary, packs));
    expect(vocabularyWithPacks(vocabulary, packs)).not.toBe(vocabulary);
    expect(vocabularyWithPacks(vocabulary, await loadPacks(["packs/plain"], config))).toBe(vocabulary);
  });

  it("reach the resolved config's vocabulary, so the built-in rules read them", async () => {
    await put("resolved/packs/acme/leadership.yaml", "extends: leadership\nphrases: [shepherded]\n");
    await put("resolved/.reslintrc.yaml", "packs: [packs/acme]\n");
    const config = await configOf("resolved/cv.md");
    expect(config.packs.map((pack) => pack.name)).toEqual(["acme"]);
    expect(analyseClaim("Shepherded the rewrite", config.vocabulary).leadership).toHaveLength(1);
  });
});

describe("declarative rules", () => {
  beforeAll(async () => {
    await put(
      "rules/packs/acme/rules.yaml",
      [
        ROCKSTAR,
        "  - id: acme/ninja-in-experience",
        "    description: Ninja in a role's claims, unless the claim has a number.",
        "    severity: error",
        "    levels: [senior, staff]",
        "    when: { phrases: [ninja] }",
        "    unless: [quantities]",
        "    sections: [experience]",
        "    message: 'No {trigger}s.'",
        "  - id: acme/shepherding",
        "    description: Shepherding, outside the summary, with no team count.",
        "    severity: warn",
        "    levels: all",
        "    when: leadership",
        "    unless: teamCount",
        "    skipSections: [summary]",
        "    message: 'Show what {trigger} meant.'",
        "",
      ].join("\n"),
    );
    await put("rules/packs/acme/leadership.yaml", "extends: leadership\nphrases: [shepherded]\n");
    await put("rules/.reslintrc.yaml", "packs: [packs/acme]\n");
  });

  it("report at the words that triggered them, with line, column and trigger range", async () => {
    const messages = (await findings("rules/cv.md")).filter((message) => message.ruleId?.startsWith("acme/"));
    expect(messages).toEqual([
      {
        ruleId: "acme/no-rockstar",
        line: 5,
        column: 1,
        severity: 1,
        trigger: { text: "guru", line: 5, column: 29, endLine: 5, endColumn: 33 },
        message: '"guru" describes you, not your work.',
      },
      {
        ruleId: "acme/no-rockstar",
        line: 11,
        column: 3,
        severity: 1,
        trigger: { text: "ninja", line: 11, column: 38, endLine: 11, endColumn: 43 },
        message: '"ninja" describes you, not your work.',
      },
      {
        ruleId: "acme/shepherding",
        line: 12,
        column: 3,
        severity: 1,
        trigger: { text: "Shepherded", line: 12, column: 3, endLine: 12, endColumn: 13 },
        message: "Show what Shepherded meant.",
      },
    ]);
  });

  it("are cancelled by a signal under unless", async () => {
    const ids = async (text: string) =>
      (await findings("rules/cv.md", text)).map((message) => message.ruleId).filter((id) => id?.startsWith("acme/"));
    const resume = (bullet: string) => RESUME.replace(/- Built[^\n]*/, `- ${bullet}`);
    // quantities cancels acme/ninja-in-experience; teamCount cancels acme/shepherding.
    expect(await ids(resume("Built the API as the team's ninja"))).toContain("acme/ninja-in-experience");
    expect(await ids(resume("Built the API as the team's ninja for 40 services"))).not.toContain(
      "acme/ninja-in-experience",
    );
    expect(await ids(RESUME.replace("the web team", "three teams"))).not.toContain("acme/shepherding");
  });

  it("run only for their levels and in their sections", async () => {
    const resume = RESUME.replace(/- Built[^\n]*/, "- Built the API as the team's ninja");
    const at = async (level: TargetLevel) =>
      (await findings("rules/cv.md", resume, level)).filter((message) => message.ruleId === "acme/ninja-in-experience");
    expect(await at("mid")).toEqual([]);
    expect(await at("staff")).toHaveLength(1);
    const senior = await at("senior");
    expect(senior.map((message) => [message.line, message.severity, message.message])).toEqual([[11, 2, "No ninjas."]]);
    // The summary's "guru" is not in experience, and acme/shepherding skips the summary.
    const summaryOnly = "# Sam\n\n## Summary\n\nShepherded the guild as its ninja.\n";
    expect((await findings("rules/cv.md", summaryOnly)).map((message) => message.ruleId)).toEqual(["acme/no-rockstar"]);
  });

  it("take their severity from the config's rules, off included", async () => {
    await put(
      "severity/.reslintrc.yaml",
      "packs: [../rules/packs/acme]\nrules:\n  acme/no-rockstar: error\n  acme/shepherding: off\n",
    );
    const messages = await findings("severity/cv.md");
    expect(
      messages.filter((message) => message.ruleId === "acme/no-rockstar").map((message) => message.severity),
    ).toEqual([2, 2]);
    expect(messages.map((message) => message.ruleId)).not.toContain("acme/shepherding");
    const config = await configOf("severity/cv.md");
    expect(config.rules.get("acme/no-rockstar")).toMatchObject({ severity: "error", source: { layer: "file" } });
    expect(config.rules.get("acme/shepherding")).toMatchObject({ severity: "off" });
  });

  it("read a built-in signal by name as a built-in rule does", () => {
    const rule = declarativeRule(
      {
        id: "x/vague",
        description: "Labels.",
        severity: "warn",
        levels: ["senior"],
        when: { signal: "complexityBuzzwords" },
        unless: [{ signal: "complexityConstraints" }],
        message: "{trigger} is a label; {trigger} again.",
      },
      { url: "https://example.com/x", pack: "x" },
    );
    expect(rule.meta).toMatchObject({ id: "x/vague", severity: "warning", pack: "x" });
    expect(rule.definition.when).toEqual({ signal: "complexityBuzzwords" });
  });
});

describe("broken packs", () => {
  const config = (folder: string) => join(root, folder, ".reslintrc.yaml");

  it("say where a YAML file is not valid YAML", async () => {
    await put("broken-yaml/acme/rules.yaml", "rules:\n  - id: [acme/x\n");
    expect(await problemsOf(loadPacks(["acme"], config("broken-yaml")))).toEqual([
      expect.stringMatching(/^broken-yaml\/acme\/rules\.yaml:3: .+; check the indentation, and put a text/),
    ]);
  });

  it("name an unknown signal, the nearest one, a bad phrase and a bad level, every problem of every file at once", async () => {
    await put(
      "broken-rules/acme/rules.yaml",
      rulesFile(
        "acme/x",
        "description: X.",
        "severity: warning",
        "levels: [senoir]",
        "when: leadershp",
        "unless: [{ phrases: ['led <'] }]",
        "message: 'x {trigr}'",
      ),
    );
    await put("broken-rules/acme/words.yaml", "extends: leadership\nphrases:\n  - 'shepherded|'\n");
    expect(await problemsOf(loadPacks(["acme"], config("broken-rules")))).toEqual([
      'broken-rules/acme/rules.yaml:4: rules[0].severity must be warn or error; "warning" is not one; did you mean "warn"?',
      'broken-rules/acme/rules.yaml:5: rules[0].levels[0] "senoir" is not a level; did you mean "senior"?',
      'broken-rules/acme/rules.yaml:6: rules[0].when "leadershp" is not a signal; did you mean "leadership"?',
      'broken-rules/acme/rules.yaml:7: rules[0].unless[0].phrases[0] "led <" has an unclosed \'<\' in "<"; close it as <any> or <num>, or remove it.',
      'broken-rules/acme/rules.yaml:8: rules[0].message has "{trigr}", which is no placeholder; write {trigger} for the words that triggered the rule.',
      `broken-rules/acme/words.yaml:3: phrases[0] "shepherded|" has an empty choice in "shepherded|" (two '|' together, or one at an end); remove the extra '|'.`,
    ]);
  });

  it("name a duplicate rule id: in one file, across packs, and a built-in rule's", async () => {
    await put("duplicate/acme/rules.yaml", `${ROCKSTAR}${ROCKSTAR.replace("rules:\n", "")}`);
    expect(await problemsOf(loadPacks(["acme"], config("duplicate")))).toEqual([
      'duplicate/acme/rules.yaml:8: rules[1].id "acme/no-rockstar" is the id of rules[0] too; give each rule its own id.',
    ]);
    await put("duplicate/one/pack.yaml", "name: acme\n");
    await put("duplicate/one/rules.yaml", ROCKSTAR);
    await put("duplicate/two/pack.yaml", "name: acme\n");
    await put("duplicate/two/rules.yaml", ROCKSTAR);
    expect(await problemsOf(loadPacks(["one", "two"], config("duplicate")))).toEqual([
      'duplicate/.reslintrc.yaml: the packs "one" and "two" are both named "acme"; give one of them another name in its pack.yaml.',
      'duplicate/.reslintrc.yaml: acme/no-rockstar from the pack "two" is also a rule of the pack "one"; give the rule another id.',
    ]);
    await put("duplicate/weak/pack.yaml", "name: weak\n");
    await put("duplicate/weak/rules.yaml", ROCKSTAR.replace("acme/no-rockstar", "weak/x"));
    expect(await problemsOf(loadPacks(["weak"], config("duplicate"), ["weak/x"]))).toEqual([
      'duplicate/.reslintrc.yaml: weak/x from the pack "weak" is also a built-in rule; give the rule another id.',
    ]);
  });

  it("say what is wrong with a rule's keys, its id and a file that is neither words nor rules", async () => {
    await put(
      "keys/acme/rules.yaml",
      rulesFile("no-rockstar", "description: X.", "severity: warn", "levels: all", "when: teamCount", "mesage: x"),
    );
    await put("keys/acme/notes.yaml", "title: notes\n");
    await put("keys/acme/scope.yaml", "defines: scope\ndescription: x\n");
    expect(await problemsOf(loadPacks(["acme"], config("keys")))).toEqual([
      'keys/acme/notes.yaml: is neither words for the vocabulary (a file starting "extends: <part>") nor rules (a file holding "rules:"); add one of them, or move the file out of the pack.',
      'keys/acme/rules.yaml:7: rules[0].mesage is not a key of a rule; did you mean "message"?',
      "keys/acme/rules.yaml:2: rules[0].message is missing; add the finding's message.",
      'keys/acme/rules.yaml:2: rules[0].id "no-rockstar" must start with the pack\'s name and a slash; write "acme/no-rockstar".',
      'keys/acme/rules.yaml:6: rules[0].when "teamCount" counts something but holds no words to point at; put it under unless, and under when a signal that holds words (such as leadership) or phrases.',
      'keys/acme/scope.yaml:1: a pack adds words to the built-in vocabulary and cannot replace a part; write "extends: scope" instead of "defines: scope".',
    ]);
  });

  it("name a pack that is not there, with the nearest folder", async () => {
    await put("missing/packs/acme/rules.yaml", ROCKSTAR);
    expect(await problemsOf(loadPacks(["packs/acm", "packs/zzz-nothing"], config("missing")))).toEqual([
      'missing/.reslintrc.yaml: packs[0] "packs/acm" is neither a folder (relative to this file) nor an installed package; did you mean "packs/acme"?',
      'missing/.reslintrc.yaml: packs[1] "packs/zzz-nothing" is neither a folder (relative to this file) nor an installed package; check the path, or install the package.',
    ]);
  });

  it("make the config unusable, and the config file's own keys know the packs' rule ids", async () => {
    await put("config/packs/acme/rules.yaml", ROCKSTAR);
    await put("config/.reslintrc.yaml", "packs: [packs/acme]\nrules:\n  acme/no-rokstar: error\n");
    expect(await problemsOf(configOf("config/cv.md"))).toEqual([
      'config/.reslintrc.yaml: rules["acme/no-rokstar"] is not a rule; did you mean "acme/no-rockstar"?',
    ]);
    await put("config/.reslintrc.yaml", "overrides:\n  - files: ['*.md']\n    packs: [packs/acme]\n");
    expect(await problemsOf(configOf("config/cv.md"))).toEqual([
      "config/.reslintrc.yaml: overrides[0].packs cannot be set in an override: packs apply to the whole config file; move packs to the top level.",
    ]);
    await put(
      "config/.reslintrc.yaml",
      "packs: [packs/acme]\nrules:\n  acme/no-rockstar: error\naccept:\n  - rule: acme/no-rockstar\n    claim: guru\n",
    );
    expect((await configOf("config/cv.md")).accept).toMatchObject([{ rule: "acme/no-rockstar", claim: "guru" }]);
    await put("config/packs/acme/rules.yaml", ROCKSTAR.replace("when: {", "when: leadershp\n    x: {"));
    const error = await configOf("config/cv.md").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).folders).toEqual([join(root, "config/packs/acme")]);
  });
});
