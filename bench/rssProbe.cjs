// Runs a script as if it were the main module, and prints its peak RSS on stderr when it exits, for the benchmark:
// `node rssProbe.cjs script.js arg…`. A marked line, so the script's own stderr stays readable.
const path = require('path');
const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => {
  require('fs').writeSync(2, `\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
require(path.resolve(script));
