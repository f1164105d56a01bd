/** Location of a rule's documentation, shipped with the package so it reads offline. */
export function docsUrl(ruleId: string): string {
  return new URL(`../docs/${ruleId}.md`, import.meta.url).href;
}
