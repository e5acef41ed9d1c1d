// Usage: node validate.js <schema.json> <manifest.json>
// Validates a Teams app manifest against the official schema file; prints every error, exit 1 on any.
"use strict";
const fs = require("fs");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const [schemaPath, manifestPath] = process.argv.slice(2);
if (!schemaPath || !manifestPath) { console.error("usage: node validate.js <schema> <manifest>"); process.exit(2); }
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
// The schema declares draft-04 but also uses "const"; ajv-draft-04 understands both.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
if (validate(manifest)) {
  console.log(`${manifestPath}: valid against manifest schema ${manifest.manifestVersion}`);
  process.exit(0);
}
for (const e of validate.errors) console.log(`${e.instancePath || "/"}: ${e.message} ${JSON.stringify(e.params)}`);
process.exit(1);
