/**
 * zod and yaml take a tenth and a twentieth of a second to load. A lint with no config file, or a
 * JSON one, must not load them: the built CLI is run with a resolve hook that lists the packages it loads.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../packages/cli/dist/bin.js", import.meta.url));
const fixtures = fileURLToPath(new URL("../cli/fixtures/", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "reslint-lazy-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const hooks = join(scratch, "hooks.mjs");
writeFileSync(
  hooks,
  `import { registerHooks } from "node:module";
registerHooks({
  resolve(specifier, context, next) {
    const result = next(specifier, context);
    const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(?!.*node_modules)/.exec(result.url)?.[1];
    if (name) process.stderr.write("loaded " + name + "\\n");
    return result;
  },
});
`,
);

/** The packages the CLI loads for these arguments, from the folder `cwd`. */
function packagesLoaded(args: string[], cwd: string): Set<string> {
  const run = spawnSync(process.execPath, ["--import", hooks, bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" },
  });
  return new Set([...run.stderr.matchAll(/^loaded (.+)$/gm)].map((match) => match[1] as string));
}

describe.skipIf(typeof (module as { registerHooks?: unknown }).registerHooks !== "function")(
  "what a lint loads",
  () => {
    it("loads neither zod nor yaml without a config file, and no yaml for a JSON one", () => {
      const none = packagesLoaded([join(fixtures, "strong.md"), "--no-config"], scratch);
      expect(none.has("commander")).toBe(true);
      expect(none.has("zod")).toBe(false);
      expect(none.has("yaml")).toBe(false);
      writeFileSync(join(scratch, ".reslintrc.json"), '{ "level": "staff" }');
      writeFileSync(join(scratch, "cv.md"), "# A\n\n- Built the thing\n");
      const json = packagesLoaded(["cv.md"], scratch);
      expect(json.has("zod")).toBe(true);
      expect(json.has("yaml")).toBe(false);
    });

    it("loads yaml for a YAML config", () => {
      const folder = mkdtempSync(join(scratch, "yaml-"));
      writeFileSync(join(folder, ".reslintrc.yaml"), "level: staff\n");
      writeFileSync(join(folder, "cv.md"), "# A\n\n- Built the thing\n");
      expect(packagesLoaded(["cv.md"], folder).has("yaml")).toBe(true);
    });
  },
);
