import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.js";
import { ConfigExplorer } from "./explorer.js";
import { testRuleMetas } from "./test-rules.js";

let root = "";
const explorer = () => new ConfigExplorer(testRuleMetas, { stopDir: root });

async function put(path: string, text: string): Promise<string> {
  const file = join(root, path);
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, text);
  return file;
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.lines(root).join("\n");
    throw error;
  }
  throw new Error("expected a ConfigError");
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "reslint-explorer-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("ConfigExplorer.search", () => {
  it.each([
    [".reslintrc.json", '{ "level": "staff" }'],
    [".reslintrc.yaml", "level: staff # a comment\n"],
    [".reslintrc.yml", "level: staff\n"],
    ["reslint.config.mjs", 'export default { level: "staff" };\n'],
    ["package.json", '{ "name": "cv", "reslint": { "level": "staff" } }'],
  ])("finds %s in the file's folder", async (name, text) => {
    const file = await put(`kinds/${name}/${name}`, text);
    const found = await explorer().search(join(root, `kinds/${name}`));
    expect(found).toEqual({ file, settings: { level: "staff" } });
  });

  it("walks up to the nearest folder with a config, and the nearest wins", async () => {
    await put("up/.reslintrc.yaml", "level: manager\n");
    const nearer = await put("up/team/.reslintrc.json", '{ "level": "tech-lead" }');
    const search = explorer();
    expect((await search.search(join(root, "up/team/deep/deeper")))?.file).toBe(nearer);
    expect((await search.search(join(root, "up/other")))?.settings).toEqual({ level: "manager" });
  });

  it("takes .reslintrc.json, then .yaml, .yml, reslint.config.mjs and package.json, in one folder", async () => {
    await put("order/package.json", '{ "reslint": { "level": "mid" } }');
    await put("order/reslint.config.mjs", 'export default { level: "manager" };');
    await put("order/.reslintrc.yml", "level: tech-lead\n");
    expect((await explorer().search(join(root, "order")))?.settings.level).toBe("tech-lead");
    await put("order/.reslintrc.yaml", "level: staff\n");
    expect((await explorer().search(join(root, "order")))?.settings.level).toBe("staff");
    await put("order/.reslintrc.json", '{ "level": "senior" }');
    expect((await explorer().search(join(root, "order")))?.settings.level).toBe("senior");
  });

  it("passes over a package.json without a reslint key", async () => {
    const parent = await put("pkg/.reslintrc.yaml", "level: staff\n");
    await put("pkg/app/package.json", '{ "name": "app" }');
    expect((await explorer().search(join(root, "pkg/app")))?.file).toBe(parent);
  });

  it("finds nothing where there is no config", async () => {
    await mkdir(join(root, "empty/a"), { recursive: true });
    expect(await explorer().search(join(root, "empty/a"))).toBeNull();
  });

  it("keeps each folder's outcome until clear(), then reads the files again", async () => {
    const file = await put("cache/.reslintrc.yaml", "level: staff\n");
    const search = explorer();
    expect((await search.search(join(root, "cache")))?.settings.level).toBe("staff");
    await writeFile(file, "level: manager\n");
    expect((await search.search(join(root, "cache")))?.settings.level).toBe("staff");
    search.clear();
    expect((await search.search(join(root, "cache")))?.settings.level).toBe("manager");
  });

  it("imports a changed reslint.config.mjs afresh after clear()", async () => {
    const file = await put("module/reslint.config.mjs", 'export default { level: "staff" };');
    const search = explorer();
    expect((await search.search(join(root, "module")))?.settings.level).toBe("staff");
    await writeFile(file, 'export default { level: "manager" };');
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    search.clear();
    expect((await search.search(join(root, "module")))?.settings.level).toBe("manager");
  });

  it("says which file is broken and why: YAML, JSON, a module, a setting", async () => {
    await put("bad/yaml/.reslintrc.yaml", "level: staff\nrules:\n  weak-ownership-verb: [warn\n");
    expect(await problemOf(explorer().search(join(root, "bad/yaml")))).toMatch(
      /^bad\/yaml\/\.reslintrc\.yaml: this is not valid YAML at line \d+, column \d+ \(.+\); fix the syntax and run reslint again\.$/,
    );
    await put("bad/json/.reslintrc.json", '{ "level": "staff", }');
    expect(await problemOf(explorer().search(join(root, "bad/json")))).toBe(
      "bad/json/.reslintrc.json: this is not valid JSON at line 1, column 21: JSON allows no comma before } or ]; fix the syntax and run reslint again.",
    );
    await put("bad/comment/.reslintrc.json", '{\n  // the target\n  "level": "staff"\n}');
    expect(await problemOf(explorer().search(join(root, "bad/comment")))).toBe(
      "bad/comment/.reslintrc.json: this is not valid JSON at line 2, column 3: JSON has no comments; remove them, or write the config as .reslintrc.yaml; fix the syntax and run reslint again.",
    );
    await put("bad/colon/.reslintrc.json", '{\n  "level" "staff"\n}');
    expect(await problemOf(explorer().search(join(root, "bad/colon")))).toMatch(
      /^bad\/colon\/\.reslintrc\.json: this is not valid JSON at line 2, column 11 \(Expected ':' after property name\); fix the syntax and run reslint again\.$/,
    );
    await put("bad/module/reslint.config.mjs", 'throw new Error("no");');
    expect(await problemOf(explorer().search(join(root, "bad/module")))).toBe(
      "bad/module/reslint.config.mjs: this module could not be loaded (no); fix it and run reslint again.",
    );
    await put("bad/nodefault/reslint.config.mjs", "export const level = 'staff';");
    expect(await problemOf(explorer().search(join(root, "bad/nodefault")))).toMatch(
      /must export the settings as its default export/,
    );
    await put("bad/setting/package.json", '{ "reslint": { "level": "lead" } }');
    expect(await problemOf(explorer().search(join(root, "bad/setting/sub")))).toBe(
      'bad/setting/package.json: reslint.level must be one of mid, senior, staff, tech-lead, manager; "lead" is not one.',
    );
  });

  it("says so when a folder has a config file's name", async () => {
    await mkdir(join(root, "bad/folder/.reslintrc.json/inner"), { recursive: true });
    expect(await problemOf(explorer().search(join(root, "bad/folder/cv")))).toBe(
      "bad/folder/.reslintrc.json: this is a folder with a config file's name, so reslint cannot read the settings here; rename the folder, or move it.",
    );
  });

  it("gives the same error again without reading the file again", async () => {
    await put("bad/again/.reslintrc.json", "{");
    const search = explorer();
    const first = await problemOf(search.search(join(root, "bad/again")));
    expect(await problemOf(search.search(join(root, "bad/again")))).toBe(first);
  });
});

describe("ConfigExplorer.load (--config)", () => {
  it("reads a config of any name by its extension, and one without an extension as YAML", async () => {
    const named = await put("load/team-settings.yaml", "level: staff\n");
    expect((await explorer().load(named)).settings).toEqual({ level: "staff" });
    const bare = await put("load/reslintrc", "level: manager\n");
    expect((await explorer().load(bare)).settings).toEqual({ level: "manager" });
  });

  it("says so when the file is missing, of another kind, or a package.json without the key", async () => {
    expect(await problemOf(explorer().load(join(root, "load/missing.yaml")))).toBe(
      "load/missing.yaml: this config file does not exist; check the path.",
    );
    const toml = await put("load/settings.toml", "level = 'staff'\n");
    expect(await problemOf(explorer().load(toml))).toMatch(/^load\/settings\.toml: reslint reads config files in YAML/);
    const manifest = await put("load/package.json", '{ "name": "x" }');
    expect(await problemOf(explorer().load(manifest))).toBe(
      'load/package.json: there is no "reslint" key in this package.json; add one, or pass another file.',
    );
  });
});
