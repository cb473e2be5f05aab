import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/**
 * The fast YAML reader of frontmatter: js-yaml, with scalars resolved as the
 * `yaml` package's core schema resolves them (YAML 1.2). The `yaml` package
 * stays the reference (frontmatter.ts): it knows where each field is
 * written and words the syntax errors, but it took 250-330 µs per article's
 * frontmatter against 30-45 µs here, the largest cost of loading an archive.
 *
 * js-yaml's own CORE_SCHEMA differs from YAML 1.2 on a few numbers (0b101,
 * +0x1F, -0o7, -.5e-3), so int and float are defined here with the `yaml`
 * package's patterns (node_modules/yaml/dist/schema/core/ and
 * common/null.js), and so are null and bool. Anything js-yaml refuses (a syntax error, a
 * tag it does not know, a duplicate key) is for the caller to read again
 * with the reference, which decides.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const coreNull = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (data: unknown) => data === null || (typeof data === "string" && NULL.test(data)),
  construct: () => null,
});

const coreBool = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && BOOL.test(data),
  construct: (data: string) => data[0] === "t" || data[0] === "T",
});

const coreInt = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: unknown) =>
    typeof data === "string" && (DECIMAL.test(data) || OCTAL.test(data) || HEX.test(data)),
  construct: (data: string) => {
    if (OCTAL.test(data)) return parseInt(data.slice(2), 8);
    if (HEX.test(data)) return parseInt(data.slice(2), 16);
    return parseInt(data, 10);
  },
});

const coreFloat = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data: unknown) =>
    typeof data === "string" &&
    (SPECIAL_FLOAT.test(data) || EXPONENT_FLOAT.test(data) || FRACTION_FLOAT.test(data)),
  construct: (data: string) => {
    if (!SPECIAL_FLOAT.test(data)) return parseFloat(data);
    if (data.slice(-3).toLowerCase() === "nan") return Number.NaN;
    return data.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  },
});

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [coreNull, coreBool, coreInt, coreFloat],
});

/** The data of a YAML text, as the `yaml` package's core schema reads it; throws on anything else. */
export function readYamlCore(source: string): unknown {
  return load(source, { schema: CORE_SCHEMA });
}
