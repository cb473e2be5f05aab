// Preloaded into the benchmark's builds (NODE_OPTIONS=--require, which Node
// applies to worker threads too): notes every Markdown file read through
// fs.readFile or fs.readFileSync as "<pid>.<thread id> <path>" in READ_TRACE_FILE, so the
// benchmark can count how often a build reads each article and in how many
// threads (each page worker has its own content store). The site's own code
// has no hook for this.
const fs = require("node:fs");
const { syncBuiltinESMExports } = require("node:module");
const os = require("node:os");
const path = require("node:path");
const { threadId } = require("node:worker_threads");

const READ_TRACE_FILE = path.join(os.tmpdir(), "dateline-bench-reads.log");
const note = (file) => {
  if (typeof file === "string" && file.endsWith(".md")) {
    fs.appendFileSync(READ_TRACE_FILE, `${process.pid}.${threadId} ${file}\n`);
  }
};
// The site reads articles with readFileSync (lib/content/pipeline/read.ts); readFile too, for any other reader.
const readFile = fs.readFile;
fs.readFile = function tracedReadFile(file, ...rest) {
  note(file);
  return readFile.call(this, file, ...rest);
};
const readFileSync = fs.readFileSync;
fs.readFileSync = function tracedReadFileSync(file, ...rest) {
  note(file);
  return readFileSync.call(this, file, ...rest);
};
syncBuiltinESMExports();
module.exports = { READ_TRACE_FILE };
