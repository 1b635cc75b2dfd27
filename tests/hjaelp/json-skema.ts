/**
 * A small JSON Schema validator for the keywords docs/skema/fund.schema.json uses (draft
 * 2020-12): type, properties, required, additionalProperties, items, enum, const, oneOf,
 * anyOf, $ref to "#/$defs/…", minimum, pattern. A keyword it does not know is an error, so
 * the schema cannot say more than is checked. (No validator is a dependency of the project.)
 */
type Skema = { [noegle: string]: unknown } | boolean;

const KENDTE = new Set([
  "$schema",
  "$id",
  "$defs",
  "title",
  "description",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "oneOf",
  "anyOf",
  "$ref",
  "minimum",
  "pattern",
]);

function typeAf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function passerType(v: unknown, type: string): boolean {
  const t = typeAf(v);
  return t === type || (type === "number" && t === "integer");
}

/** The errors of `v` against `skema` ("$.filer[0].fund[2].data.x: …"); [] when it is valid. */
export function validerJson(v: unknown, skema: Skema, rod: Skema = skema, sti = "$"): string[] {
  if (skema === true) return [];
  if (skema === false) return [`${sti}: ingen værdi er tilladt her`];
  for (const k of Object.keys(skema)) if (!KENDTE.has(k)) throw new Error(`Ukendt nøgleord ${k} i skemaet (${sti})`);
  const fejl: string[] = [];
  const s = skema as Record<string, unknown>;
  if (typeof s.$ref === "string") {
    const m = /^#\/\$defs\/([^/]+)$/.exec(s.$ref);
    const def = m && (rod as { $defs?: Record<string, Skema> }).$defs?.[m[1]];
    if (!def) throw new Error(`Ukendt $ref ${s.$ref}`);
    fejl.push(...validerJson(v, def, rod, sti));
  }
  if (s.type !== undefined) {
    const typer = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!typer.some((t) => passerType(v, t))) fejl.push(`${sti}: ${typeAf(v)}, ikke ${typer.join(" eller ")}`);
  }
  if (s.const !== undefined && JSON.stringify(v) !== JSON.stringify(s.const))
    fejl.push(`${sti}: ${JSON.stringify(v)}, ikke ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v)))
    fejl.push(`${sti}: ${JSON.stringify(v)} er ikke en af de tilladte værdier`);
  if (typeof s.minimum === "number" && typeof v === "number" && v < s.minimum) fejl.push(`${sti}: under ${s.minimum}`);
  if (typeof s.pattern === "string" && typeof v === "string" && !new RegExp(s.pattern, "u").test(v))
    fejl.push(`${sti}: ${JSON.stringify(v)} passer ikke til ${s.pattern}`);
  for (const [noegle, kombination] of [
    ["oneOf", (n: number) => n === 1],
    ["anyOf", (n: number) => n >= 1],
  ] as const) {
    const dele = s[noegle] as Skema[] | undefined;
    if (!dele) continue;
    const hver = dele.map((d) => validerJson(v, d, rod, sti));
    const gyldige = hver.filter((f) => f.length === 0).length;
    if (kombination(gyldige)) continue;
    // None fits: the errors of the one that came closest say what is wrong.
    if (gyldige === 0) fejl.push(...hver.reduce((a, b) => (b.length < a.length ? b : a)));
    else fejl.push(`${sti}: passer til ${gyldige} af ${noegle}s ${dele.length} skemaer`);
  }
  if (typeAf(v) === "array" && s.items !== undefined)
    (v as unknown[]).forEach((x, i) => fejl.push(...validerJson(x, s.items as Skema, rod, `${sti}[${i}]`)));
  if (typeAf(v) === "object") {
    const o = v as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Skema>;
    const har = (x: object, k: string): boolean => Object.prototype.hasOwnProperty.call(x, k);
    for (const r of (s.required ?? []) as string[]) if (!har(o, r)) fejl.push(`${sti}: mangler ${r}`);
    for (const [k, x] of Object.entries(o)) {
      if (har(props, k)) fejl.push(...validerJson(x, props[k], rod, `${sti}.${k}`));
      else if (s.additionalProperties !== undefined)
        fejl.push(...validerJson(x, s.additionalProperties as Skema, rod, `${sti}.${k}`));
    }
  }
  return fejl;
}
